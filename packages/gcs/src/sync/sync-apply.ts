import type { Storage } from '@google-cloud/storage';
import { briefReason, isNotFound, isPreconditionFailure } from '../api-error.ts';
import { storageAccessAdvice } from '../storage-failure.ts';
import { withStorageRetries } from '../storage-retry.ts';
import { forEachConcurrently } from './concurrency.ts';
import type { PlannedDelete, PlannedUpload, SyncPlan } from './sync-plan.ts';
import { DEFAULT_UPLOAD_SETTINGS, type UploadSettings, uploadLocalFile } from './upload-local-file.ts';

export interface UploadedObject {
  name: string;
  /** Relative to the folder. */
  path: string;
  size: number;
  reason: 'new' | 'changed';
  generation: string;
}

export interface FailedChange {
  name: string;
  /** The local file, for a failed upload. */
  path?: string;
  change: 'upload' | 'delete';
  reason: string;
  /** What to do when Google refused the caller (credentials, a missing role). */
  advice?: string;
}

export interface SyncOutcome {
  uploaded: UploadedObject[];
  deleted: PlannedDelete[];
  failed: FailedChange[];
  /** Deletes left alone because an upload failed: the old objects stay until a run succeeds. */
  deletesHeldBack: PlannedDelete[];
}

export interface ApplyOptions extends Partial<UploadSettings> {
  /** Uploads (and deletes) in flight at once. */
  concurrency?: number;
  onUploaded?: (object: UploadedObject) => void;
  onFailed?: (failure: FailedChange) => void;
}

/**
 * Carries out a plan: uploads first, `concurrency` at a time, each guarded by the generation the
 * plan saw; then, only when every upload made it, the deletes, each guarded the same way. Never
 * throws for a file: failures are collected with their reasons, and every object already written
 * stays as it is.
 */
export async function applySync(
  storage: Storage,
  plan: SyncPlan,
  options: ApplyOptions = {},
): Promise<SyncOutcome> {
  const settings: UploadSettings = {
    resumableThreshold: options.resumableThreshold ?? DEFAULT_UPLOAD_SETTINGS.resumableThreshold,
    chunkSize: options.chunkSize ?? DEFAULT_UPLOAD_SETTINGS.chunkSize,
    retryPolicy: options.retryPolicy ?? DEFAULT_UPLOAD_SETTINGS.retryPolicy,
  };
  const concurrency = options.concurrency ?? 16;
  const outcome: SyncOutcome = { uploaded: [], deleted: [], failed: [], deletesHeldBack: [] };
  const fail = (failure: FailedChange) => {
    outcome.failed.push(failure);
    options.onFailed?.(failure);
  };

  await forEachConcurrently(plan.uploads, concurrency, async (upload: PlannedUpload) => {
    try {
      const generation = await uploadLocalFile(
        storage,
        plan.destination.bucket,
        upload.name,
        upload.file,
        upload.ifGenerationMatch,
        settings,
        upload.md5,
      );
      const uploaded = {
        name: upload.name,
        path: upload.file.path,
        size: upload.file.size,
        reason: upload.reason,
        generation,
      };
      outcome.uploaded.push(uploaded);
      options.onUploaded?.(uploaded);
    } catch (error) {
      fail({ name: upload.name, path: upload.file.path, change: 'upload', ...failure(error) });
    }
  });

  if (outcome.failed.length > 0) {
    outcome.deletesHeldBack = [...plan.deletes];
  } else {
    await forEachConcurrently(plan.deletes, concurrency, async (extraneous) => {
      try {
        await deleteIfUnchanged(storage, plan.destination.bucket, extraneous, settings);
        outcome.deleted.push(extraneous);
      } catch (error) {
        fail({ name: extraneous.name, change: 'delete', ...failure(error) });
      }
    });
  }
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  outcome.uploaded.sort(byName);
  outcome.deleted.sort(byName);
  outcome.failed.sort(byName);
  return outcome;
}

/** Deletes the generation the plan saw; gone already is fine, a newer one is left alone. */
async function deleteIfUnchanged(
  storage: Storage,
  bucket: string,
  extraneous: PlannedDelete,
  settings: UploadSettings,
): Promise<void> {
  const object = storage.bucket(bucket).file(extraneous.name);
  try {
    await withStorageRetries(
      () => object.delete({ ifGenerationMatch: extraneous.generation }),
      settings.retryPolicy,
    );
  } catch (error) {
    if (isNotFound(error)) return;
    if (isPreconditionFailure(error)) {
      throw new Error(
        `it was rewritten by another writer during the sync (was generation ${extraneous.generation}); left in place`,
      );
    }
    throw error;
  }
}

function failure(error: unknown): Pick<FailedChange, 'reason' | 'advice'> {
  const advice = storageAccessAdvice(error);
  return { reason: briefReason(error), ...(advice === undefined ? {} : { advice }) };
}
