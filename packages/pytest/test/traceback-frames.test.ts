import { describe, expect, it } from 'vitest';
import { explanationLines, interruptFrame, tracebackFrames } from '../src/index.ts';

describe('tracebackFrames', () => {
  it('reads pytest long and short styles, outermost first', () => {
    const text = [
      'def test_helper():',
      '>       check(3)',
      '',
      'models/model_test.py:11: ',
      '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ',
      '',
      'x = 3',
      '    def check(x):',
      '>       assert x > 10, "x too small"',
      'E       AssertionError: x too small',
      '',
      'my models/model a.py:5: AssertionError',
      '/usr/lib/python3.11/importlib/__init__.py:126: in import_module',
      '<frozen importlib._bootstrap>:1204: in _gcd_import',
    ].join('\n');
    expect(tracebackFrames(text)).toEqual([
      { path: 'models/model_test.py', line: 11 },
      { path: 'my models/model a.py', line: 5 },
      { path: '/usr/lib/python3.11/importlib/__init__.py', line: 126 },
      { path: '<frozen importlib._bootstrap>', line: 1204 },
    ]);
  });

  it("reads Python's native style and a SyntaxError's location inside pytest's E lines", () => {
    const text = [
      'Traceback (most recent call last):',
      '  File "/repo/models/model_test.py", line 4, in test_x',
      '    helper()',
      'E     File "/repo/models/syntax_test.py", line 3',
      'E       def test_x(:',
      'E   SyntaxError: invalid syntax',
    ].join('\n');
    expect(tracebackFrames(text)).toEqual([
      { path: '/repo/models/model_test.py', line: 4 },
      { path: '/repo/models/syntax_test.py', line: 3 },
    ]);
  });

  it('does not take source or explanation lines for locations', () => {
    expect(tracebackFrames('>       d = {"a:1": 2}\nE   x:12: y\n    y = "b:3: c"')).toEqual([]);
  });
});

describe('interruptFrame', () => {
  it('finds where pytest was when SIGINT reached it', () => {
    const output = [
      'hang_test.py .',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! KeyboardInterrupt !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '/tmp/ws/models/hang_test.py:15: KeyboardInterrupt',
      '(to show a full traceback on KeyboardInterrupt use --full-trace)',
    ].join('\n');
    expect(interruptFrame(output)).toEqual({ path: '/tmp/ws/models/hang_test.py', line: 15 });
    expect(interruptFrame('1 passed in 0.1s')).toBeUndefined();
  });
});

describe('explanationLines', () => {
  it("returns pytest's E lines without their prefix", () => {
    expect(
      explanationLines('>   assert x\nE   assert 0 == 2\nE    +  where 0 = f()\n\na.py:3: AssertionError'),
    ).toBe('assert 0 == 2\n +  where 0 = f()');
  });
});
