import type { protos } from '@google-cloud/aiplatform';

export type PipelineJob = protos.google.cloud.aiplatform.v1.IPipelineJob;
type Timestamp = protos.google.protobuf.ITimestamp;

/** A pipeline job's state without the `PIPELINE_STATE_` prefix. */
export type PipelineState =
  | 'UNSPECIFIED'
  | 'QUEUED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'CANCELLING'
  | 'CANCELLED'
  | 'PAUSED';

// google.cloud.aiplatform.v1.PipelineState and PipelineTaskDetail.State, by number, for clients
// that decode enums as numbers.
const PIPELINE_STATES: PipelineState[] = [
  'UNSPECIFIED',
  'QUEUED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLING',
  'CANCELLED',
  'PAUSED',
];
const TASK_STATES = [
  'UNSPECIFIED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'CANCEL_PENDING',
  'CANCELLING',
  'CANCELLED',
  'FAILED',
  'SKIPPED',
  'NOT_TRIGGERED',
];

export const TERMINAL_STATES: readonly PipelineState[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

export function pipelineState(job: Pick<PipelineJob, 'state'>): PipelineState {
  const { state } = job;
  if (typeof state === 'number') return PIPELINE_STATES[state] ?? 'UNSPECIFIED';
  const name = String(state ?? '').replace(/^PIPELINE_STATE_/, '');
  return (PIPELINE_STATES as string[]).includes(name) ? (name as PipelineState) : 'UNSPECIFIED';
}

export function isTerminal(state: PipelineState): boolean {
  return TERMINAL_STATES.includes(state);
}

/** One task of a run, as people read it. */
export interface TaskView {
  /** Vertex AI's task id (an int64 as a string). */
  id: string;
  /** The task's name in the pipeline's DAG (`Trainer`). */
  name: string;
  /** PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLING, CANCELLED, SKIPPED, NOT_TRIGGERED… */
  state: string;
  startTime?: Date;
  endTime?: Date;
  /** The task's own error message, when it failed. */
  error?: string;
}

/**
 * The job's tasks from job_detail.task_details, without the root DAG task (the one without a
 * parent, named after the pipeline), in the order Vertex AI lists them.
 */
export function taskViews(job: PipelineJob): TaskView[] {
  return (job.jobDetail?.taskDetails ?? [])
    .filter(
      (task) =>
        task.parentTaskId !== undefined && task.parentTaskId !== null && String(task.parentTaskId) !== '0',
    )
    .map((task) => {
      const view: TaskView = {
        id: String(task.taskId ?? ''),
        name: task.taskName ?? '',
        state: taskState(task.state),
      };
      const start = toDate(task.startTime);
      const end = toDate(task.endTime);
      if (start) view.startTime = start;
      if (end) view.endTime = end;
      if (task.error?.message) view.error = task.error.message;
      return view;
    });
}

function taskState(state: unknown): string {
  if (typeof state === 'number') return TASK_STATES[state] ?? 'UNSPECIFIED';
  return String(state ?? 'UNSPECIFIED').replace(/^STATE_/, '');
}

export function toDate(timestamp: Timestamp | null | undefined): Date | undefined {
  if (!timestamp?.seconds) return undefined;
  return new Date(Number(timestamp.seconds) * 1000 + Math.round((timestamp.nanos ?? 0) / 1e6));
}

/** The last segment of `projects/…/pipelineJobs/<id>`. */
export function jobIdOf(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The Cloud console page of a pipeline run. */
export function consoleUrl(project: string, region: string, jobId: string): string {
  return `https://console.cloud.google.com/vertex-ai/locations/${encodeURIComponent(region)}/pipelines/runs/${encodeURIComponent(jobId)}?project=${encodeURIComponent(project)}`;
}
