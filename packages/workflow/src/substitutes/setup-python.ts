import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import type { Substitute } from './substitute.ts';

/** actions/setup-python → the machine's python3, put first on PATH like the real action does. */
export const setupPython: Substitute = {
  action: 'actions/setup-python',
  instead: 'the machine’s python3 (no download)',
  short: 'this machine’s python3',
  permissions: {},
  async run(_job, inputs, log) {
    const { executable, version } = await machinePython();
    const wanted = inputs['python-version'] ?? '';
    if (wanted !== '' && !version.startsWith(wanted.replace(/\.x$/, ''))) {
      log.note(`python-version ${wanted} was asked for; this machine has ${version}, which is used instead`);
    }
    log.note(`Successfully set up CPython (${version}) at ${executable}`);
    return { outputs: { 'python-version': version, 'python-path': executable }, path: [dirname(executable)] };
  },
};

function machinePython(): Promise<{ executable: string; version: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'python3',
      ['-c', 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])'],
      (error, stdout) => {
        if (error) reject(new Error(`no python3 on this machine: ${error.message}`));
        const [executable = '', version = ''] = stdout.trim().split('\n');
        resolve({ executable, version });
      },
    );
  });
}
