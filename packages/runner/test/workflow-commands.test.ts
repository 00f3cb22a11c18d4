import { describe, expect, it } from 'vitest';
import { runBuiltAction } from '../src/index.ts';
import { fixture } from './fixture.ts';

describe('workflow commands', () => {
  it('turns commands into annotations with every property, unescaped', async () => {
    const result = await runBuiltAction({ actionDir: fixture('annotations') });
    const fromStdout = result.annotations.filter((a) => a.message !== 'from stderr');
    expect(fromStdout).toEqual([
      {
        level: 'error',
        step: 'main',
        message: '100% broken\nsecond line',
        title: 'Bad: thing, really',
        file: 'src/model.ts',
        line: 3,
        endLine: 3,
        col: 5,
        endColumn: 9,
      },
      // An absolute path under the workspace is reported relative to it.
      {
        level: 'warning',
        step: 'main',
        message: 'absolute path under the workspace',
        file: 'pkg/train.py',
        line: 7,
      },
      { level: 'notice', step: 'main', message: 'upper-case command name', title: 'FYI' },
      // Contradicting positions are dropped, as the runner's ValidateLinesAndColumns does.
      { level: 'warning', step: 'main', message: 'end before start' },
      { level: 'warning', step: 'main', message: 'legacy form' },
      { level: 'error', step: 'main', message: 'after resume' },
    ]);
    expect(result.debug).toEqual(['a debug message']);
    expect(result.failed).toBe(false);
  });

  it('processes commands on stderr too, as the runner does', async () => {
    const result = await runBuiltAction({ actionDir: fixture('annotations') });
    expect(result.annotations).toContainEqual({ level: 'notice', step: 'main', message: 'from stderr' });
    expect(result.log).toContain('plain stderr');
  });

  it('renders the log a person sees: commands removed, groups and issues rendered, paused commands as text', async () => {
    const result = await runBuiltAction({ actionDir: fixture('annotations') });
    const stdoutPart = result.log
      .split('\n')
      .filter((line) => !line.includes('stderr'))
      .join('\n');
    expect(stdoutPart).toBe(
      [
        'plain line',
        'Error: 100% broken',
        'second line',
        'Warning: absolute path under the workspace',
        'Notice: upper-case command name',
        'Warning: end before start',
        '▶ Setup phase',
        'inside the group',
        '::unknown-command::stays as text',
        'Warning: legacy form',
        // A stop token longer than six characters is masked.
        '::stop-commands::***',
        '::error::not an annotation while stopped',
        '::***::',
        'Error: after resume',
        // With ::echo::on, commands other than issues, debug and masks are echoed.
        '::group::echoed group',
        '▶ echoed group',
        '::echo::off',
        '▶ quiet group',
      ].join('\n'),
    );
  });

  it('shows debug messages and echoes commands with step debug logging (ACTIONS_STEP_DEBUG)', async () => {
    const result = await runBuiltAction({
      actionDir: fixture('annotations'),
      env: { ACTIONS_STEP_DEBUG: 'true' },
    });
    expect(result.log).toContain('Debug: a debug message');
    expect(result.log).toContain('::group::Setup phase\n▶ Setup phase');
    // Issues are never echoed, whatever the echo setting.
    expect(result.log).not.toContain('::error file=');
  });

  it('masks secrets from the moment they are added: log, annotations and summary, not outputs', async () => {
    const result = await runBuiltAction({ actionDir: fixture('masking') });
    const secret = 's3cr3t-Value-42';
    expect(result.masks).toEqual([secret]);
    expect(result.log).toContain(`before mask: ${secret}`);
    expect(result.log).toContain('after mask: ***');
    expect(result.log).toContain('as json: {"key":"\\"***\\""}');
    expect(result.log).not.toContain(Buffer.from(`user:${secret}`).toString('base64'));
    expect(result.log).toMatch(/as base64: \S*\*\*\*/);
    expect(result.log).toContain('token: ***');
    expect(result.log.split('\n').filter((line) => line.includes(secret))).toEqual([
      `before mask: ${secret}`,
    ]);
    expect(result.annotations).toEqual([
      { level: 'warning', step: 'main', message: 'warning with ***', title: 'has ***' },
      {
        level: 'warning',
        step: 'main',
        message: "Can't add secret mask for empty string in ##[add-mask] command.",
      },
    ]);
    expect(result.summary).toBe('| secret | *** |\n');
    expect(result.outputs.value).toBe(secret);
  });
});
