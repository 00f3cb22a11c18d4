import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ProcessStartError, runProcess } from '@mlops-actions/process';
import { readKeyValueFile, readLines, readText } from './file-commands.ts';
import { runtimeVariables } from './github-run.ts';
import type { JobState } from './job-state.ts';
import { StepLog } from './step-log.ts';
import type { StepCall, StepRun } from './step-run.ts';

/**
 * The runner's shells on Linux: an explicit `bash` is `bash --noprofile --norc -eo pipefail {0}`;
 * no shell at all is `bash -e {0}`; `sh` is `sh -e {0}`; `python` runs the file; anything else is
 * a template with `{0}` for the script file.
 */
export function shellCommand(shell: string, script: string): string[] {
  switch (shell) {
    case '':
      return ['bash', '-e', script];
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-eo', 'pipefail', script];
    case 'sh':
      return ['sh', '-e', script];
    case 'python':
      return ['python3', script];
    default: {
      const parts = shell.split(/\s+/).filter((part) => part !== '');
      return parts.includes('{0}')
        ? parts.map((part) => (part === '{0}' ? script : part))
        : [...parts, script];
    }
  }
}

/** A `run:` step: the script in a file under RUNNER_TEMP, the runner's environment, file commands after. */
export async function runScript(
  job: JobState,
  call: StepCall,
  script: string,
  shell: string,
  workingDirectory: string,
): Promise<StepRun> {
  const log = new StepLog(job.secrets);
  const id = randomUUID();
  const files = {
    script: join(job.place.temp, `${id}.sh`),
    output: join(job.place.temp, '_runner_file_commands', `set_output_${id}`),
    env: join(job.place.temp, '_runner_file_commands', `set_env_${id}`),
    path: join(job.place.temp, '_runner_file_commands', `add_path_${id}`),
    summary: join(job.place.temp, '_runner_file_commands', `step_summary_${id}`),
    state: join(job.place.temp, '_runner_file_commands', `save_state_${id}`),
  };
  mkdirSync(join(job.place.temp, '_runner_file_commands'), { recursive: true });
  for (const file of [files.output, files.env, files.path, files.summary, files.state])
    writeFileSync(file, '');
  writeFileSync(files.script, script);
  const cwd = isAbsolute(workingDirectory)
    ? workingDirectory
    : resolve(job.place.workspace, workingDirectory);
  const [command = 'bash', ...args] = shellCommand(shell, files.script);
  const env = {
    HOME: process.env.HOME ?? job.place.temp,
    ...call.env,
    PATH: job.pathVariable(),
    ...runtimeVariables(job.run, job.place),
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
  };
  const exit = await spawnLogged(command, args, { cwd, env, timeoutMs: call.timeoutMs }, log);
  const run: StepRun = {
    ok: exit.code === 0,
    outputs: {},
    log: '',
    summary: '',
    annotations: [],
    env: {},
    path: [],
  };
  if (exit.timedOut)
    log.issue('error', `The step has timed out after ${Math.round(call.timeoutMs / 1000)} s.`);
  else if (exit.code !== 0) log.issue('error', `Process completed with exit code ${exit.code ?? 1}.`);
  try {
    run.outputs = readKeyValueFile(files.output);
    run.env = readKeyValueFile(files.env);
    run.path = readLines(files.path);
    run.summary = log.mask(readText(files.summary));
  } catch (error) {
    run.ok = false;
    log.issue('error', (error as Error).message);
  }
  run.log = log.text;
  run.annotations = log.annotations;
  return run;
}

interface Exit {
  code: number | null;
  timedOut: boolean;
}

/** Runs a process (never through a shell string), its stdout and stderr into the step log. */
export async function spawnLogged(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
  log: StepLog,
): Promise<Exit> {
  try {
    const result = await runProcess({
      command,
      args,
      cwd: options.cwd,
      env: options.env,
      timeoutMs: options.timeoutMs,
      stop: [], // a timed-out step is killed at once
      onLine: (line) => log.output(line),
      maxOutputBytes: 0,
    });
    return { code: result.exitCode ?? (result.timedOut ? null : 1), timedOut: result.timedOut };
  } catch (error) {
    if (!(error instanceof ProcessStartError)) throw error;
    log.note(`Error: ${error.cause.message}`);
    return { code: 1, timedOut: false };
  }
}
