import {
  code,
  formatBytes,
  groupThousands,
  heading,
  joinBlocks,
  list,
  mermaid,
  mermaidLabel,
  plural,
  rawMarkdown,
  table,
} from '@mlops-actions/kit';
import type { CorruptObject } from './count-all.ts';
import type { DispatchOutcome } from './dispatch.ts';

export interface SummaryFacts {
  source: string;
  unit: string;
  count: number;
  threshold: number;
  objects: number;
  bytes: number;
  perLabel: Record<string, number> | undefined;
  manifest: string;
  /** False when an earlier attempt of this job wrote the manifest. */
  manifestCreated: boolean;
  corrupt: CorruptObject[];
  changed: string[];
  taken: number;
  dispatch: { workflow: string; outcome: DispatchOutcome | 'not-enough' } | undefined;
}

/** The labels a chart shows at most; the table lists them all. */
const CHART_LABELS = 40;

export function summaryMarkdown(facts: SummaryFacts): string {
  const enough = facts.count >= facts.threshold;
  const verdict = enough
    ? `✅ Enough new data: ${groupThousands(facts.count)} of ${groupThousands(facts.threshold)} ${facts.unit}`
    : `⏳ Not yet: ${groupThousands(facts.count)} of ${groupThousands(facts.threshold)} ${facts.unit}`;
  return joinBlocks(
    heading(verdict, 3),
    table(
      ['', 'new', ''],
      [
        ['Objects', groupThousands(facts.objects), formatBytes(facts.bytes)],
        ['Already taken by a span', groupThousands(facts.taken), ''],
      ],
      { align: ['left', 'right', 'right'] },
    ),
    `Source ${code(facts.source)}; manifest ${code(facts.manifest)}${facts.manifestCreated ? '' : ' (written by an earlier attempt of this job and reused: the same data as then)'}.`,
    facts.dispatch && dispatchLine(facts.dispatch),
    facts.perLabel && labelBlocks(facts.perLabel, facts.unit),
    facts.corrupt.length > 0 &&
      joinBlocks(
        heading(`Skipped as corrupt: ${plural(facts.corrupt.length, 'object')}`, 4),
        table(
          ['object', 'generation', 'why'],
          facts.corrupt.map((c) => [rawMarkdown(code(c.name)), c.generation, c.reason]),
        ),
      ),
    facts.changed.length > 0 &&
      joinBlocks(
        `Changed while counting (rewritten or deleted after the listing; the next count sees the new version): ${plural(facts.changed.length, 'object')}`,
        list(facts.changed.slice(0, 20).map((name) => rawMarkdown(code(name)))),
      ),
  );
}

function dispatchLine(dispatch: NonNullable<SummaryFacts['dispatch']>): string {
  switch (dispatch.outcome) {
    case 'dispatched':
      return `Started ${code(dispatch.workflow)} with this manifest.`;
    case 'already-dispatched':
      return `${code(dispatch.workflow)} was already started by an earlier attempt of this job: not started again.`;
    default:
      return `${code(dispatch.workflow)} not started: not enough data yet.`;
  }
}

function labelBlocks(perLabel: Record<string, number>, unit: string): string {
  const labels = Object.keys(perLabel).sort();
  const shown = labels.slice(0, CHART_LABELS);
  const chart = [
    'xychart-beta',
    `  title ${mermaidLabel(`New ${unit} per label`)}`,
    `  x-axis [${shown.map(mermaidLabel).join(', ')}]`,
    `  y-axis ${mermaidLabel(unit)}`,
    `  bar [${shown.map((label) => perLabel[label]).join(', ')}]`,
  ].join('\n');
  return joinBlocks(
    heading('Per label', 4),
    table(
      ['label', unit],
      labels.map((label) => [label, groupThousands(perLabel[label] ?? 0)]),
      { align: ['left', 'right'] },
    ),
    mermaid(chart),
  );
}
