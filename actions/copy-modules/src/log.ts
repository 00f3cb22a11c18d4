import type { FailedChange, LocalTree, SyncPlan, UploadedObject } from '@mlops-actions/gcs';
import {
  credentialFileLeftOut,
  formatBytes,
  group,
  info,
  infoUntrusted,
  plural,
  quote,
  warning,
} from '@mlops-actions/kit';
import { totalSize } from './bytes.ts';
import type { Config } from './config.ts';
import type { Target } from './target.ts';

/** What the walk found and what it left out; file names come from the repository, so they are printed as untrusted text. */
export async function logTree(tree: LocalTree, config: Config): Promise<void> {
  const rules = config.ignore;
  const source =
    rules === undefined
      ? ''
      : rules.files.length > 0
        ? ` (ignore rules from ${rules.files.join(', ')}${rules.isDefault ? ", gcloud's default" : ''})`
        : rules.isDefault && rules.patterns.length > 0
          ? " (gcloud's default ignore rules)"
          : '';
  // The names of included ignore files come from the repository: untrusted text.
  infoUntrusted(
    `Found ${plural(tree.files.length, 'file')} (${formatBytes(totalSize(tree.files))}) in ${quote(config.pathInput)}${source}.`,
  );
  await group('Files', () => infoUntrusted(tree.files.map((file) => file.path).join('\n')));
  for (const path of tree.credentialFiles) infoUntrusted(credentialFileLeftOut(path));
  if (tree.leftOut.length > 0) {
    warning(
      `Left out ${plural(tree.leftOut.length, 'entry', 'entries')} of ${quote(config.pathInput)}; see the job summary.`,
    );
    infoUntrusted(tree.leftOut.map((entry) => `  ${entry.path}: ${entry.reason}`).join('\n'));
  }
}

export function logPlan(plan: SyncPlan, target: Target, dryRun: boolean): void {
  const verb = dryRun ? 'would upload' : 'to upload';
  info(
    `${target.folderUri}: ${plural(plan.uploads.length, 'file')} ${verb}, ${plural(plan.skips.length, 'file')} unchanged${plan.deletes.length > 0 ? `, ${plural(plan.deletes.length, 'extraneous object')} ${dryRun ? 'would be deleted' : 'to delete'}` : ''}.`,
  );
}

export function logUploaded(object: UploadedObject): void {
  infoUntrusted(`↑ ${object.name} (${formatBytes(object.size)}, ${object.reason})`);
}

export function logFailed(failure: FailedChange): void {
  infoUntrusted(`✗ ${failure.name}: ${failure.reason}`);
}
