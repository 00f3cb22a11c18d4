import { vi } from 'vitest';

/** Runs `fn` with process.stdout.write captured (where @actions/core writes commands) and returns the lines. */
export async function captureStdout(fn: () => unknown): Promise<string[]> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return out.split(/\r?\n/).filter((line, i, all) => line !== '' || i < all.length - 1);
}
