import { describe, expect, it } from 'vitest';
import { parseRetryAfter, type RetryOptions, retry } from '../src/index.ts';

class Transient extends Error {
  retryAfterMs?: number;
}

/** A function failing `failures` times with Transient, then returning 'ok'; records attempts. */
function flaky(failures: number, make: () => unknown = () => new Transient('busy')) {
  const attempts: number[] = [];
  const fn = async (attempt: number) => {
    attempts.push(attempt);
    if (attempts.length <= failures) throw make();
    return 'ok';
  };
  return { fn, attempts };
}

/** Options with recorded, instant sleeps. */
function recorded(options: Partial<RetryOptions> = {}) {
  const sleeps: number[] = [];
  const retries: [unknown, number, number][] = [];
  const opts: RetryOptions = {
    retries: 5,
    isRetryable: (error) => error instanceof Transient,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onRetry: (error, attempt, delayMs) => retries.push([error, attempt, delayMs]),
    ...options,
  };
  return { opts, sleeps, retries };
}

describe('retry', () => {
  it('returns the first success, passing 1-based attempt numbers', async () => {
    const { fn, attempts } = flaky(2);
    const { opts, sleeps, retries } = recorded({ jitter: 'none' });
    await expect(retry(fn, opts)).resolves.toBe('ok');
    expect(attempts).toEqual([1, 2, 3]);
    expect(sleeps).toEqual([500, 1000]);
    expect(retries.map(([, attempt, delayMs]) => [attempt, delayMs])).toEqual([
      [1, 500],
      [2, 1000],
    ]);
  });

  it('backs off exponentially up to the cap', async () => {
    const { fn } = flaky(6);
    const { opts, sleeps } = recorded({
      retries: 6,
      jitter: 'none',
      minDelayMs: 100,
      factor: 3,
      maxDelayMs: 5000,
    });
    await retry(fn, opts);
    expect(sleeps).toEqual([100, 300, 900, 2700, 5000, 5000]);
  });

  it('applies full jitter from the injected random', async () => {
    const randoms = [0.5, 0, 0.999, 0.25];
    const { fn } = flaky(4);
    const { opts, sleeps } = recorded({ random: () => randoms.shift() ?? 0, maxDelayMs: 3000 });
    await retry(fn, opts);
    expect(sleeps).toEqual([250, 0, 1998, 750]);
  });

  it('rethrows the last failure unchanged after the retries', async () => {
    const last = new Transient('still busy');
    let calls = 0;
    const { opts, sleeps } = recorded({ retries: 2, jitter: 'none' });
    await expect(
      retry(async () => {
        calls++;
        throw calls === 3 ? last : new Transient('busy');
      }, opts),
    ).rejects.toBe(last);
    expect(calls).toBe(3);
    expect(sleeps).toHaveLength(2);
  });

  it('makes a single attempt with retries: 0', async () => {
    const { fn, attempts } = flaky(1);
    const { opts } = recorded({ retries: 0 });
    await expect(retry(fn, opts)).rejects.toBeInstanceOf(Transient);
    expect(attempts).toEqual([1]);
  });

  it('passes non-retryable errors straight through', async () => {
    const fatal = new Error('permission denied');
    const { fn, attempts } = flaky(3, () => fatal);
    const { opts, sleeps, retries } = recorded();
    await expect(retry(fn, opts)).rejects.toBe(fatal);
    expect(attempts).toEqual([1]);
    expect(sleeps).toEqual([]);
    expect(retries).toEqual([]);
  });

  it('waits at least retryAfterMs, still capped', async () => {
    const waits = [4000, 60_000, 10];
    const { fn } = flaky(3, () => Object.assign(new Transient('429'), { retryAfterMs: waits.shift() }));
    const { opts, sleeps } = recorded({ jitter: 'none', maxDelayMs: 30_000 });
    await retry(fn, opts);
    expect(sleeps).toEqual([4000, 30_000, 2000]);
  });

  it('ignores a retryAfterMs that is not a usable number', async () => {
    const { fn } = flaky(1, () => Object.assign(new Transient('x'), { retryAfterMs: Number.NaN }));
    const { opts, sleeps } = recorded({ jitter: 'none' });
    await retry(fn, opts);
    expect(sleeps).toEqual([500]);
  });

  it('stops waiting when the signal aborts', async () => {
    const controller = new AbortController();
    const reason = new Error('cancelled');
    const { fn, attempts } = flaky(5);
    const promise = retry(fn, {
      retries: 5,
      isRetryable: () => true,
      sleep: () => new Promise(() => {}), // would wait forever
      onRetry: () => queueMicrotask(() => controller.abort(reason)),
      signal: controller.signal,
    });
    await expect(promise).rejects.toBe(reason);
    expect(attempts).toEqual([1]);
  });

  it('does not start when already aborted, nor retry an attempt that saw the abort', async () => {
    const aborted = AbortSignal.abort(new Error('gone'));
    const { fn, attempts } = flaky(0);
    await expect(retry(fn, { retries: 3, isRetryable: () => true, signal: aborted })).rejects.toThrow('gone');
    expect(attempts).toEqual([]);

    const controller = new AbortController();
    const own = new Transient('aborted mid-call');
    const { opts, sleeps } = recorded({ signal: controller.signal });
    await expect(
      retry(async () => {
        controller.abort();
        throw own;
      }, opts),
    ).rejects.toBe(own);
    expect(sleeps).toEqual([]);
  });

  it('aborts the default sleep promptly', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const promise = retry(
      async () => {
        throw new Transient('busy');
      },
      {
        retries: 1,
        minDelayMs: 60_000,
        maxDelayMs: 60_000,
        jitter: 'none',
        isRetryable: () => true,
        onRetry: () => setTimeout(() => controller.abort(new Error('stop')), 10),
        signal: controller.signal,
      },
    );
    await expect(promise).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects a bad retries count', async () => {
    await expect(retry(async () => 1, { retries: -1, isRetryable: () => true })).rejects.toThrow(RangeError);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
