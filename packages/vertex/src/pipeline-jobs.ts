import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { VertexConnection } from './connection.ts';
import { GRPC, grpcCode, VertexCallError } from './grpc-errors.ts';
import type { PipelineJob } from './pipeline-job-view.ts';
import { type CallRetry, withRetry } from './retry.ts';

/** Deadlines per call: long enough for a slow region, short enough that a dead endpoint is noticed. */
export const CREATE_TIMEOUT_MS = 60_000;
export const READ_TIMEOUT_MS = 30_000;

export interface CallOptions {
  clock?: Clock;
  signal?: AbortSignal;
  onRetry?: CallRetry['onRetry'];
  /** Per attempt (default READ_TIMEOUT_MS). */
  timeoutMs?: number;
}

function retryOptions(options: CallOptions): CallRetry {
  const retry: CallRetry = { clock: options.clock ?? systemClock };
  if (options.signal) retry.signal = options.signal;
  if (options.onRetry) retry.onRetry = options.onRetry;
  return retry;
}

/** `projects/p/locations/r/pipelineJobs/<id>` for an id, or the name itself when given one. */
export function pipelineJobName(connection: Pick<VertexConnection, 'parent'>, idOrName: string): string {
  return idOrName.includes('/') ? idOrName : `${connection.parent}/pipelineJobs/${idOrName}`;
}

/** A job by name, or undefined when there is none (NOT_FOUND). Transient errors are retried. */
export async function findPipelineJob(
  connection: VertexConnection,
  name: string,
  options: CallOptions = {},
): Promise<PipelineJob | undefined> {
  try {
    return await getPipelineJob(connection, name, options);
  } catch (error) {
    if (error instanceof VertexCallError && error.code === GRPC.NOT_FOUND) return undefined;
    throw error;
  }
}

export async function getPipelineJob(
  connection: VertexConnection,
  name: string,
  options: CallOptions = {},
): Promise<PipelineJob> {
  try {
    const [job] = await withRetry(
      () =>
        connection.pipelines().getPipelineJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      retryOptions(options),
    );
    return job;
  } catch (error) {
    throw new VertexCallError(`Getting pipeline job ${name}`, error);
  }
}

/** What asking for a cancel came to. */
export type CancelOutcome =
  /** Vertex AI accepted: the job is CANCELLING and ends CANCELLED. */
  | 'cancelling'
  /** The job had already ended (FAILED_PRECONDITION "… cannot be canceled"). */
  | 'already-finished'
  | 'not-found';

/** Asks Vertex AI to cancel a job; ending states and a missing job are answers, not errors. */
export async function cancelPipelineJob(
  connection: VertexConnection,
  name: string,
  options: CallOptions = {},
): Promise<CancelOutcome> {
  try {
    await withRetry(
      () =>
        connection.pipelines().cancelPipelineJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      retryOptions(options),
    );
    return 'cancelling';
  } catch (error) {
    const code = grpcCode(error);
    if (code === GRPC.FAILED_PRECONDITION) return 'already-finished';
    if (code === GRPC.NOT_FOUND) return 'not-found';
    throw new VertexCallError(`Cancelling pipeline job ${name}`, error);
  }
}

export interface ListOptions extends CallOptions {
  /** AIP-160 filter, e.g. `labels.github-run-id="123" AND state="PIPELINE_STATE_RUNNING"`. */
  filter?: string;
  /** e.g. `create_time desc` (the default). */
  orderBy?: string;
  /** Stop after this many jobs (default 100). */
  max?: number;
}

/** Pipeline jobs of the connection's project and region, page by page up to `max`. */
export async function listPipelineJobs(
  connection: VertexConnection,
  options: ListOptions = {},
): Promise<PipelineJob[]> {
  const max = options.max ?? 100;
  const jobs: PipelineJob[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const request = {
        parent: connection.parent,
        pageSize: Math.min(max - jobs.length, 100),
        ...(options.filter ? { filter: options.filter } : {}),
        ...(options.orderBy ? { orderBy: options.orderBy } : {}),
        ...(pageToken ? { pageToken } : {}),
      };
      const [page, , response] = await withRetry(
        () =>
          connection.pipelines().listPipelineJobs(request, {
            autoPaginate: false,
            timeout: options.timeoutMs ?? READ_TIMEOUT_MS,
          }),
        retryOptions(options),
      );
      jobs.push(...page);
      pageToken = response?.nextPageToken || undefined;
    } while (pageToken && jobs.length < max);
  } catch (error) {
    throw new VertexCallError(`Listing pipeline jobs in ${connection.parent}`, error);
  }
  return jobs.slice(0, max);
}
