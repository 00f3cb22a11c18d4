import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProcessStartError, runProcess, STOP_GRACE_MS } from '../src/index.ts';

const base = { command: 'python3', cwd: process.cwd(), timeoutMs: 30_000 };
// As pytest is stopped: SIGINT makes it report where it was and write its report.
const SIGINT_FIRST = { stop: [{ signal: 'SIGINT' as const, graceMs: 5000 }] };
const python = (code: string) => ['-c', code];

/** Running, as opposed to gone or a zombie (killed, not yet reaped by whoever adopted it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Whether the process is still running after a moment: a SIGKILL is delivered asynchronously. */
async function isAlive(pid: number): Promise<boolean> {
  for (let i = 0; i < 20 && isRunning(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return isRunning(pid);
}

const sh = (script: string) => ({ command: 'sh', args: ['-c', script] });
const CHILD_THEN_HANG = 'sleep 300 & echo child $!; wait';
const childPid = (output: string) => Number(/child (\d+)/.exec(output)?.[1]);

/** Aborts once the process printed `ready`: it has set up its signal handlers by then. */
function abortWhenReady(): { signal: AbortSignal; onLine: (line: string) => void } {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    onLine: (line) => {
      if (line === 'ready' || line.startsWith('child')) controller.abort();
    },
  };
}

describe('runProcess', () => {
  it('passes complete lines of stdout and stderr on as they come, and keeps the tail', async () => {
    const chunks: string[] = [];
    const result = await runProcess({
      ...base,
      args: python(
        'import sys\nprint("one")\nprint("two", file=sys.stderr)\nsys.stdout.write("no newline")\nsys.exit(3)',
      ),
      onLine: (line) => chunks.push(line),
    });
    expect(result).toMatchObject({ exitCode: 3, timedOut: false, cancelled: false, killed: false });
    expect(chunks.sort()).toEqual(['no newline', 'one', 'two']);
    expect(result.output).toContain('no newline');
  });

  it('stops the whole process tree when the timeout passes', async () => {
    // A shell starts in milliseconds even on a busy machine, so the timeout finds the child running.
    const result = await runProcess({ ...base, ...SIGINT_FIRST, ...sh(CHILD_THEN_HANG), timeoutMs: 1500 });
    expect(result.timedOut).toBe(true);
    expect(result.killed).toBe(false); // SIGINT was enough
    expect(result.durationMs).toBeLessThan(10_000);
    const pid = childPid(result.output);
    expect(pid).toBeGreaterThan(0);
    expect(await isAlive(pid)).toBe(false);
  });

  it('kills a process that ignores SIGINT once the grace period is over', async () => {
    const result = await runProcess({
      ...base,
      ...sh('trap "" INT; echo ready; sleep 300'),
      ...abortWhenReady(),
      stop: [{ signal: 'SIGINT', graceMs: 300 }],
    });
    expect(result).toMatchObject({ cancelled: true, killed: true, signal: 'SIGKILL' });
  });

  it('stops with SIGTERM, then SIGKILL after the grace, by default', async () => {
    const result = await runProcess({
      ...base,
      ...sh('trap "echo got SIGTERM" TERM; echo ready; while :; do sleep 1; done'),
      ...abortWhenReady(),
    });
    expect(result).toMatchObject({ cancelled: true, killed: true, signal: 'SIGKILL' });
    expect(result.output).toContain('ready\n');
    expect(result.output).toContain('got SIGTERM\n');
    expect(result.durationMs).toBeGreaterThanOrEqual(STOP_GRACE_MS);
  });

  it('kills what the program left running once it exits, instead of waiting for it', async () => {
    const result = await runProcess({ ...base, ...sh('sleep 300 & echo child $!') });
    expect(result.exitCode).toBe(0);
    expect(result.durationMs).toBeLessThan(10_000);
    expect(await isAlive(childPid(result.output))).toBe(false);
  });

  it('stops the tree when aborted (a cancelled workflow)', async () => {
    const result = await runProcess({ ...base, ...sh(CHILD_THEN_HANG), ...abortWhenReady() });
    expect(result).toMatchObject({ cancelled: true, timedOut: false });
    expect(await isAlive(childPid(result.output))).toBe(false);
  });

  it('writes stdin and closes it', async () => {
    const result = await runProcess({ ...base, ...sh('tr a-z A-Z'), stdin: 'secret' });
    expect(result.output).toBe('SECRET');
  });

  it('rejects with ProcessStartError when the program cannot start', async () => {
    const error = await runProcess({ ...base, command: 'no-such-program' }).catch((e) => e);
    expect(error).toBeInstanceOf(ProcessStartError);
    expect(error).toMatchObject({ program: 'no-such-program', code: 'ENOENT' });
  });
});
