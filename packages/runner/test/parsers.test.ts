import { describe, expect, it } from 'vitest';
import { evaluate, expandTemplate, parseExpression, parseTemplate } from '../src/expression.ts';
import { conditionScope, contextsFrom } from '../src/expression-scope.ts';
import { keyValuePairs, pathLines } from '../src/file-commands.ts';
import { SecretMasker } from '../src/secret-masker.ts';
import { parseWorkflowCommand } from '../src/workflow-command.ts';

const all = () => true;

describe('workflow command lines', () => {
  it('parses names case-insensitively with unescaped properties and data', () => {
    const command = parseWorkflowCommand('  ::Warning File=a%2Cb.ts,line=2,bad,=x,y=::50%25%0Adone%3A', all);
    expect(command?.name).toBe('Warning');
    expect(Object.fromEntries(command?.properties ?? [])).toEqual({ file: 'a,b.ts', line: '2' });
    // Data unescapes only %25, %0D and %0A, in the runner's order.
    expect(command?.data).toBe('50%\ndone%3A');
    expect(parseWorkflowCommand('::error::%250A', all)?.data).toBe('%0A');
  });

  it('ignores unregistered names and lines without the separator', () => {
    const registered = (name: string) => name === 'error';
    expect(parseWorkflowCommand('::nope::x', registered)).toBeUndefined();
    expect(parseWorkflowCommand('::error', registered)).toBeUndefined();
    expect(parseWorkflowCommand('text ::error::x', registered)).toBeUndefined();
  });

  it('parses the legacy ##[name k=v;k=v] form anywhere in a line', () => {
    const command = parseWorkflowCommand('x ##[error file=a%3Bb;line=4]msg%5D', all);
    expect(command).toEqual({
      name: 'error',
      properties: new Map([
        ['file', 'a;b'],
        ['line', '4'],
      ]),
      data: 'msg]',
    });
  });
});

describe('file command text', () => {
  it('reads NAME=value and heredocs, with LF only as the line end', () => {
    expect([...keyValuePairs('\uFEFFa=1\n\nb<<EOF\nx\r\ny\nEOF\nc=\n')]).toEqual([
      ['a', '1'],
      ['b', 'x\r\ny'],
      ['c', ''],
    ]);
  });

  it('stops at the first malformed line with the runner messages', () => {
    const pairs = keyValuePairs('a=1\nbroken\nb=2\n');
    expect(pairs.next().value).toEqual(['a', '1']);
    expect(() => pairs.next()).toThrow("Invalid format 'broken'");
    expect(() => [...keyValuePairs('v<<EOF\nno end\n')]).toThrow(
      "Invalid value. Matching delimiter not found 'EOF'",
    );
    expect(() => [...keyValuePairs('v<<EOF\nno newline')]).toThrow(
      'Invalid value. EOF marker missing new line.',
    );
    expect(() => [...keyValuePairs('<<EOF\nx\nEOF\n')]).toThrow(
      "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty",
    );
  });

  it('reads GITHUB_PATH lines, skipping blanks', () => {
    expect(pathLines('/a\r\n\n/b\r/c')).toEqual(['/a', '/b', '/c']);
  });
});

describe('secret masking', () => {
  it('masks overlapping values and encoded forms', () => {
    const masker = new SecretMasker();
    masker.add('abcdef');
    masker.add('defghi');
    masker.add('it\'s "x"');
    expect(masker.mask('xx abcdefghi yy')).toBe('xx *** yy');
    expect(masker.mask(JSON.stringify({ v: 'it\'s "x"' }))).toBe('{"v":"***"}');
    expect(masker.mask(`q=${encodeURIComponent('abcdef')}`)).toBe('q=***');
    expect(masker.mask(Buffer.from('abcdef').toString('base64'))).toBe('***');
    expect(masker.mask('nothing here')).toBe('nothing here');
  });
});

describe('expressions', () => {
  const contexts = contextsFrom({ GITHUB_SHA: 'abc', RUNNER_OS: 'Linux' }, 'tok');

  it('expands templates in input defaults', () => {
    const scope = conditionScope(contexts, 'success');
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
      expandTemplate(parseTemplate("sha-${{ github.sha }}/${{ github.token }}${{ 'x}}' }}"), scope),
    ).toBe('sha-abc/tokx}}');
  });

  it('evaluates status functions against the job status', () => {
    const check = (source: string, status: 'success' | 'failure' | 'cancelled') =>
      evaluate(parseExpression(source), conditionScope(contexts, status));
    expect(check('always()', 'cancelled')).toBe(true);
    expect(check('!cancelled()', 'failure')).toBe(true);
    expect(check('!cancelled()', 'cancelled')).toBe(false);
    expect(check("failure() && runner.os == 'linux'", 'failure')).toBe(true);
    expect(check("success() || runner.os != 'Linux'", 'failure')).toBe(false);
    expect(check('(success() || failure()) && !cancelled()', 'success')).toBe(true);
  });

  it('rejects what it does not support', () => {
    expect(() => parseExpression("github.event['x']")).toThrow("'[' is not supported");
    expect(() => evaluate(parseExpression('github.event.x'), conditionScope(contexts, 'success'))).toThrow(
      "'github.event.x' is not supported here",
    );
  });
});
