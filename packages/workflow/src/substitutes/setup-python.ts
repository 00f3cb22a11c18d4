import { execFile } from 'node:child_process';
import { globSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Substitute } from './substitute.ts';

/** The package managers whose caches the real action can restore, and its default key files. */
const CACHE_DEFAULTS: Record<string, string> = {
  pip: '**/requirements.txt',
  pipenv: '**/Pipfile.lock',
  poetry: '**/poetry.lock',
};

/**
 * actions/setup-python → the machine's python3, put first on PATH like the real action does.
 * `cache` is checked as the real action checks it (a known package manager, key files that
 * exist), then skipped: there is no cache service here.
 */
export const setupPython: Substitute = {
  action: 'actions/setup-python',
  instead: 'the machine’s python3 (no download; pip caching is checked, then skipped)',
  short: 'this machine’s python3',
  permissions: {},
  async run(job, inputs, log) {
    const cacheNote = checkCache(
      inputs.cache ?? '',
      inputs['cache-dependency-path'] ?? '',
      job.place.workspace,
    );
    const { executable, version } = await machinePython();
    const wanted = inputs['python-version'] ?? '';
    if (wanted !== '' && !version.startsWith(wanted.replace(/\.x$/, ''))) {
      log.note(`python-version ${wanted} was asked for; this machine has ${version}, which is used instead`);
    }
    log.note(`Successfully set up CPython (${version}) at ${executable}`);
    if (cacheNote !== undefined) log.note(cacheNote);
    return { outputs: { 'python-version': version, 'python-path': executable }, path: [dirname(executable)] };
  },
};

/** What the log says about `cache`, after the checks the real action makes; undefined when off. */
function checkCache(cache: string, dependencyPath: string, workspace: string): string | undefined {
  if (cache === '') return undefined;
  const fallback = CACHE_DEFAULTS[cache];
  if (fallback === undefined) throw new Error(`Caching for '${cache}' is not supported`);
  const patterns = (dependencyPath.trim() === '' ? fallback : dependencyPath)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const files = [...new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: workspace })))].sort();
  if (files.length === 0) {
    throw new Error(
      `No file in ${workspace} matched to [${patterns.join(',')}], make sure you have checked out the target repository`,
    );
  }
  return `cache: ${cache}, keyed on ${files.join(', ')} — caching is skipped on this machine (no cache service): ${cache} installs from scratch each time`;
}

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
