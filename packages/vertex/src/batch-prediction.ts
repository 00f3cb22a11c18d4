import type { protos } from '@google-cloud/aiplatform';
import { type Clock, systemClock } from './clock.ts';
import type { VertexConnection } from './connection.ts';
import { GRPC, grpcCode, isTransient, VertexCallError } from './grpc-errors.ts';
import { modelName } from './models.ts';
import { type CallOptions, CREATE_TIMEOUT_MS, READ_TIMEOUT_MS } from './pipeline-jobs.ts';
import { pollDelayMs } from './poll-schedule.ts';
import { withRetry } from './retry.ts';

export type BatchPredictionJob = protos.google.cloud.aiplatform.v1.IBatchPredictionJob;

/** A job's state without the `JOB_STATE_` prefix. */
export type JobState =
  | 'UNSPECIFIED'
  | 'QUEUED'
  | 'PENDING'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'FAILED'
  | 'CANCELLING'
  | 'CANCELLED'
  | 'PAUSED'
  | 'EXPIRED'
  | 'UPDATING'
  | 'PARTIALLY_SUCCEEDED';

const JOB_STATES: JobState[] = [
  'UNSPECIFIED',
  'QUEUED',
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'CANCELLING',
  'CANCELLED',
  'PAUSED',
  'EXPIRED',
  'UPDATING',
  'PARTIALLY_SUCCEEDED',
];
const ENDED: readonly JobState[] = ['SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED', 'PARTIALLY_SUCCEEDED'];

export function jobState(job: Pick<BatchPredictionJob, 'state'>): JobState {
  const { state } = job;
  if (typeof state === 'number') return JOB_STATES[state] ?? 'UNSPECIFIED';
  const name = String(state ?? '').replace(/^JOB_STATE_/, '');
  return (JOB_STATES as string[]).includes(name) ? (name as JobState) : 'UNSPECIFIED';
}

export interface BatchPredictionRequest {
  displayName: string;
  /** A model id (`cifar10`, `cifar10@2`, `cifar10@champion`) or full name. */
  model: string;
  /** `jsonl`, `csv`, `tf-record`, `file-list`… as the model accepts. */
  instancesFormat: string;
  /** `gs://` URIs, wildcards allowed. */
  sourceUris: string[];
  predictionsFormat: string;
  /** `gs://bucket/prefix/`: a `prediction-<model>-<time>/` folder is created under it. */
  outputUriPrefix: string;
  labels?: Record<string, string>;
  /** Dedicated resources (default: automatic resources chosen by Vertex AI). */
  machineType?: string;
  startingReplicaCount?: number;
  maxReplicaCount?: number;
  /** Copy this instance field into each prediction (`instanceConfig.keyField`). */
  keyField?: string;
}

/**
 * Starts a batch prediction job. JobService creates are not idempotent (no caller-chosen id), so
 * only failures that certainly created nothing (UNAVAILABLE before an answer) are retried — and
 * callers that must never start two should look for their labels with listBatchPredictionJobs.
 */
export async function createBatchPredictionJob(
  connection: VertexConnection,
  request: BatchPredictionRequest,
  options: CallOptions = {},
): Promise<BatchPredictionJob> {
  const client = await connection.jobs();
  const job: BatchPredictionJob = {
    displayName: request.displayName,
    model: modelName(connection, request.model),
    inputConfig: { instancesFormat: request.instancesFormat, gcsSource: { uris: request.sourceUris } },
    outputConfig: {
      predictionsFormat: request.predictionsFormat,
      gcsDestination: { outputUriPrefix: request.outputUriPrefix },
    },
    ...(request.labels ? { labels: request.labels } : {}),
    ...(request.keyField ? { instanceConfig: { keyField: request.keyField } } : {}),
    ...(request.machineType
      ? {
          dedicatedResources: {
            machineSpec: { machineType: request.machineType },
            startingReplicaCount: request.startingReplicaCount ?? 1,
            maxReplicaCount: request.maxReplicaCount ?? request.startingReplicaCount ?? 1,
          },
        }
      : {}),
  };
  try {
    const [created] = await withRetry(
      () =>
        client.createBatchPredictionJob(
          { parent: connection.parent, batchPredictionJob: job },
          { timeout: options.timeoutMs ?? CREATE_TIMEOUT_MS },
        ),
      {
        clock: options.clock ?? systemClock,
        // DEADLINE_EXCEEDED may mean "created, answer lost": not repeated here.
        retries: 3,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
        isRetryable: (error) =>
          grpcCode(error) === GRPC.UNAVAILABLE || grpcCode(error) === GRPC.RESOURCE_EXHAUSTED,
      },
    );
    return created;
  } catch (error) {
    throw new VertexCallError(`Creating batch prediction job ${request.displayName}`, error);
  }
}

