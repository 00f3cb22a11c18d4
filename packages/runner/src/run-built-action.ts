import { rm } from 'node:fs/promises';
import { readActionMetadata } from './action-metadata.ts';
import { contextsFrom } from './expression-scope.ts';
import { resolveInputs } from './input-values.ts';
import { JobRecord } from './job-record.ts';
import { node24Path } from './node-path.ts';
import { type JobRun, runStep, SKIPPED } from './run-step.ts';
import { createLayout } from './runner-layout.ts';
import { DEFAULT_REPOSITORY, runtimeVariables } from './runtime-variables.ts';
import type { JobStatus, RunBuiltActionOptions, RunResult, StepResult } from './types.ts';

const DEFAULT_TOKEN = 'ghs_runner_test_token';

/**
 * Runs a built JavaScript action as the GitHub Actions runner would: pre, main and post on Node 24,
 * with its environment, file commands, workflow commands, masking, conditions and cancellation.
 * The temp folders (and the workspace, unless one was given) are removed afterwards.
 */
export async function runBuiltAction(options: RunBuiltActionOptions): Promise<RunResult> {
  const metadata = readActionMetadata(options.actionDir);
  const node = options.node ?? node24Path();
  const layout = await createLayout(options, options.env?.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY);
  try {
    const token = options.token ?? DEFAULT_TOKEN;
    const stepDebug = options.env?.ACTIONS_STEP_DEBUG === 'true';
    const runtime = runtimeVariables(options, layout, stepDebug);
    const record = new JobRecord(layout.workspace, stepDebug);
    // The runner registers the job token, and the form git sends it in, as secrets.
    record.masker.add(token);
    record.masker.add(Buffer.from(`x-access-token:${token}`).toString('base64'));
    for (const secret of options.secrets ?? []) record.masker.add(secret);
    const job: JobRun = {
      options,
      metadata,
      layout,
      record,
      node,
      token,
      runtime,
      baseEnv: {
        PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        HOME: layout.home,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        ...options.env,
      },
      inputs: resolveInputs(metadata, options.inputs ?? {}, contextsFrom(runtime, token)),
      exportedEnv: {},
      path: [],
      state: {},
      outputs: {},
      summaries: [],
      status: 'success',
      grace: {
        sigint: options.signalGraceMs?.sigint ?? 7500,
        sigterm: options.signalGraceMs?.sigterm ?? 2500,
      },
    };
    return await runStages(job);
  } finally {
    await rm(layout.root, { recursive: true, force: true });
  }
}

async function runStages(job: JobRun): Promise<RunResult> {
  const { main: mainScript, pre: preScript, post: postScript, preIf, postIf } = job.metadata.runs;
  // The runner registers post when pre or main starts, so a failed pre (which skips main) still gets post.
  let postRegistered = false;
  let pre: StepResult | undefined;
  if (preScript !== undefined) {
    pre = await runStep(job, 'pre', preScript, preIf, job.status);
    postRegistered ||= pre.conclusion !== 'skipped';
    settle(job, pre);
  }
  // A workflow step's implicit condition is success().
  const main = await runStep(job, 'main', mainScript, 'success()', job.status);
  postRegistered ||= main.conclusion !== 'skipped';
  settle(job, main);
  let post: StepResult | undefined;
  if (postScript !== undefined) {
    post = postRegistered
      ? await runStep(job, 'post', postScript, postIf, job.options.jobStatus ?? job.status)
      : { ...SKIPPED };
  }
  const exitCode = main.conclusion === 'success' ? 0 : main.exitCode || 1;
  const result: RunResult = {
    exitCode,
    main,
    outputs: job.outputs,
    env: job.exportedEnv,
    path: job.path,
    state: job.state,
    summary: job.summaries.join(''),
    annotations: job.record.annotations,
    debug: job.record.debug,
    masks: job.record.masks,
    log: job.record.log,
    failed: exitCode !== 0,
    jobStatus: job.status,
  };
  if (pre !== undefined) result.pre = pre;
  if (post !== undefined) result.post = post;
  return result;
}

function settle(job: JobRun, step: StepResult): void {
  const next: Partial<Record<StepResult['conclusion'], JobStatus>> = {
    failure: 'failure',
    cancelled: 'cancelled',
  };
  const status = next[step.conclusion];
  if (status !== undefined && job.status !== 'cancelled') job.status = status;
}
