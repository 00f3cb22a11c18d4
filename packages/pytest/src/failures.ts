import { lastLines } from './output-text.ts';
import { deepestInRepository, type SourceLocation, type SourceLocator } from './source-locator.ts';
import type { TestCaseResult, TestProblem, TestReport } from './test-results.ts';
import { explanationLines, tracebackFrames } from './traceback-frames.ts';

/** One failure or error of one test, placed where a reader should look. */
export interface Failure {
  test: TestCaseResult;
  kind: TestProblem['kind'];
  /** The assertion or exception message. */
  message: string;
  /** The deepest traceback frame inside the repository, else the test's own definition. */
  location: SourceLocation | undefined;
  /** pytest's traceback text. */
  details: string;
}

/** Every failure and error in the report, in report order. */
export function locateFailures(report: TestReport, locate: SourceLocator): Failure[] {
  const failures: Failure[] = [];
  for (const test of report.cases) {
    for (const problem of test.problems) {
      failures.push({
        test,
        kind: problem.kind,
        message: messageOf(problem),
        location: locationOf(test, problem, locate),
        details: problem.details,
      });
    }
  }
  return failures;
}

function messageOf(problem: TestProblem): string {
  // A collection error's message is just "collection failure"; the exception is in the `E` lines.
  const generic = problem.message.trim() === '' || problem.message === 'collection failure';
  if (!generic) return problem.message.trim();
  return explanationLines(problem.details) || lastLines(problem.details, 1) || problem.message;
}

function locationOf(
  test: TestCaseResult,
  problem: TestProblem,
  locate: SourceLocator,
): SourceLocation | undefined {
  const deepest = deepestInRepository(tracebackFrames(problem.details), locate);
  if (deepest !== undefined || test.file === undefined) return deepest;
  return locate({ path: test.file, line: test.line ?? 1 });
}
