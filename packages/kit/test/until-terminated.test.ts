import { describe, expect, it } from 'vitest';
import { untilTerminated } from '../src/index.ts';

const aborted = (signal: AbortSignal) =>
  new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason)));

describe('untilTerminated', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('aborts the signal on %s, then stops listening', async (name) => {
    const before = process.listenerCount(name);
    const result = untilTerminated(aborted);
    expect(process.listenerCount(name)).toBe(before + 1);
    process.emit(name);
    expect(await result).toMatchObject({ name: 'AbortError' });
    expect(process.listenerCount(name)).toBe(before);
  });

  it('aborts with the given reason, and passes a result through untouched', async () => {
    const result = untilTerminated(aborted, () => new Error('The workflow was cancelled.'));
    process.emit('SIGINT');
    expect(await result).toEqual(new Error('The workflow was cancelled.'));
    expect(await untilTerminated(async () => 42)).toBe(42);
  });
});
