import type { LocalTree, SyncOutcome, SyncPlan } from '@mlops-actions/gcs';
import {
  type Cell,
  code,
  details,
  escapeMarkdown,
  formatBytes,
  heading,
  joinBlocks,
  link,
  plural,
  rawMarkdown,
  table,
} from '@mlops-actions/kit';
import { totalSize } from './bytes.ts';
import type { Target } from './target.ts';

/** Rows per section: a summary over 1 MiB is dropped by GitHub. */
const LISTED = 200;

export interface SummaryInput {
  target: Target;
  tree: LocalTree;
  plan: SyncPlan;
  /** Undefined in a dry run. */
  outcome: SyncOutcome | undefined;
}

export function summaryMarkdown({ target, tree, plan, outcome }: SummaryInput): string {
  const dryRun = outcome === undefined;
  const failed = outcome?.failed ?? [];
  const mark = dryRun ? '🔍' : failed.length > 0 ? '❌' : '✅';
  const title = dryRun
    ? 'Dry run: modules would sync to'
    : failed.length > 0
      ? 'Modules partly synced to'
      : 'Modules synced to';
  const uploaded =
    outcome?.uploaded ?? plan.uploads.map((u) => ({ name: u.name, size: u.file.size, reason: u.reason }));
  const deleted = outcome?.deleted ?? plan.deletes;
  return `${joinBlocks(
    // The URI in a code span: escaped as plain text it would read gs://my\-bucket when copied.
    `### ${mark} ${escapeMarkdown(title)} ${code(target.folderUri)}`,
    countsTable(plan, uploaded, deleted, outcome),
    link('Open in the Cloud console', consoleUrl(target)),
    dryRun && 'Nothing was written: this was a dry run.',
    failed.length > 0 &&
      joinBlocks(
        heading(`Did not make it (${failed.length})`, 4),
        table(
          ['Object', 'Change', 'Reason'],
          failed.slice(0, LISTED).map((f) => [rawMarkdown(code(f.name)), f.change, f.reason]),
        ),
        more(failed.length),
      ),
    listing(dryRun ? 'To upload' : 'Uploaded', uploaded, (u) => [
      rawMarkdown(code(u.name)),
      formatBytes(u.size),
      u.reason,
    ]),
    listing(dryRun ? 'To delete' : 'Deleted', deleted, (d) => [
      rawMarkdown(code(d.name)),
      formatBytes(d.size),
      'extraneous',
    ]),
    listing('Unchanged', plan.skips, (s) => [
      rawMarkdown(code(s.name)),
      formatBytes(s.file.size),
      'same MD5',
    ]),
    (outcome?.deletesHeldBack.length ?? 0) > 0 &&
      escapeMarkdown(
        `${plural(outcome?.deletesHeldBack.length ?? 0, 'extraneous object')} not deleted because an upload failed.`,
      ),
    tree.leftOut.length > 0 &&
      details(
        `Left out (${tree.leftOut.length})`,
        table(
          ['Path', 'Why'],
          tree.leftOut.slice(0, LISTED).map((l) => [rawMarkdown(code(l.path)), l.reason]),
        ),
      ),
  )}\n`;
}

function countsTable(
  plan: SyncPlan,
  uploaded: readonly { size: number }[],
  deleted: readonly { size: number }[],
  outcome: SyncOutcome | undefined,
): string {
  const rows: Cell[][] = [
    [outcome ? 'Uploaded' : 'To upload', uploaded.length, formatBytes(totalSize(uploaded))],
    ['Unchanged', plan.skips.length, formatBytes(totalSize(plan.skips.map((s) => s.file)))],
    [outcome ? 'Deleted' : 'To delete', deleted.length, formatBytes(totalSize(deleted))],
  ];
  if (outcome && outcome.failed.length > 0) rows.push(['Failed', outcome.failed.length, '']);
  return table(['', 'Objects', 'Size'], rows, { align: ['left', 'right', 'right'] });
}

function listing<T>(title: string, items: readonly T[], row: (item: T) => Cell[]): string | false {
  if (items.length === 0) return false;
  return details(
    `${title} (${items.length})`,
    joinBlocks(
      table(['Object', 'Size', 'Why'], items.slice(0, LISTED).map(row), { align: ['left', 'right', 'left'] }),
      more(items.length),
    ),
  );
}

function more(count: number): string | false {
  return count > LISTED && `… and ${count - LISTED} more.`;
}

function consoleUrl(target: Target): string {
  const { bucket, prefix } = target.destination;
  const path = [bucket, ...prefix.split('/').filter((part) => part !== '')].map(encodeURIComponent).join('/');
  return `https://console.cloud.google.com/storage/browser/${path}`;
}
