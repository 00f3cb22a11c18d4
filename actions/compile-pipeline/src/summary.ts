import {
  type Cell,
  code,
  heading,
  joinBlocks,
  list,
  mermaid,
  plural,
  rawMarkdown,
  table,
} from '@mlops-actions/kit';
import {
  type ImageChange,
  type PipelineSpec,
  redactCredentials,
  renderMermaid,
  type SpecProblem,
} from '@mlops-actions/pipeline-spec';
import type { Comparison } from './baseline.ts';
import { diffMarkdown } from './diff-summary.ts';
import type { PipelineReport } from './pipeline-report.ts';

/** GitHub stops rendering Mermaid diagrams well beyond a few hundred nodes; past that, say so. */
const MAX_DRAWN_TASKS = 300;
const MAX_DIAGRAM_CHARS = 40_000;
const LISTED_PROBLEMS = 100;
const SHOWN_CHARS = 120;

export interface SummaryInput {
  specPath: string;
  spec: PipelineSpec;
  report: PipelineReport;
  problems: readonly SpecProblem[];
  failed: boolean;
  pinned: readonly ImageChange[];
  comparison?: Comparison;
}

/**
 * The job summary. Everything in it comes from the spec, so the whole text is passed through
 * credential redaction as a last guard, although a spec with a credential fails validation.
 */
export function summaryMarkdown(input: SummaryInput): string {
  const { report, problems, failed } = input;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const mark = failed ? '❌' : problems.length > 0 ? '⚠️' : '✅';
  const headline = failed
    ? errors > 0
      ? plural(errors, 'error')
      : plural(problems.length, 'warning')
    : `${plural(report.tasks.length, 'task')}, ${plural(report.images.length, 'image')}`;
  const markdown = joinBlocks(
    heading(`${mark} Pipeline ${report.name || '(unnamed)'}: ${headline}`, 3),
    table(
      ['Spec', 'Schema', 'Compiled by', 'spec-sha256'],
      [[codeCell(input.specPath), report.schemaVersion, report.sdkVersion, codeCell(report.sha256)]],
    ),
    problemsBlock(problems),
    diagramBlock(input),
    parametersBlock(report),
    imagesBlock(report, input.pinned),
    comparisonBlock(input.comparison),
  );
  return `${redactCredentials(markdown)}\n`;
}

function comparisonBlock(comparison: Comparison | undefined): string | false {
  if (comparison === undefined) return false;
  return 'missing' in comparison ? comparison.missing : diffMarkdown(comparison.diff, comparison.baseline);
}

function problemsBlock(problems: readonly SpecProblem[]): string | false {
  if (problems.length === 0) return false;
  const rows = problems
    .slice(0, LISTED_PROBLEMS)
    .map((p) => [p.severity === 'error' ? '❌ error' : '⚠️ warning', codeCell(p.path), p.message]);
  const more = problems.length - rows.length;
  return joinBlocks(
    heading(`Problems (${problems.length})`, 4),
    table(['', 'Where', 'Problem'], rows),
    more > 0 && `… and ${more} more: see the log.`,
  );
}

function diagramBlock({ spec, report }: SummaryInput): string | false {
  if (report.tasks.length === 0) return false;
  const title = heading('DAG', 4);
  if (report.tasks.length > MAX_DRAWN_TASKS) {
    return joinBlocks(title, `${plural(report.tasks.length, 'task')} are too many to draw here.`);
  }
  const chart = renderMermaid(spec);
  if (chart.length > MAX_DIAGRAM_CHARS) return joinBlocks(title, 'The diagram is too large to draw here.');
  return joinBlocks(title, mermaid(chart));
}

function parametersBlock(report: PipelineReport): string {
  const title = heading(`Parameters (${report.parameters.length})`, 4);
  if (report.parameters.length === 0) return joinBlocks(title, 'The pipeline takes no parameters.');
  return joinBlocks(
    title,
    table(
      ['Name', 'Type', 'Default', 'Optional'],
      report.parameters.map((p) => [
        codeCell(p.name),
        p.type,
        p.defaultValue === undefined ? '' : valueCell(JSON.stringify(p.defaultValue)),
        p.optional ? 'yes' : 'no',
      ]),
    ),
  );
}

function imagesBlock(report: PipelineReport, pinned: readonly ImageChange[]): string {
  const title = heading(`Images (${report.images.length})`, 4);
  const images = report.images.length === 0 ? 'No container executors.' : list(report.images.map(codeCell));
  if (pinned.length === 0) return joinBlocks(title, images);
  return joinBlocks(
    title,
    images,
    `Pinned ${plural(pinned.filter((c) => c.executor !== undefined).length, 'executor')}${nestedNote(pinned)}:`,
    table(
      ['Where', 'Before', 'After'],
      pinned.map((c) => [codeCell(c.executor ?? c.path), codeCell(c.before), codeCell(c.after)]),
    ),
  );
}

/** References pinned inside other values (the Trainer's custom_config), when there are any. */
function nestedNote(pinned: readonly ImageChange[]): string {
  const nested = pinned.filter((c) => c.executor === undefined).length;
  return nested === 0 ? '' : ` and ${plural(nested, 'reference')} inside other values`;
}

function codeCell(text: string): Cell {
  return rawMarkdown(code(text));
}

function valueCell(text: string): Cell {
  return codeCell(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text);
}
