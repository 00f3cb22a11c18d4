import type { FailedChange, SyncOutcome, SyncPlan } from '@mlops-actions/gcs';
import { plural } from '@mlops-actions/kit';
import type { Target } from './target.ts';

const LISTED = 10;

/**
 * Why the step fails: which files (or deletes) did not make it and why, that everything written
 * stays in place, and that a re-run finishes the job (unchanged files are skipped).
 */
export function failureMessage(target: Target, plan: SyncPlan, outcome: SyncOutcome): string {
  const uploadsFailed = outcome.failed.filter((f) => f.change === 'upload');
  const deletesFailed = outcome.failed.filter((f) => f.change === 'delete');
  const parts: string[] = [];
  if (uploadsFailed.length > 0) {
    parts.push(
      `${uploadsFailed.length} of ${plural(plan.uploads.length, 'file')} to upload did not make it to ${target.folderUri}: ${listed(uploadsFailed)}.`,
      `The ${plural(outcome.uploaded.length, 'object')} uploaded and the ${plural(plan.skips.length, 'unchanged one')} are in place${outcome.deletesHeldBack.length > 0 ? `, and no extraneous object was deleted (${outcome.deletesHeldBack.length} held back)` : ''}.`,
    );
  }
  if (deletesFailed.length > 0) {
    parts.push(
      `${plural(deletesFailed.length, 'extraneous object')} could not be deleted: ${listed(deletesFailed)}.`,
    );
  }
  // Said once: a missing role or credential refuses every file the same way.
  parts.push(...new Set(outcome.failed.flatMap((f) => (f.advice === undefined ? [] : [f.advice]))));
  parts.push('Re-run the job to finish: files already uploaded are skipped.');
  return parts.join(' ');
}

function listed(failures: readonly FailedChange[]): string {
  const shown = failures.slice(0, LISTED).map((f) => `${f.path ?? f.name} (${f.reason})`);
  const more = failures.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more (see the job summary)` : shown.join('; ');
}
