import type { Detection } from '@mlops-actions/changes';
import { code, details, heading, plural, table } from '@mlops-actions/kit';
import type { GroupOutcome } from './group-outputs.ts';

/** How many file names a group lists in the summary, and in the log, before "and N more". */
const LISTED_IN_SUMMARY = 100;
const LISTED_IN_LOG = 200;

/** The log line of a group: name, count and whether it is the only group that changed. */
export function groupLabel(outcome: GroupOutcome): string {
  return `${outcome.name}: ${plural(outcome.paths.length, 'file')}${outcome.only ? ' (only this group)' : ''}`;
}

/** A group's file names for the log; the outputs and the summary carry the full list. */
export function logListing(paths: readonly string[]): string {
  const shown = paths.slice(0, LISTED_IN_LOG);
  const more = paths.length - shown.length;
  return more > 0
    ? `${shown.join('\n')}\n… and ${more} more (list them with the list-files input)`
    : shown.join('\n');
}

export function summaryMarkdown(detection: Detection, outcomes: readonly GroupOutcome[]): string {
  const range = detection.baseSha
    ? `${code(detection.baseSha.slice(0, 12))}..${code(detection.headSha.slice(0, 12))}`
    : `every file of ${code(detection.headSha.slice(0, 12))}`;
  const parts = [
    heading('Changes', 3),
    `Compared ${range} — ${detection.description}: ${plural(detection.files.length, 'changed file')}.`,
    '',
    table(
      ['Group', 'Changed', 'Files', 'Only this group'],
      outcomes.map((o) => [o.name, o.changed ? '✅ yes' : 'no', o.paths.length, o.only ? 'yes' : '']),
    ),
  ];
  for (const outcome of outcomes.filter((o) => o.changed)) {
    const shown = outcome.paths.slice(0, LISTED_IN_SUMMARY).map((path) => `- ${code(path)}`);
    const more = outcome.paths.length - shown.length;
    if (more > 0) shown.push(`- … and ${more} more`);
    parts.push(details(`${outcome.name}: ${plural(outcome.paths.length, 'file')}`, shown.join('\n')));
  }
  return `${parts.join('\n')}\n`;
}
