export { briefReason, httpStatus, isPreconditionFailure, isRetryableStorageError } from './api-error.ts';
export { bucketNameProblem } from './bucket-name.ts';
export { NotFoundError, StorageCallError } from './errors.ts';
export { formatGsUri, type GsUri, objectUri, parseGsUri } from './gs-uri.ts';
export { type GsUriMistake, gsUriMistake } from './gs-uri-mistake.ts';
export {
  type GuardedWriteOptions,
  type GuardedWriteResult,
  guardedWrite,
  type WriteSource,
} from './guarded-write.ts';
export {
  countObjects,
  type ListedObject,
  type ListOptions,
  listObjects,
  type ObjectCount,
  relativeName,
} from './list-objects.ts';
export { objectNameProblem } from './object-name.ts';
export { openObjectReadStream, readObject, readObjectGeneration } from './read-object.ts';
export { createStorage, type StorageClientOptions } from './storage-client.ts';
export { storageAccessAdvice } from './storage-failure.ts';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, withStorageRetries } from './storage-retry.ts';
export { forEachConcurrently } from './sync/concurrency.ts';
export { type FileHashes, hashLocalFile } from './sync/file-hashes.ts';
export {
  createSelection,
  type FileSelection,
  globProblem,
  type SelectionOptions,
  UnjudgeableFileError,
} from './sync/file-selection.ts';
export {
  defaultIgnoreRules,
  IGNORE_FILE_NAME,
  IgnoreFileError,
  type IgnoreRules,
  readIgnoreFile,
} from './sync/gcloudignore.ts';
export type { LocalFile } from './sync/local-file.ts';
export {
  type LeftOut,
  type LeftOutReason,
  type LocalTree,
  singleFileTree,
  walkFolder,
} from './sync/local-tree.ts';
export {
  type ApplyOptions,
  applySync,
  type FailedChange,
  type SyncOutcome,
  type UploadedObject,
} from './sync/sync-apply.ts';
export {
  type PlannedDelete,
  type PlannedSkip,
  type PlannedUpload,
  type PlanOptions,
  planSync,
  type SyncDestination,
  type SyncPlan,
} from './sync/sync-plan.ts';
export {
  ConcurrentWriteError,
  DEFAULT_UPLOAD_SETTINGS,
  type UploadSettings,
  uploadLocalFile,
} from './sync/upload-local-file.ts';
export { type WriteObjectOptions, writeObject } from './write-object.ts';
export { type CreateResult, writeObjectIfAbsent } from './write-object-if-absent.ts';
export { type OpenStream, writeStreamIfAbsent } from './write-stream-if-absent.ts';
