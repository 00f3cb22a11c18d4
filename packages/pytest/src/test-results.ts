export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';

/** A `<failure>` (an assertion or exception in the test) or an `<error>` (setup, teardown, collection). */
export interface TestProblem {
  kind: 'failure' | 'error';
  /** The one-line (or few-line) message: the assertion, the exception. */
  message: string;
  /** pytest's traceback text. */
  details: string;
}

export interface TestCaseResult {
  /** pytest's node id: `models/model_test.py::TestModel::test_fit[cpu]`; the file for a collection error. */
  id: string;
  /** Working-directory-relative file, when the report names it. */
  file: string | undefined;
  /** 1-based line of the test's definition, when the report gives it. */
  line: number | undefined;
  durationSeconds: number;
  outcome: TestOutcome;
  problems: TestProblem[];
  /** The module could not be imported (ImportError, SyntaxError): none of its tests ran. */
  collectionError: boolean;
  skipReason: string | undefined;
}

export interface TestReport {
  cases: TestCaseResult[];
  /** pytest's own total, when the report gives it. */
  durationSeconds: number | undefined;
}

export interface TestCounts {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

/** One outcome per test case, so total = passed + failed + errors + skipped. */
export function countOutcomes(cases: readonly TestCaseResult[]): TestCounts {
  const counts: TestCounts = { total: cases.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const testCase of cases) {
    if (testCase.outcome === 'passed') counts.passed++;
    else if (testCase.outcome === 'failed') counts.failed++;
    else if (testCase.outcome === 'error') counts.errors++;
    else counts.skipped++;
  }
  return counts;
}
