import type { RunReport } from './run-report.ts';

export function outputsFor(report: RunReport): Record<string, string> {
  return {
    'job-name': report.jobName,
    'job-id': report.jobId,
    state: report.state,
    'console-url': report.consoleUrl,
  };
}
