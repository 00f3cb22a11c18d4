import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../src/index.ts';
import { fixture } from './fixture.ts';

describe('timeouts and cancellation', () => {
  it('stops a step that exceeds timeoutMs with SIGINT and fails it', async () => {
    const result = await runBuiltAction({ actionDir: fixture('timeout'), timeoutMs: 500 });
    expect(result.main).toMatchObject({
      timedOut: true,
      exitCode: null,
      signal: 'SIGINT',
      conclusion: 'failure',
    });
    expect(result.main.durationMs).toBeGreaterThanOrEqual(500);
    expect(result.main.durationMs).toBeLessThan(5000);
    expect(result.exitCode).toBe(1);
    expect(result.failed).toBe(true);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        step: 'main',
        message: "The action 'Run timeout' has timed out after 0.0083 minutes.",
      },
    ]);
    expect(result.log).toBe("started\nError: The action 'Run timeout' has timed out after 0.0083 minutes.");
  });

  it('escalates to SIGTERM and then SIGKILL when the step ignores signals', async () => {
    const result = await runBuiltAction({
      actionDir: fixture('stubborn'),
      // Long enough for the handlers to be installed even on a busy machine.
      timeoutMs: 1000,
      signalGraceMs: { sigint: 300, sigterm: 300 },
    });
    expect(result.main).toMatchObject({ timedOut: true, signal: 'SIGKILL', conclusion: 'failure' });
    expect(result.main.stdout).toBe('started\nignoring SIGINT\nignoring SIGTERM\n');
  });

  it('cancels main with SIGINT, then runs a cancelled() post that sees what main saved', async () => {
    const result = await runBuiltAction({ actionDir: fixture('cancel'), cancelAfterMs: 1000 });
    expect(result.main).toMatchObject({
      exitCode: 130,
      signal: null,
      timedOut: false,
      conclusion: 'cancelled',
    });
    expect(result.jobStatus).toBe('cancelled');
    expect(result.state).toEqual({ interrupted: 'yes' });
    expect(result.post?.conclusion).toBe('success');
    expect(result.post?.stdout).toBe('post saw interrupted=yes\n');
    expect(result.annotations).toEqual([
      { level: 'error', step: 'main', message: 'The operation was canceled.' },
    ]);
    expect(result.failed).toBe(true);
  });

  it('records a cancel that the step does not handle as death by SIGINT', async () => {
    const result = await runBuiltAction({ actionDir: fixture('timeout'), cancelAfterMs: 300 });
    expect(result.main).toMatchObject({ signal: 'SIGINT', timedOut: false, conclusion: 'cancelled' });
    expect(result.exitCode).toBe(1);
  });

  it('skips a cancelled() post when nothing was cancelled', async () => {
    const result = await runBuiltAction({ actionDir: fixture('cancel'), timeoutMs: 500 });
    expect(result.main.conclusion).toBe('failure');
    expect(result.post?.conclusion).toBe('skipped');
  });
});
