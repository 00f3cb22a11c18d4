import type { Detection } from '@mlops-actions/changes';
import { code, details, heading, table } from '@mlops-actions/kit';
import type { GroupOutcome } from './group-outputs.ts';

/** How many file names a group lists in the summary before it says "and N more". */
const LISTED_PER_GROUP = 100;

export function summaryMarkdown(detection: Detection, outcomes: readonly GroupOutcome[]): string {
  const range = detection.baseSha
    ? `${code(detection.baseSha.slice(0, 12))}..${code(detection.headSha.slice(0, 12))}`
    : `every file of ${code(detection.headSha.slice(0, 12))}`;
  const parts = [
    heading('Changes', 3),
    `Compared ${range} — ${detection.description}: ${detection.files.length} changed files.`,
    '',
    table(
      ['Group', 'Changed', 'Files', 'Only this group'],
      outcomes.map((o) => [o.name, o.changed ? '✅ yes' : 'no', o.paths.length, o.only ? 'yes' : '']),
    ),
  ];
  for (const outcome of outcomes.filter((o) => o.changed)) {
    const shown = outcome.paths.slice(0, LISTED_PER_GROUP).map((path) => `- ${code(path)}`);
    const more = outcome.paths.length - shown.length;
    if (more > 0) shown.push(`- … and ${more} more`);
    parts.push(details(`${outcome.name}: ${outcome.paths.length} files`, shown.join('\n')));
  }
  return `${parts.join('\n')}\n`;
}
