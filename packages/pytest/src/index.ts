export { describeExitCode, PYTEST_EXIT } from './exit-codes.ts';
export { type Failure, locateFailures } from './failures.ts';
export { findTestFiles, type TestFileSearch } from './find-test-files.ts';
export { JUnitReportError, parseJUnitReport } from './junit-report.ts';
export { lastLines, truncate } from './output-text.ts';
export { type PytestArgumentOptions, pytestArgumentProblem, pytestArguments } from './pytest-arguments.ts';
export { pytestEnvironment } from './pytest-environment.ts';
export { PytestUnavailableError, PythonNotStartedError, pytestUnavailable } from './python-availability.ts';
export { runTestSuite, type TestSuiteOptions, type TestSuiteRun } from './run-test-suite.ts';
export {
  createSourceLocator,
  deepestInRepository,
  type SourceLocation,
  type SourceLocator,
} from './source-locator.ts';
export { testId } from './test-id.ts';
export {
  compileTestPatterns,
  DEFAULT_TEST_PATTERNS,
  type TestPatterns,
  testPatternProblem,
} from './test-patterns.ts';
export {
  countOutcomes,
  type TestCaseResult,
  type TestCounts,
  type TestOutcome,
  type TestProblem,
  type TestReport,
} from './test-results.ts';
export {
  explanationLines,
  interruptFrame,
  type TracebackFrame,
  tracebackFrames,
} from './traceback-frames.ts';
