import { describe, expect, it } from 'vitest';
import { pytestArgumentProblem, pytestArguments } from '../src/index.ts';

describe('pytestArguments', () => {
  it('builds an argument vector: no cache, rootdir, report, extra args, then -- and the files', () => {
    expect(
      pytestArguments({
        files: ['models/a_test.py', '-odd name_test.py'],
        reportPath: '/tmp/r/junit.xml',
        rootDir: '/srv/repo',
        extraArgs: ['-m', 'not slow', '-x'],
      }),
    ).toEqual([
      '-m',
      'pytest',
      '-p',
      'no:cacheprovider',
      '--rootdir=/srv/repo',
      '--junitxml=/tmp/r/junit.xml',
      '-o',
      'junit_family=xunit1',
      '-m',
      'not slow',
      '-x',
      '--',
      'models/a_test.py',
      '-odd name_test.py',
    ]);
  });
});

describe('pytestArgumentProblem', () => {
  it('accepts ordinary arguments, values with spaces, and --option=value with spaces', () => {
    for (const arg of [
      '-x',
      '-m',
      'not slow',
      '--maxfail=2',
      '--deselect=my tests/a_test.py::t',
      '-vv',
      '.',
    ]) {
      expect(pytestArgumentProblem(arg)).toBeUndefined();
    }
  });

  it('refuses options the action sets itself, or that need the cache', () => {
    expect(pytestArgumentProblem('--junitxml=out.xml')).toMatch(/use the report-path input/);
    expect(pytestArgumentProblem('--junit-xml')).toMatch(/use the report-path input/);
    expect(pytestArgumentProblem('--rootdir=..')).toMatch(/use the working-directory input/);
    expect(pytestArgumentProblem('--lf')).toMatch(/needs pytest's cache/);
    expect(pytestArgumentProblem('--cache-clear')).toMatch(/needs pytest's cache/);
  });

  it('refuses an option and its value on one line, which a vector would pass as one argument', () => {
    expect(pytestArgumentProblem('-m .')).toBe(
      'holds an option and its value in one line; put "-m" and "." on separate lines (one argument per line)',
    );
    expect(pytestArgumentProblem('--maxfail 2')).toMatch(/put "--maxfail" and "2" on separate lines/);
  });
});
