import type { Clock } from './clock.ts';
import { isTransient } from './grpc-errors.ts';

export interface CallRetry {
  clock: Clock;
  /** Retries after the first attempt (default 5). */
  retries?: number;
  /** Told before each wait, so the log shows why the step is taking longer. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  signal?: AbortSignal;
  /** Default: isTransient (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED). */
  isRetryable?: (error: unknown) => boolean;
}

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 16_000;

/**
 * Calls `fn` again after a retryable error (by default a transient gRPC one: UNAVAILABLE,
 * DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED), waiting 1 s, 2 s, 4 s … up to 16 s. @google-cloud/aiplatform 7.4.0 retries
 * no PipelineService, JobService or ModelService method by itself.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: CallRetry): Promise<T> {
  const retries = options.retries ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt > retries || !(options.isRetryable ?? isTransient)(error) || options.signal?.aborted)
        throw error;
      const delayMs = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
      options.onRetry?.(error, attempt, delayMs);
      await options.clock.sleep(delayMs, options.signal);
    }
  }
}
