import { formatDuration } from '@mlops-actions/kit';
import { taskViews } from '@mlops-actions/vertex';
import type { Config } from './config.ts';
import type { RunReport } from './run-report.ts';

/** How the step ends: a failure message (the step fails) or a line that says all went well. */
export interface Verdict {
  failure?: string;
  success?: string;
}

export function verdictOf(
  report: RunReport,
  config: Pick<Config, 'timeoutMs' | 'cancelOnWorkflowCancel'>,
): Verdict {
  const job = `Pipeline job ${report.jobId}`;
  switch (report.ending) {
    case 'not-waited':
      return {
        success: `${job} is ${report.state}; not waiting for it (wait: false). Follow it at ${report.consoleUrl}`,
      };
    case 'aborted':
      return {
        failure: config.cancelOnWorkflowCancel
          ? `The workflow was cancelled while pipeline job ${report.jobId} was ${report.state}; the post step cancels it (cancel-on-workflow-cancel).`
          : `The workflow was cancelled while pipeline job ${report.jobId} was ${report.state}; it keeps running (cancel-on-workflow-cancel is false): ${report.consoleUrl}`,
      };
    case 'timed-out': {
      const waited = `${job} did not finish within ${formatDuration(config.timeoutMs ?? 0)} (the timeout input)`;
      if (report.cancel === undefined) {
        return {
          failure: `${waited} and keeps running (${report.state}): ${report.consoleUrl}. Set cancel-on-timeout: true to stop it, or raise the timeout.`,
        };
      }
      const ended =
        report.cancel === 'cancelling'
          ? `was cancelled (now ${report.state})`
          : `ended ${report.state} meanwhile`;
      return { failure: `${waited} and ${ended}.` };
    }
    case 'finished':
      return finishedVerdict(report, job);
  }
}

function finishedVerdict(report: RunReport, job: string): Verdict {
  const took = `after ${formatDuration(report.followedMs)}`;
  if (report.state === 'SUCCEEDED')
    return { success: `${job} SUCCEEDED ${report.submission === 'created' ? took : '(it had run before)'}.` };
  if (report.state === 'CANCELLED') {
    return {
      failure: `${job} was CANCELLED outside this workflow (in the console, or by another run): ${report.consoleUrl}`,
    };
  }
  const failed = taskViews(report.job).filter((task) => task.state === 'FAILED');
  const tasks =
    failed.length === 0
      ? ''
      : ` Failed ${failed.length === 1 ? 'task' : 'tasks'}: ${failed.map((task) => (task.error ? `${task.name} (${task.error})` : task.name)).join('; ')}.`;
  const error = report.job.error?.message ? `: ${report.job.error.message.replace(/\.+$/, '')}` : '';
  return { failure: `${job} ${report.state}${error}.${tasks} Logs: ${report.consoleUrl}` };
}
