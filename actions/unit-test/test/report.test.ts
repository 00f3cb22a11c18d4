// The summary and the verdict for runs that are awkward to produce with real pytest.
import { compileTestPatterns, type TestCaseResult, type TestSuiteRun } from '@mlops-actions/pytest';
import { describe, expect, it } from 'vitest';
import { annotationsFor } from '../src/annotations.ts';
import { summaryMarkdown } from '../src/summary.ts';
import { runVerdict } from '../src/verdict.ts';

const config = {
  patterns: compileTestPatterns(['**/*_test.py']),
  workingDirectoryInput: '.',
  workingDirectory: '/ws',
  args: [],
  failOnEmpty: true,
  timeoutMs: 60_000,
};
const context = { serverUrl: 'https://github.com', repository: 'o/r', sha: 'abc' };

function testCase(id: string, overrides: Partial<TestCaseResult> = {}): TestCaseResult {
  return {
    id,
    file: 'a_test.py',
    line: 1,
    durationSeconds: 0.1,
    outcome: 'passed',
    problems: [],
    collectionError: false,
    skipReason: undefined,
    ...overrides,
  };
}

function run(cases: TestCaseResult[], exitCode: number, overrides: Partial<TestSuiteRun> = {}): TestSuiteRun {
  const counts = { total: cases.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const c of cases) counts[c.outcome === 'error' ? 'errors' : c.outcome]++;
  return {
    command: ['python3', '-m', 'pytest', '--', 'a_test.py'],
    reportPath: '/tmp/junit.xml',
    process: {
      command: ['python3', '-m', 'pytest', '--', 'a_test.py'],
      exitCode,
      signal: null,
      timedOut: false,
      cancelled: false,
      killed: false,
      durationMs: 1234,
      output: 'INTERNALERROR> boom\n',
      omittedBytes: 0,
    },
    report: { cases, durationSeconds: 1 },
    reportProblem: undefined,
    counts,
    failures: cases
      .filter((c) => c.problems.length > 0)
      .map((c) => ({
        test: c,
        kind: 'failure' as const,
        message: c.problems[0]?.message ?? '',
        location: { file: 'dir with space/a_test.py', line: 7 },
        details: '',
      })),
    stoppedAt: undefined,
    ...overrides,
  };
}

describe('summary', () => {
  it('keeps the tables intact whatever the test ids and messages hold', () => {
    const failing = testCase('a_test.py::test_x[a|b`c]', {
      outcome: 'failed',
      problems: [{ kind: 'failure', message: 'assert "|" == "*"\nsecond line\nthird\nfourth', details: '' }],
    });
    const markdown = summaryMarkdown({
      run: run([failing, testCase('a_test.py::test_ok')], 1),
      fileCount: 1,
      config,
      verdict: { failure: 'failed' },
      context,
    });
    const row = markdown.split('\n').find((line) => line.includes('test_x'));
    expect(row).toBe(
      '| ``a_test.py::test_x[a\\|b`c]`` | [dir with space/a\\_test\\.py:7](https://github.com/o/r/blob/abc/dir%20with%20space/a_test.py#L7) | assert "\\|" \\=\\= "\\*"<br>second line<br>third |',
    );
    expect(markdown).toContain('<summary>pytest command</summary>');
    expect(markdown).toContain('["python3","-m","pytest","--"] + 1 file');
  });
});

describe('verdict', () => {
  it('fails on an exit status that no test explains, quoting pytest', () => {
    expect(runVerdict(run([testCase('a_test.py::t')], 3), 1, config)).toEqual({
      failure: 'pytest exited with 3 (internal error) although no test failed:\nINTERNALERROR> boom',
    });
  });

  it('quotes the last meaningful lines of pytest, without colours or blank lines', () => {
    const crashed = run([], 3, {
      report: undefined,
      reportProblem: 'wrote no report',
    });
    crashed.process.output =
      'collecting ... \n\u001b[31mINTERNALERROR> Traceback (most recent call last):\u001b[0m\n\n\u001b[1;31mINTERNALERROR> ValueError: bad plugin\u001b[0m\n';
    expect(runVerdict(crashed, 1, config)).toEqual({
      failure:
        'pytest exited with 3 (internal error) and wrote no report:\ncollecting ...\nINTERNALERROR> Traceback (most recent call last):\nINTERNALERROR> ValueError: bad plugin',
    });
  });

  it('counts a run in which every test was skipped as a run in which no test ran', () => {
    const skipped = run([testCase('a_test.py::t', { outcome: 'skipped' })], 0);
    expect(runVerdict(skipped, 1, config).failure).toBe(
      'No test ran: the only test from 1 file matching the pattern "**/*_test.py" in working-directory "." was skipped. Set fail-on-empty: false if running no tests is expected.',
    );
    expect(runVerdict(skipped, 1, { ...config, failOnEmpty: false })).toEqual({
      warning: expect.stringMatching(/^No test ran/),
    });
  });

  it('passes a run with passing and skipped tests', () => {
    const mixed = run([testCase('a::t'), testCase('a::u', { outcome: 'skipped' })], 0);
    expect(runVerdict(mixed, 1, config)).toEqual({});
  });
});

describe('annotations', () => {
  it('puts the timeout location first and stays within GitHub’s 10 errors per step', () => {
    const failing = Array.from({ length: 20 }, (_, i) =>
      testCase(`a_test.py::t${i}`, {
        outcome: 'failed',
        problems: [{ kind: 'failure', message: `m${i}`, details: '' }],
      }),
    );
    const stopped = run(failing, 2, { stoppedAt: { file: 'a_test.py', line: 3 } });
    stopped.process.timedOut = true;
    const annotations = annotationsFor(stopped);
    expect(annotations).toHaveLength(9);
    expect(annotations[0]).toEqual({
      message: 'pytest was here when the timeout stopped it.',
      properties: { title: 'Timed out', file: 'a_test.py', startLine: 3 },
    });
    expect(annotations[1]?.properties.title).toBe('a_test.py::t0');
  });
});
