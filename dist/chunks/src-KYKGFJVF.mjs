import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConcurrentWriteError,
  DEFAULT_RETRY_POLICY,
  DEFAULT_UPLOAD_SETTINGS,
  IGNORE_FILE_NAME,
  IgnoreFileError,
  NotFoundError,
  StorageCallError,
  UnjudgeableFileError,
  applySync,
  briefReason,
  countObjects,
  createSelection,
  createStorage,
  defaultIgnoreRules,
  forEachConcurrently,
  globProblem,
  guardedWrite,
  hashLocalFile,
  httpStatus,
  isPreconditionFailure,
  isRetryableStorageError,
  listObjects,
  openObjectReadStream,
  planSync,
  readIgnoreFile,
  readObject,
  readObjectGeneration,
  relativeName,
  singleFileTree,
  storageAccessAdvice,
  uploadLocalFile,
  walkFolder,
  withStorageRetries,
  writeObject,
  writeObjectIfAbsent
} from "./chunk-GVW2W2NF.mjs";
import "./chunk-QW7CM5VB.mjs";
import "./chunk-NQ33GZKI.mjs";
import "./chunk-MY3XDB4R.mjs";
import "./chunk-5AOMNDTN.mjs";
import "./chunk-3FTY7FXV.mjs";
import {
  bucketNameProblem,
  formatGsUri,
  gsUriMistake,
  objectNameProblem,
  objectUri,
  parseGsUri
} from "./chunk-SGEHCVR2.mjs";
import "./chunk-GPU257TG.mjs";
import "./chunk-DG4EUAX2.mjs";
import "./chunk-WK3NPAXO.mjs";
import "./chunk-LCBWELZU.mjs";
export {
  ConcurrentWriteError,
  DEFAULT_RETRY_POLICY,
  DEFAULT_UPLOAD_SETTINGS,
  IGNORE_FILE_NAME,
  IgnoreFileError,
  NotFoundError,
  StorageCallError,
  UnjudgeableFileError,
  applySync,
  briefReason,
  bucketNameProblem,
  countObjects,
  createSelection,
  createStorage,
  defaultIgnoreRules,
  forEachConcurrently,
  formatGsUri,
  globProblem,
  gsUriMistake,
  guardedWrite,
  hashLocalFile,
  httpStatus,
  isPreconditionFailure,
  isRetryableStorageError,
  listObjects,
  objectNameProblem,
  objectUri,
  openObjectReadStream,
  parseGsUri,
  planSync,
  readIgnoreFile,
  readObject,
  readObjectGeneration,
  relativeName,
  singleFileTree,
  storageAccessAdvice,
  uploadLocalFile,
  walkFolder,
  withStorageRetries,
  writeObject,
  writeObjectIfAbsent
};
