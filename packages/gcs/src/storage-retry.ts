import { type RetryOptions, retry } from '@mlops-actions/kit';
import { isRetryableStorageError } from './api-error.ts';

/** How this package retries what the client did not (or cannot) retry itself. */
export type RetryPolicy = Omit<RetryOptions, 'isRetryable'>;

/** Five attempts over about 15 s at most: long enough for a throttled bucket to recover. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 4, minDelayMs: 500, maxDelayMs: 8_000 };

/** Runs `fn` again, with backoff and jitter, after a 429, 5xx, 408 or a dropped connection. */
export function withStorageRetries<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<T> {
  return retry(fn, { ...policy, isRetryable: isRetryableStorageError });
}
