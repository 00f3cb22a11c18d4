import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { ProcessStartError, runProcess } from '@mlops-actions/process';
import type { ActionMetadata } from './action-metadata.ts';
import { unwrapCondition } from './action-metadata.ts';
import { applyFileCommands } from './apply-file-commands.ts';
import { CommandProcessor, type StepScope } from './command-processor.ts';
import { evaluate, isTruthy, parseExpression } from './expression.ts';
import { conditionScope, contextsFrom } from './expression-scope.ts';
import { FILE_COMMANDS, type FileCommandName } from './file-commands.ts';
import type { ResolvedInputs } from './input-values.ts';
import type { JobRecord } from './job-record.ts';
import type { RunnerLayout } from './runner-layout.ts';
import type { JobStatus, RunBuiltActionOptions, StepName, StepResult } from './types.ts';

/** Everything the stages of one run share, and what they leave for the stages after them. */
export interface JobRun {
  options: RunBuiltActionOptions;
  metadata: ActionMetadata;
  layout: RunnerLayout;
  record: JobRecord;
  node: string;
  token: string;
  /** GITHUB_* and RUNNER_* from the contexts; set last, after everything else. */
  runtime: Record<string, string>;
  /** PATH, HOME, CI, GITHUB_ACTIONS and options.env: the minimal start, not the test process's env. */
  baseEnv: Record<string, string>;
  inputs: ResolvedInputs;
  exportedEnv: Record<string, string>;
  path: string[];
  state: Record<string, string>;
  outputs: Record<string, string>;
  summaries: string[];
  status: JobStatus;
  grace: { sigint: number; sigterm: number };
}

export const SKIPPED: StepResult = {
  exitCode: null,
  signal: null,
  timedOut: false,
  stdout: '',
  stderr: '',
  durationMs: 0,
  conclusion: 'skipped',
};

/** Runs one stage if its condition holds against the job status, as the runner's StepsRunner does. */
export async function runStep(
  job: JobRun,
  step: StepName,
  script: string,
  condition: string,
  status: JobStatus,
): Promise<StepResult> {
  const contexts = contextsFrom(job.runtime, job.token);
  if (!isTruthy(evaluate(parseExpression(unwrapCondition(condition)), conditionScope(contexts, status)))) {
    return { ...SKIPPED };
  }
  for (const warning of job.inputs.warnings) job.record.issue(step, 'warning', warning);

  const files = createCommandFiles(job.layout);
  const env = stepEnvironment(job, files);
  const scope: StepScope = {
    step,
    record: job.record,
    outputs: step === 'main' ? job.outputs : undefined,
    state: job.state,
    env: job.exportedEnv,
    path: job.path,
    allowUnsecureCommands: isTrue(env.ACTIONS_ALLOW_UNSECURE_COMMANDS),
    allowUnsecureStopTokens: ['1', 'true', '$true'].includes(
      (env.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS ?? '').toLowerCase(),
    ),
    failed: false,
  };
  const processor = new CommandProcessor(scope);
  const outcome = await runStepProcess(job, step, env, script, (line) => processor.line(line));
  // As in ActionRunner's finally block: file commands count even for a step that was stopped.
  job.summaries.push(applyFileCommands(files, scope));

  if (outcome.timedOut) {
    const minutes = Number(((job.options.timeoutMs ?? 0) / 60_000).toFixed(4));
    job.record.issue(
      step,
      'error',
      `The action '${displayName(job, step)}' has timed out after ${minutes} minutes.`,
    );
  } else if (outcome.cancelled) {
    job.record.issue(step, 'error', 'The operation was canceled.');
  }
  const { cancelled, ...result } = outcome;
  const failed = outcome.timedOut || outcome.exitCode !== 0 || scope.failed;
  const conclusion = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
  return { ...result, conclusion };
}

/**
 * The step's node process, stopped as actions/runner's ProcessInvoker stops it on a timeout or
 * cancel: SIGINT, SIGTERM after the SIGINT grace, SIGKILL to the whole tree after the SIGTERM grace.
 */
async function runStepProcess(
  job: JobRun,
  step: StepName,
  env: Record<string, string>,
  script: string,
  onLine: (line: string) => void,
): Promise<Omit<StepResult, 'conclusion'> & { cancelled: boolean }> {
  const cancel = new AbortController();
  const cancelAfter =
    step === 'main' && job.options.cancelAfterMs !== undefined
      ? setTimeout(() => cancel.abort(), job.options.cancelAfterMs)
      : undefined;
  const streams: Record<'stdout' | 'stderr', Buffer[]> = { stdout: [], stderr: [] };
  try {
    const outcome = await runProcess({
      command: job.node,
      args: [join(job.metadata.actionDir, script)],
      cwd: job.layout.workspace,
      env,
      signal: cancel.signal,
      ...(job.options.timeoutMs === undefined ? {} : { timeoutMs: job.options.timeoutMs }),
      stop: [
        { signal: 'SIGINT', graceMs: job.grace.sigint },
        { signal: 'SIGTERM', graceMs: job.grace.sigterm },
      ],
      onLine,
      onData: (chunk, stream) => streams[stream].push(chunk),
      maxOutputBytes: 0,
    });
    return {
      exitCode: outcome.exitCode,
      signal: outcome.signal,
      timedOut: outcome.timedOut,
      cancelled: outcome.cancelled,
      stdout: Buffer.concat(streams.stdout).toString('utf8'),
      stderr: Buffer.concat(streams.stderr).toString('utf8'),
      durationMs: Math.round(outcome.durationMs),
    };
  } catch (error) {
    if (error instanceof ProcessStartError)
      throw new Error(`Could not start ${job.node}: ${error.cause.message}`);
    throw error;
  } finally {
    clearTimeout(cancelAfter);
  }
}

function createCommandFiles(layout: RunnerLayout): Record<FileCommandName, string> {
  const suffix = randomUUID();
  const files = {} as Record<FileCommandName, string>;
  for (const { name, prefix } of FILE_COMMANDS) {
    files[name] = join(layout.fileCommands, `${prefix}${suffix}`);
    writeFileSync(files[name], '');
  }
  return files;
}

/** The runner's order: env context (job env + GITHUB_ENV), STATE_*, INPUT_*, PATH, then the contexts. */
function stepEnvironment(job: JobRun, files: Record<FileCommandName, string>): Record<string, string> {
  const env: Record<string, string> = { ...job.baseEnv, ...job.exportedEnv };
  for (const [name, value] of Object.entries(job.state)) env[`STATE_${name}`] = value;
  Object.assign(env, job.inputs.env);
  if (job.path.length > 0)
    env.PATH = [...[...job.path].reverse(), env.PATH ?? ''].filter((p) => p !== '').join(delimiter);
  Object.assign(env, job.runtime);
  for (const { name, env: variable } of FILE_COMMANDS) env[variable] = files[name];
  return env;
}

function displayName(job: JobRun, step: StepName): string {
  const run = `Run ${basename(job.metadata.actionDir)}`;
  return step === 'main' ? run : `${step === 'pre' ? 'Pre' : 'Post'} ${run}`;
}

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true';
}
