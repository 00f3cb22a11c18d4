import { info, warning } from '@mlops-actions/kit';
import {
  cancelPipelineJob,
  consoleUrl,
  describeGrpcError,
  endpointAddress,
  type FollowResult,
  followPipelineJob,
  JobChangeTracker,
  jobIdOf,
  pipelineJobName,
  pipelineState,
  submitPipelineJob,
  type VertexConnection,
} from '@mlops-actions/vertex';
import { forgetJobToCancel, rememberJobToCancel } from './cancel-state.ts';
import type { Config } from './config.ts';
import type { JobPlan } from './job-request.ts';
import { logChange } from './progress-log.ts';
import type { RunReport } from './run-report.ts';

/** How long to watch a job cancelled at the timeout reach CANCELLED before reporting it as CANCELLING. */
const CANCEL_WATCH_MS = 60_000;

/**
 * Starts the job (or finds it already started), then follows it to its end, the timeout, or the
 * workflow's cancellation. The job's name is saved for the post step before the create, so a
 * cancel that arrives while the create is in flight still reaches the job.
 */
export async function runJob(
  vertex: VertexConnection,
  plan: JobPlan,
  config: Config,
  signal: AbortSignal,
): Promise<RunReport> {
  const cancelTarget = (name: string) =>
    rememberJobToCancel({ name, project: vertex.project, region: vertex.region, endpoint: vertex.endpoint });
  const watchForCancel = config.wait && config.cancelOnWorkflowCancel;
  if (watchForCancel) cancelTarget(pipelineJobName(vertex, plan.request.jobId));

  info(
    `Creating pipeline job ${plan.request.jobId} in ${vertex.parent} (${endpointAddress(vertex.endpoint)}).`,
  );
  const submission = await submitPipelineJob(vertex, plan.request, {
    earlierJobIds: plan.earlierJobIds,
    onRetry: (error, attempt, delayMs) =>
      warning(
        `Creating the pipeline job failed (${describeGrpcError(error)}); try ${attempt + 1} in ${delayMs / 1000}s. The job id is fixed, so a retry cannot start a second run.`,
      ),
  });
  const job = submission.job;
  const name = job.name ?? pipelineJobName(vertex, plan.request.jobId);
  const jobId = jobIdOf(name);
  if (watchForCancel && submission.outcome === 'attached') cancelTarget(name);
  const url = consoleUrl(vertex.project, vertex.region, jobId);
  info(announce(submission, name));
  info(`Console: ${url}`);

  const report = (
    followed: Pick<FollowResult, 'job' | 'state' | 'elapsedMs'>,
    ending: RunReport['ending'],
  ): RunReport => ({
    jobId,
    jobName: name,
    consoleUrl: url,
    pipelineName: plan.pipelineName,
    displayName: plan.request.displayName,
    submission:
      submission.outcome === 'created'
        ? 'created'
        : submission.via === 'same-id'
          ? 'attached'
          : 'attached-earlier-attempt',
    job: followed.job,
    state: followed.state,
    ending,
    followedMs: followed.elapsedMs,
  });
  if (!config.wait) return report({ job, state: pipelineState(job), elapsedMs: 0 }, 'not-waited');

  const tracker = new JobChangeTracker();
  const followed = await followPipelineJob(vertex, name, {
    initial: job,
    tracker,
    signal,
    ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    onChange: logChange,
    onPollError: (error, consecutive) =>
      warning(
        `Checking the job failed (${describeGrpcError(error)}, ${consecutive} in a row); trying again.`,
      ),
  });
  if (followed.ending === 'aborted') return report(followed, 'aborted');
  if (followed.ending === 'finished' || !config.cancelOnTimeout) {
    forgetJobToCancel();
    return report(followed, followed.ending);
  }
  info(`The timeout passed: cancelling pipeline job ${jobId} (cancel-on-timeout).`);
  const cancel = await cancelPipelineJob(vertex, name);
  const afterCancel = await followPipelineJob(vertex, name, {
    initial: followed.job,
    tracker,
    timeoutMs: CANCEL_WATCH_MS,
    onChange: logChange,
  });
  forgetJobToCancel();
  return { ...report({ ...afterCancel, elapsedMs: followed.elapsedMs }, 'timed-out'), cancel };
}

function announce(submission: Awaited<ReturnType<typeof submitPipelineJob>>, name: string): string {
  if (submission.outcome === 'created') return `Created pipeline job ${name}.`;
  return submission.via === 'same-id'
    ? `Pipeline job ${name} already exists with the same spec and settings (this step ran before, or a retried create had gone through): following it instead of starting another run.`
    : `An earlier attempt of this workflow run started pipeline job ${name} with the same spec and settings, and it has not failed: following it instead of starting another run.`;
}
