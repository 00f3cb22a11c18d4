import { runBuiltAction } from '@mlops-actions/runner';
import { runtimeVariables } from './github-run.ts';
import type { JobState } from './job-state.ts';
import type { StepCall, StepRun } from './step-run.ts';

/** One of our JavaScript actions: its built bundle, through packages/runner, in the job's workspace. */
export async function runActionStep(job: JobState, call: StepCall, actionDir: string): Promise<StepRun> {
  const result = await runBuiltAction({
    actionDir,
    workspace: job.place.workspace,
    inputs: call.inputs,
    env: { ...call.env, PATH: job.pathVariable(), ...runtimeVariables(job.run, job.place) },
    event: job.run.event,
    token: job.run.token,
    timeoutMs: call.timeoutMs,
    ...(job.options.node === undefined ? {} : { node: job.options.node }),
  });
  // packages/runner runs post right after main; a failing post fails the step here.
  const postFailed = result.post?.conclusion === 'failure';
  return {
    ok: !result.failed && !postFailed,
    outputs: result.outputs,
    log: maskAll(result.log, job.secrets),
    summary: maskAll(result.summary, job.secrets),
    annotations: result.annotations.map(({ step: _stage, ...annotation }) => ({
      ...annotation,
      message: maskAll(annotation.message, job.secrets),
    })),
    env: result.env,
    path: result.path,
  };
}

function maskAll(text: string, secrets: readonly string[]): string {
  let masked = text;
  for (const secret of secrets) if (secret !== '') masked = masked.split(secret).join('***');
  return masked;
}
