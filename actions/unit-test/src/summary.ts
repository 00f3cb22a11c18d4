import {
  type Cell,
  code,
  codeBlock,
  details,
  escapeMarkdown,
  heading,
  joinBlocks,
  link,
  plural,
  type RunContext,
  rawMarkdown,
  table,
} from '@mlops-actions/kit';
import { meaningfulTail } from '@mlops-actions/process';
import {
  type Failure,
  type SourceLocation,
  type TestCaseResult,
  type TestSuiteRun,
  truncate,
} from '@mlops-actions/pytest';
import { commandWithoutFiles } from './command-text.ts';
import type { Config } from './config.ts';
import { searchDescription } from './search-description.ts';
import { countsText, type Verdict } from './verdict.ts';

const LISTED_FAILURES = 100;
const SLOWEST = 10;
const MESSAGE_CELL_CHARS = 300;

export interface SummaryInput {
  run: TestSuiteRun | undefined;
  fileCount: number;
  config: Pick<Config, 'patterns' | 'workingDirectoryInput' | 'workingDirectory'>;
  verdict: Verdict;
  context: Pick<RunContext, 'serverUrl' | 'repository' | 'sha'>;
}

export function summaryMarkdown(input: SummaryInput): string {
  const { run, verdict } = input;
  const mark = verdict.failure !== undefined ? '❌' : verdict.warning !== undefined ? '⚠️' : '✅';
  const headline = run === undefined ? 'no test files' : countsText(run);
  return `${joinBlocks(
    heading(`${mark} Unit tests: ${headline}`, 3),
    run !== undefined && countsTable(run),
    whatRan(input),
    escapeMarkdown(verdict.failure ?? verdict.warning ?? ''),
    run !== undefined && failuresSection(run.failures, input.context),
    run !== undefined && slowestSection(run.report?.cases ?? []),
    run !== undefined && details('pytest command', codeBlock(commandWithoutFiles(run.command))),
    run?.report === undefined &&
      run !== undefined &&
      details(
        'Last lines of output',
        codeBlock(meaningfulTail(run.process.output, { lines: 30 }).join('\n')),
      ),
  )}\n`;
}

function countsTable(run: TestSuiteRun): string {
  const { total, passed, failed, errors, skipped } = run.counts;
  return table(
    ['Total', 'Passed', 'Failed', 'Errors', 'Skipped', 'Duration'],
    [[total, passed, failed, errors, skipped, `${(run.process.durationMs / 1000).toFixed(1)}s`]],
    { align: ['right', 'right', 'right', 'right', 'right', 'right'] },
  );
}

function whatRan({ run, fileCount, config }: SummaryInput): string {
  const files = plural(fileCount, 'test file');
  return run === undefined
    ? `No test file matched the ${searchDescription(config)}.`
    : `pytest ran on ${files} matching the ${searchDescription(config)}.`;
}

function failuresSection(failures: readonly Failure[], context: SummaryInput['context']): string | false {
  if (failures.length === 0) return false;
  const rows: Cell[][] = failures
    .slice(0, LISTED_FAILURES)
    .map((f) => [
      rawMarkdown(code(f.test.id)),
      f.location === undefined ? '' : locationCell(f.location, context),
      truncate(f.message.split(/\r?\n/).slice(0, 3).join('\n'), MESSAGE_CELL_CHARS),
    ]);
  const more = failures.length - rows.length;
  return joinBlocks(
    heading(`Failures (${failures.length})`, 4),
    table(['Test', 'Where', 'Message'], rows),
    more > 0 && `… and ${more} more: see the report.`,
  );
}

function locationCell(location: SourceLocation, context: SummaryInput['context']): Cell {
  const text = `${location.file}:${location.line}`;
  if (context.repository === '' || context.sha === '') return rawMarkdown(code(text));
  const path = location.file.split('/').map(encodeURIComponent).join('/');
  return rawMarkdown(
    link(text, `${context.serverUrl}/${context.repository}/blob/${context.sha}/${path}#L${location.line}`),
  );
}

function slowestSection(cases: readonly TestCaseResult[]): string | false {
  const slowest = cases
    .filter((c) => !c.collectionError)
    .sort((a, b) => b.durationSeconds - a.durationSeconds)
    .slice(0, SLOWEST);
  if (slowest.length === 0) return false;
  return joinBlocks(
    heading(`Slowest ${plural(slowest.length, 'test')}`, 4),
    table(
      ['Test', 'Outcome', 'Duration'],
      slowest.map((c) => [rawMarkdown(code(c.id)), c.outcome, `${c.durationSeconds.toFixed(2)}s`]),
      { align: ['left', 'left', 'right'] },
    ),
  );
}
