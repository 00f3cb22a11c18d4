import type { SyncOutcome, SyncPlan } from '@mlops-actions/gcs';
import type { Target } from './target.ts';

/** The step outputs: what was done, or in a dry run (no outcome) what would be. */
export function outputsFor(
  target: Target,
  plan: SyncPlan,
  outcome: SyncOutcome | undefined,
): Record<string, string> {
  const written =
    outcome === undefined ? plan.uploads.map((u) => u.name) : outcome.uploaded.map((u) => u.name);
  return {
    uri: target.uri,
    uploaded: String(written.length),
    skipped: String(plan.skips.length),
    deleted: String(outcome === undefined ? plan.deletes.length : outcome.deleted.length),
    files: JSON.stringify(written),
  };
}
