import { describe, expect, it } from 'vitest';
import { debug, error, group, info, infoUntrusted, notice, quote, warning } from '../src/index.ts';
import { captureStdout } from './capture-stdout.ts';

describe('infoUntrusted', () => {
  it('encloses every line in stop-commands with a fresh token', async () => {
    const text = 'model.py\n::warning::pwned\n::add-mask::x';
    const lines = await captureStdout(() => {
      infoUntrusted(text);
      infoUntrusted('again ##[error]legacy');
    });
    const [start, l1, l2, l3, end, again] = lines;
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(start ?? '')?.[1];
    expect(token).toBeDefined();
    expect([l1, l2, l3]).toEqual(['model.py', '::warning::pwned', '::add-mask::x']);
    expect(end).toBe(`::${token}::`);
    expect(again).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    expect(again).not.toBe(start);
    expect(lines).toHaveLength(8);
  });

  it('prints text that holds no command syntax as it is, for a clean log', async () => {
    const lines = await captureStdout(() => infoUntrusted('models/a.py\nmodels/b c.py\nx :: y'));
    expect(lines).toEqual(['models/a.py', 'models/b c.py', 'x :: y']);
  });

  it('treats indented commands as commands, as the runner does', async () => {
    const lines = await captureStdout(() => infoUntrusted('  ::error::indented'));
    expect(lines[0]).toMatch(/^::stop-commands::/);
  });
});

describe('log wrappers', () => {
  it('write workflow commands with annotation properties', async () => {
    const lines = await captureStdout(async () => {
      info('hello');
      debug('details');
      notice('note');
      warning('careful', { title: 'Spec', file: 'pipeline.json', startLine: 3, endLine: 4 });
      error('bad\nworse', { file: 'a,b.py', startLine: 1, startColumn: 2 });
      const result = await group('Upload', () => {
        info('inside');
        return 7;
      });
      info(String(result));
    });
    expect(lines).toEqual([
      'hello',
      '::debug::details',
      '::notice::note',
      '::warning title=Spec,file=pipeline.json,line=3,endLine=4::careful',
      '::error file=a%2Cb.py,line=1,col=2::bad%0Aworse',
      '::group::Upload',
      'inside',
      '::endgroup::',
      '7',
    ]);
  });

  it('closes the group when the function throws', async () => {
    const lines = await captureStdout(async () => {
      await expect(
        group('Fails', async () => {
          throw new Error('x');
        }),
      ).rejects.toThrow('x');
    });
    expect(lines).toEqual(['::group::Fails', '::endgroup::']);
  });
});

describe('quote', () => {
  it('JSON-quotes, escaping control and invisible characters', () => {
    expect(quote('a "b"\n\t\\')).toBe('"a \\"b\\"\\n\\t\\\\"');
    expect(quote('evil\u202etxt.exe\u0085\u200b')).toBe('"evil\\u202etxt.exe\\u0085\\u200b"');
    expect(quote('naïve 模型')).toBe('"naïve 模型"');
    expect(JSON.parse(quote('x\u2028y\u007f'))).toBe('x\u2028y\u007f');
  });
});
