import {
  type Cell,
  code,
  escapeMarkdown,
  formatDuration,
  heading,
  joinBlocks,
  link,
  list,
  mermaid,
  rawMarkdown,
  table,
} from '@mlops-actions/kit';
import { listTasks, type PipelineSpec, renderMermaid } from '@mlops-actions/pipeline-spec';
import { type TaskView, taskViews } from '@mlops-actions/vertex';
import type { RunReport } from './run-report.ts';
import type { Verdict } from './verdict.ts';

const MARK: Record<string, string> = {
  SUCCEEDED: '✅',
  FAILED: '❌',
  CANCELLED: '⛔',
  CANCELLING: '⛔',
};

/** The job summary: a link to the run, the verdict, a table of tasks, and the DAG coloured by state. */
export function summaryMarkdown(
  report: RunReport,
  spec: PipelineSpec,
  verdict: Verdict,
  now: Date = new Date(),
): string {
  const mark = report.ending === 'timed-out' ? '⏱️' : (MARK[report.state] ?? (verdict.failure ? '❌' : '🚀'));
  const tasks = taskViews(report.job);
  const states = Object.fromEntries(tasks.map((task) => [task.name, task.state]));
  return `${joinBlocks(
    heading(`${mark} Vertex AI pipeline ${report.displayName}: ${report.state}`, 3),
    list([
      rawMarkdown(`Run ${link(report.jobId, report.consoleUrl)} in the Cloud console`),
      rawMarkdown(`Pipeline ${code(report.pipelineName)}, job ${code(report.jobName)}`),
      submissionText(report),
    ]),
    withConsoleLink(verdict.failure ?? verdict.success ?? '', report.consoleUrl),
    tasksTable(spec, tasks, now),
    heading('Pipeline', 4),
    mermaid(renderMermaid(spec, { states })),
  )}\n`;
}

/** The verdict as markdown, its console URL turned into a link (escaped, a bare URL would not be one). */
function withConsoleLink(text: string, url: string): string {
  return escapeMarkdown(text).split(escapeMarkdown(url)).join(link('the Cloud console', url));
}

function submissionText(report: RunReport): string {
  switch (report.submission) {
    case 'created':
      return 'Started by this step.';
    case 'attached':
      return 'Already started under this id by an earlier run of this step, with the same spec: followed, not started again.';
    case 'attached-earlier-attempt':
      return 'Started by an earlier attempt of this workflow run, with the same spec: followed, not started again.';
  }
}

/** Every task of the spec, in its order, with its state and how long it ran (— when it never started). */
function tasksTable(spec: PipelineSpec, tasks: TaskView[], now: Date): string | false {
  const byName = new Map(tasks.map((task) => [task.name, task]));
  const names = [
    ...new Set([...listTasks(spec).map((task) => task.name), ...tasks.map((task) => task.name)]),
  ];
  if (names.length === 0) return false;
  const rows: Cell[][] = names.map((name) => {
    const task = byName.get(name);
    return [rawMarkdown(code(name)), task?.state ?? '—', task === undefined ? '' : durationOf(task, now)];
  });
  return joinBlocks(
    heading('Tasks', 4),
    table(['Task', 'State', 'Duration'], rows, { align: ['left', 'left', 'right'] }),
  );
}

const NEVER_RAN = new Set(['NOT_TRIGGERED', 'SKIPPED', 'PENDING']);

function durationOf(task: TaskView, now: Date): string {
  if (task.startTime === undefined || NEVER_RAN.has(task.state)) return '';
  const ms = Math.max(0, (task.endTime ?? now).getTime() - task.startTime.getTime());
  const text = ms < 1000 ? '<1s' : formatDuration(ms);
  return task.endTime === undefined ? `${text} so far` : text;
}
