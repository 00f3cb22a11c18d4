import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PythonNotStartedError, runPytestProcess } from '../src/index.ts';

const base = { python: 'python3', cwd: process.cwd(), env: process.env, timeoutMs: 30_000 };
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

const CHILD_THEN_HANG =
  'import subprocess, time\np = subprocess.Popen(["sleep", "300"])\nprint("child", p.pid, flush=True)\ntime.sleep(300)';
const childPid = (output: string) => Number(/child (\d+)/.exec(output)?.[1]);

describe('runPytestProcess', () => {
  it('passes complete lines of stdout and stderr on as they come, and keeps the tail', async () => {
    const chunks: string[] = [];
    const result = await runPytestProcess({
      ...base,
      args: python(
        'import sys\nprint("one")\nprint("two", file=sys.stderr)\nsys.stdout.write("no newline")\nsys.exit(3)',
      ),
      onOutput: (lines) => chunks.push(lines),
    });
    expect(result).toMatchObject({ exitCode: 3, timedOut: false, cancelled: false, killed: false });
    expect(chunks.join('\n').split('\n').sort()).toEqual(['no newline', 'one', 'two']);
    expect(result.outputTail).toContain('no newline');
  });

  it('stops the whole process tree when the timeout passes', async () => {
    const result = await runPytestProcess({ ...base, args: python(CHILD_THEN_HANG), timeoutMs: 1500 });
    expect(result.timedOut).toBe(true);
    expect(result.killed).toBe(false); // SIGINT was enough
    expect(result.durationMs).toBeLessThan(10_000);
    const pid = childPid(result.outputTail);
    expect(pid).toBeGreaterThan(0);
    expect(await isAlive(pid)).toBe(false);
  });

  it('kills a process that ignores SIGINT once the grace period is over', async () => {
    const result = await runPytestProcess({
      ...base,
      args: python('import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\ntime.sleep(300)'),
      timeoutMs: 1000,
      graceMs: 300,
    });
    expect(result).toMatchObject({ timedOut: true, killed: true, signal: 'SIGKILL' });
  });

  it('kills what the tests left running once pytest exits, instead of waiting for it', async () => {
    const result = await runPytestProcess({
      ...base,
      args: python(
        'import subprocess\np = subprocess.Popen(["sleep", "300"])\nprint("child", p.pid, flush=True)',
      ),
    });
    expect(result.exitCode).toBe(0);
    expect(result.durationMs).toBeLessThan(10_000);
    expect(await isAlive(childPid(result.outputTail))).toBe(false);
  });

  it('stops the tree when aborted (a cancelled workflow)', async () => {
    const controller = new AbortController();
    const running = runPytestProcess({
      ...base,
      args: python(CHILD_THEN_HANG),
      signal: controller.signal,
      onOutput: (lines) => {
        if (lines.includes('child')) controller.abort();
      },
    });
    const result = await running;
    expect(result).toMatchObject({ cancelled: true, timedOut: false });
    expect(await isAlive(childPid(result.outputTail))).toBe(false);
  });

  it('says that Python was not found, and how to set it up', async () => {
    const error = await runPytestProcess({ ...base, python: 'no-such-python', args: [] }).catch((e) => e);
    expect(error).toBeInstanceOf(PythonNotStartedError);
    expect(error.message).toBe(
      'Python was not found: "no-such-python" is not on PATH. Set up Python in a step before this one (actions/setup-python), or set the python input to the path of an interpreter.',
    );
  });
});
