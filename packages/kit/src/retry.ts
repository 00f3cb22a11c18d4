import { setTimeout as delay } from 'node:timers/promises';

export interface RetryOptions {
  /** Retries after the first attempt; 0 means a single attempt. */
  retries: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  /** 'full': a uniformly random delay up to the backoff, so clients that failed together spread out. */
  jitter?: 'full' | 'none';
  isRetryable: (error: unknown) => boolean;
  /** Called before waiting; `attempt` is the attempt that just failed (1-based). */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
}

const defaultSleep = (ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal });

/** Rejects with the abort reason as soon as the signal aborts, whatever `sleep` does. */
function abortable(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return wait;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    wait.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** A server's requested wait (e.g. from Retry-After), when the error carries one. */
function retryAfterMs(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return undefined;
  const value = error.retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Calls `fn` until it succeeds, with exponential backoff between attempts. Errors that are not
 * retryable, and the error of the last attempt, are rethrown unchanged; an aborted `signal`
 * stops waiting and rejects with its reason.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const {
    retries,
    minDelayMs = 500,
    maxDelayMs = 30_000,
    factor = 2,
    jitter = 'full',
    isRetryable,
    onRetry,
    sleep = defaultSleep,
    signal,
    random = Math.random,
  } = options;
  if (!Number.isInteger(retries) || retries < 0) {
    throw new RangeError(`retries must be a non-negative integer; got ${retries}`);
  }
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt > retries || signal?.aborted || !isRetryable(error)) throw error;
      const backoff = Math.min(maxDelayMs, minDelayMs * factor ** (attempt - 1));
      const jittered = jitter === 'full' ? Math.round(random() * backoff) : backoff;
      const delayMs = Math.min(maxDelayMs, Math.max(jittered, retryAfterMs(error) ?? 0));
      onRetry?.(error, attempt, delayMs);
      await abortable(sleep(delayMs, signal), signal);
    }
  }
}

/**
 * Milliseconds to wait from an HTTP Retry-After header: delay-seconds or an HTTP date.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  header: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = header?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
