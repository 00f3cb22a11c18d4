import type { ManifestHeader } from '@mlops-actions/data-loop';
import { formatGsUri } from '@mlops-actions/gcs';
import type { RunContext } from '@mlops-actions/kit';
import type { Config } from './config.ts';
import type { Tally } from './count-all.ts';

/**
 * The snapshot of exactly what this count saw, as data-loop defines it, but for the entries:
 * those are in the count's ManifestEntriesFile, streamed from disk when the manifest is written.
 */
export function manifestHeaderOf(
  config: Config,
  tally: Tally,
  context: Pick<RunContext, 'repository' | 'runId' | 'job' | 'sha'>,
  now = new Date(),
): ManifestHeader {
  return {
    version: 1,
    source: formatGsUri(config.source),
    state: formatGsUri(config.state),
    pattern: config.pattern,
    unit: config.unit,
    createdAt: now.toISOString(),
    run: { repository: context.repository, runId: context.runId, job: context.job, sha: context.sha },
    count: tally.count,
    objects: tally.objects,
    bytes: tally.bytes,
    ...(tally.perLabel === undefined ? {} : { perLabel: sortedRecord(tally.perLabel) }),
    ...(config.onCorrupt === 'skip' ? { corrupt: tally.corrupt } : {}),
  };
}

function sortedRecord(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** What the count is in, for people: the unit, or for auto the one every object had. */
export function shownUnit(unit: string, kinds: ReadonlySet<string>): string {
  if (unit !== 'auto') return unit;
  return kinds.size === 1 ? ([...kinds][0] as string) : 'units';
}
