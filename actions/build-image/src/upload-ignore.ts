import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { UploadIgnore } from '@mlops-actions/image';

type Gcs = typeof import('@mlops-actions/gcs');

/**
 * What the cloud-build upload leaves out, read as gcloud reads it (@mlops-actions/gcs): the
 * context's `.gcloudignore` with its `#!include:` files, or gcloud's default for Git checkouts.
 * A broken ignore file stops the step here, before anything is uploaded.
 */
export function readUploadIgnore(gcs: Gcs, contextDir: string, workspace: string): UploadIgnore {
  const shownFolder = relative(workspace, contextDir) || '.';
  const file = join(contextDir, gcs.IGNORE_FILE_NAME);
  const rules = existsSync(file)
    ? gcs.readIgnoreFile(file, join(shownFolder, gcs.IGNORE_FILE_NAME))
    : gcs.defaultIgnoreRules(contextDir, shownFolder);
  const files = rules.files.join(', ');
  return {
    patterns: rules.patterns,
    describedAs: rules.isDefault ? `gcloud's default${files ? ` with ${files}` : ''}` : files,
  };
}
