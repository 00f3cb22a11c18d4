import { describe, expect, it } from 'vitest';
import { compileTestPatterns, DEFAULT_TEST_PATTERNS, testPatternProblem } from '../src/index.ts';

describe('test patterns', () => {
  it('collects *_test.py at any depth by default, and nothing else', () => {
    const { matches } = compileTestPatterns(DEFAULT_TEST_PATTERNS);
    expect(matches('model_test.py')).toBe(true);
    expect(matches('models/deep/er/model_test.py')).toBe(true);
    expect(matches('my models/model a_test.py')).toBe(true);
    expect(matches('models/test_model.py')).toBe(false);
    expect(matches('models/model_test.pyc')).toBe(false);
    expect(matches('models/model.py')).toBe(false);
  });

  it('matches a pattern without / at any depth, as .gitignore does', () => {
    const { matches, startDirectories } = compileTestPatterns(['test_*.py']);
    expect(matches('test_a.py')).toBe(true);
    expect(matches('tests/unit/test_a.py')).toBe(true);
    expect(startDirectories).toEqual(['']);
  });

  it('excludes with a leading !, and ignores a leading ./', () => {
    const { matches } = compileTestPatterns(['./**/*_test.py', '!**/slow/**', '!integration_test.py']);
    expect(matches('models/a_test.py')).toBe(true);
    expect(matches('models/slow/a_test.py')).toBe(false);
    expect(matches('pipeline/integration_test.py')).toBe(false);
  });

  it('starts the search in the folders the patterns name, each once', () => {
    expect(compileTestPatterns(['models/**/*_test.py', 'models/x/*_test.py']).startDirectories).toEqual([
      'models',
    ]);
    expect(compileTestPatterns(['models/**/*_test.py', 'tests/it/test_a.py']).startDirectories).toEqual([
      'models',
      'tests/it',
    ]);
    expect(compileTestPatterns(['models/**', '**/*_test.py']).startDirectories).toEqual(['']);
  });

  it('says what is wrong with a pattern', () => {
    expect(testPatternProblem('**/*_test.py')).toBeUndefined();
    expect(testPatternProblem('!**/slow_test.py')).toBeUndefined();
    expect(testPatternProblem('')).toBe('is empty');
    expect(testPatternProblem('!')).toBe('is empty');
    expect(testPatternProblem('/abs/*_test.py')).toBe(
      'is absolute; patterns are relative to working-directory',
    );
    expect(testPatternProblem('a/../../b_test.py')).toBe('leaves working-directory with ".."');
    expect(testPatternProblem('models/{a,b')).toMatch(/^is not a valid glob \(/);
  });

  it('needs at least one including pattern', () => {
    expect(() => compileTestPatterns(['!a_test.py'])).toThrow('at least one pattern must not start with "!"');
  });
});
