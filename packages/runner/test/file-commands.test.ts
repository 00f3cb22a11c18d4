import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../src/index.ts';
import { fixture } from './fixture.ts';

describe('file commands', () => {
  it('reads outputs from GITHUB_OUTPUT, heredocs included, and from legacy ::set-output', async () => {
    const result = await runBuiltAction({ actionDir: fixture('outputs') });
    expect(result.outputs).toEqual({
      plain: 'hello world',
      legacy: '100% old\nstyle',
      equals: 'a=b=c',
      multi: 'line one\nline two\n\nline four',
      blank: '',
      carriage: 'ends in CR\r',
    });
    // Hosted runners still honour ::set-output, with a deprecation warning each time.
    const deprecation =
      'The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/';
    expect(result.annotations).toEqual([
      { level: 'warning', step: 'main', message: deprecation },
      { level: 'warning', step: 'main', message: deprecation },
    ]);
    expect(result.failed).toBe(false);
  });

  it('fails the step on a malformed line, keeping what came before it', async () => {
    const result = await runBuiltAction({ actionDir: fixture('malformed-output') });
    expect(result.main.exitCode).toBe(0);
    expect(result.main.conclusion).toBe('failure');
    expect(result.exitCode).toBe(1);
    expect(result.failed).toBe(true);
    expect(result.outputs).toEqual({ before: '1' });
    expect(result.env).toEqual({ STILL_EXPORTED: 'yes' });
    expect(result.annotations).toEqual([
      { level: 'error', step: 'main', message: "Unable to process file command 'output' successfully." },
      { level: 'error', step: 'main', message: "Invalid format 'this line is not a command'" },
    ]);
    expect(result.log).toContain("Error: Invalid format 'this line is not a command'");
  });

  it('carries env, path and state from pre to main to post', async () => {
    const result = await runBuiltAction({ actionDir: fixture('lifecycle') });
    expect(result.pre?.conclusion).toBe('success');
    expect(result.post?.conclusion).toBe('success');
    // Outputs come from main only; the runner drops those of pre and post.
    expect(result.outputs).toEqual({ saw_env: 'pre-value', saw_state: '1', path_head: '/opt/pre-tools' });
    expect(JSON.parse(result.post?.stdout ?? '')).toEqual({
      pid: '1234',
      legacy: 'saved\ntwice',
      fromPre: '1',
      multi: 'first\nsecond',
      path: ['/opt/main-tools', '/opt/pre-tools'],
    });
    expect(result.env).toEqual({ FROM_PRE: 'pre-value', MULTI: 'first\nsecond' });
    expect(result.path).toEqual(['/opt/pre-tools', '/opt/main-tools']);
    expect(result.state).toEqual({ from_pre: '1', pid: '1234', legacy: 'saved\ntwice' });
    expect(result.summary).toBe('## pre\n## main\n## post\n');
    expect(result.log.split('\n').filter((line) => line.endsWith(' done'))).toEqual([
      'pre done',
      'main done',
    ]);
  });
});
