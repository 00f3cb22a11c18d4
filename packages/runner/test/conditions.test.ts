import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../src/index.ts';
import { fixture } from './fixture.ts';

describe('pre-if and post-if', () => {
  it('runs a failure() post after main fails', async () => {
    const result = await runBuiltAction({ actionDir: fixture('post-on-failure'), inputs: { fail: 'true' } });
    expect(result.main.exitCode).toBe(1);
    expect(result.exitCode).toBe(1);
    expect(result.jobStatus).toBe('failure');
    expect(result.post?.conclusion).toBe('success');
    expect(result.log).toContain('post ran');
    expect(result.annotations).toEqual([{ level: 'error', step: 'main', message: 'main failed on purpose' }]);
  });

  it('skips a failure() post when main succeeds', async () => {
    const result = await runBuiltAction({ actionDir: fixture('post-on-failure') });
    expect(result.failed).toBe(false);
    expect(result.post?.conclusion).toBe('skipped');
    expect(result.log).not.toContain('post ran');
  });

  it('skips a success() post after main fails, and runs it after success', async () => {
    const failed = await runBuiltAction({ actionDir: fixture('post-on-success'), inputs: { fail: 'true' } });
    expect(failed.post?.conclusion).toBe('skipped');
    const passed = await runBuiltAction({ actionDir: fixture('post-on-success') });
    expect(passed.post?.conclusion).toBe('success');
    expect(passed.post?.stdout).toBe('post ran\n');
  });

  it('lets the caller decide the job status post-if sees', async () => {
    const result = await runBuiltAction({ actionDir: fixture('post-on-failure'), jobStatus: 'failure' });
    expect(result.main.conclusion).toBe('success');
    expect(result.post?.conclusion).toBe('success');
  });

  it('skips main after a failed pre, but still runs post (always() by default)', async () => {
    const result = await runBuiltAction({ actionDir: fixture('pre-fails') });
    expect(result.pre).toMatchObject({ exitCode: 2, conclusion: 'failure' });
    expect(result.main.conclusion).toBe('skipped');
    expect(result.post?.conclusion).toBe('success');
    expect(result.exitCode).toBe(1);
    expect(result.failed).toBe(true);
    expect(result.log).not.toContain('main ran');
    expect(result.log).toContain('post ran');
  });
});
