import { type Clock, systemClock } from './clock.ts';
import type { VertexConnection } from './connection.ts';
import { isTransient, VertexCallError } from './grpc-errors.ts';
import { type JobChange, JobChangeTracker } from './job-changes.ts';
import { isTerminal, type PipelineJob, type PipelineState, pipelineState } from './pipeline-job-view.ts';
import { READ_TIMEOUT_MS } from './pipeline-jobs.ts';
import { pollDelayMs } from './poll-schedule.ts';

export interface FollowOptions {
  clock?: Clock;
  /** Stop waiting after this long (the job keeps running unless the caller cancels it). */
  timeoutMs?: number;
  /** Stop waiting when aborted (the workflow was cancelled). */
  signal?: AbortSignal;
  /** The job as last seen (e.g. returned by the create): its states are reported first. */
  initial?: PipelineJob;
  /** Continues where an earlier follow left off, so no change is reported twice (after a cancel, say). */
  tracker?: JobChangeTracker;
  /** Every change of the job's or a task's state, each once, as soon as a poll sees it. */
  onChange?: (change: JobChange, elapsedMs: number) => void;
  /** A status call failed transiently; following goes on. */
  onPollError?: (error: unknown, consecutive: number) => void;
}

export interface FollowResult {
  job: PipelineJob;
  state: PipelineState;
  /** finished: the job reached SUCCEEDED, FAILED or CANCELLED; otherwise why following stopped. */
  ending: 'finished' | 'timed-out' | 'aborted';
  elapsedMs: number;
}

/** Consecutive transient failures of the status call tolerated before giving up (≈ 10 minutes). */
const MAX_CONSECUTIVE_ERRORS = 60;

/**
 * Polls a pipeline job until it ends, the timeout passes or the signal aborts, backing off from
 * 1 s to one call per 10 s (30 s after ten minutes). Transient errors of a poll are reported and
 * ridden out; anything else is thrown.
 */
export async function followPipelineJob(
  connection: VertexConnection,
  name: string,
  options: FollowOptions = {},
): Promise<FollowResult> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const deadline = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : started + options.timeoutMs;
  const tracker = options.tracker ?? new JobChangeTracker();
  const report = (job: PipelineJob) => {
    for (const change of tracker.update(job)) options.onChange?.(change, clock.now() - started);
  };
  let job = options.initial;
  if (job) report(job);
  let polls = 0;
  let consecutiveErrors = 0;
  const result = (ending: FollowResult['ending']): FollowResult => {
    const last = job ?? { name };
    return { job: last, state: pipelineState(last), ending, elapsedMs: clock.now() - started };
  };
  for (;;) {
    if (job && isTerminal(pipelineState(job))) return result('finished');
    if (options.signal?.aborted) return result('aborted');
    const now = clock.now();
    if (now >= deadline) return result('timed-out');
    // The last wait is cut short to poll once more at the deadline: the job may just have ended.
    try {
      await clock.sleep(Math.min(pollDelayMs(polls, now - started), deadline - now), options.signal);
    } catch (error) {
      if (options.signal?.aborted) return result('aborted');
      throw error;
    }
    polls++;
    try {
      [job] = await connection
        .pipelines()
        .getPipelineJob(
          { name },
          { timeout: READ_TIMEOUT_MS, ...(options.signal ? { signal: options.signal } : {}) },
        );
      consecutiveErrors = 0;
      report(job);
    } catch (error) {
      if (options.signal?.aborted) return result('aborted');
      if (!isTransient(error) || ++consecutiveErrors > MAX_CONSECUTIVE_ERRORS) {
        throw new VertexCallError(`Getting pipeline job ${name}`, error);
      }
      options.onPollError?.(error, consecutiveErrors);
    }
  }
}

export type { JobChange };