export async function getBatchPredictionJob(
  connection: VertexConnection,
  name: string,
  options: CallOptions = {},
): Promise<BatchPredictionJob> {
  const client = await connection.jobs();
  try {
    const [job] = await withRetry(
      () => client.getBatchPredictionJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      { clock: options.clock ?? systemClock, ...(options.signal ? { signal: options.signal } : {}) },
    );
    return job;
  } catch (error) {
    throw new VertexCallError(`Getting batch prediction job ${name}`, error);
  }
}

export async function listBatchPredictionJobs(
  connection: VertexConnection,
  options: CallOptions & { filter?: string; max?: number } = {},
): Promise<BatchPredictionJob[]> {
  const client = await connection.jobs();
  try {
    const [jobs] = await withRetry(
      () =>
        client.listBatchPredictionJobs(
          {
            parent: connection.parent,
            pageSize: Math.min(options.max ?? 100, 100),
            ...(options.filter ? { filter: options.filter } : {}),
          },
          { autoPaginate: false, timeout: options.timeoutMs ?? READ_TIMEOUT_MS },
        ),
      { clock: options.clock ?? systemClock, ...(options.signal ? { signal: options.signal } : {}) },
    );
    return jobs;
  } catch (error) {
    throw new VertexCallError(`Listing batch prediction jobs in ${connection.parent}`, error);
  }
}

export async function cancelBatchPredictionJob(
  connection: VertexConnection,
  name: string,
  options: CallOptions = {},
): Promise<'cancelling' | 'already-finished' | 'not-found'> {
  const client = await connection.jobs();
  try {
    await withRetry(
      () => client.cancelBatchPredictionJob({ name }, { timeout: options.timeoutMs ?? READ_TIMEOUT_MS }),
      { clock: options.clock ?? systemClock, ...(options.signal ? { signal: options.signal } : {}) },
    );
    return 'cancelling';
  } catch (error) {
    if (grpcCode(error) === GRPC.FAILED_PRECONDITION) return 'already-finished';
    if (grpcCode(error) === GRPC.NOT_FOUND) return 'not-found';
    throw new VertexCallError(`Cancelling batch prediction job ${name}`, error);
  }
}

export interface WaitOptions {
  clock?: Clock;
  timeoutMs?: number;
  signal?: AbortSignal;
  onState?: (state: JobState, job: BatchPredictionJob) => void;
}

/** Polls a batch prediction job until it ends (or the timeout / signal), on the pipeline jobs' schedule. */
export async function waitForBatchPredictionJob(
  connection: VertexConnection,
  name: string,
  options: WaitOptions = {},
): Promise<{ job: BatchPredictionJob; state: JobState; ending: 'finished' | 'timed-out' | 'aborted' }> {
  const clock = options.clock ?? systemClock;
  const client = await connection.jobs();
  const started = clock.now();
  const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : started + options.timeoutMs;
  let job: BatchPredictionJob = { name };
  let last: JobState | undefined;
  for (let polls = 0; ; polls++) {
    try {
      [job] = await client.getBatchPredictionJob({ name }, { timeout: READ_TIMEOUT_MS });
    } catch (error) {
      if (!isTransient(error)) throw new VertexCallError(`Getting batch prediction job ${name}`, error);
    }
    const state = jobState(job);
    if (state !== last) options.onState?.(state, job);
    last = state;
    if (ENDED.includes(state)) return { job, state, ending: 'finished' };
    if (options.signal?.aborted) return { job, state, ending: 'aborted' };
    const now = clock.now();
    if (now >= deadline) return { job, state, ending: 'timed-out' };
    try {
      await clock.sleep(Math.min(pollDelayMs(polls, now - started), deadline - now), options.signal);
    } catch (error) {
      if (options.signal?.aborted) return { job, state, ending: 'aborted' };
      throw error;
    }
  }
}
