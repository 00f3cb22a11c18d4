import type { TestSuiteRun } from '@mlops-actions/pytest';

/** The step outputs: all zero, and an empty report-path, when pytest did not run or wrote no report. */
export function outputsFor(run: TestSuiteRun | undefined): Record<string, string> {
  const counts = run?.counts ?? { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  return {
    total: String(counts.total),
    passed: String(counts.passed),
    failed: String(counts.failed),
    errors: String(counts.errors),
    skipped: String(counts.skipped),
    duration: run === undefined ? '0' : (run.process.durationMs / 1000).toFixed(3),
    'report-path': run?.report === undefined ? '' : run.reportPath,
  };
}
