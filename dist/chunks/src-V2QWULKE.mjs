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
  singleFileTree,
  storageAccessAdvice,
  uploadLocalFile,
  walkFolder,
  withStorageRetries,
  writeObject,
  writeObjectIfAbsent
} from "./chunk-CHEOUKBA.mjs";
import "./chunk-NQ33GZKI.mjs";
import "./chunk-7565YPGE.mjs";
import "./chunk-PNSD3HTM.mjs";
import "./chunk-J364DNAW.mjs";
import {
  bucketNameProblem,
  formatGsUri,
  gsUriMistake,
  objectNameProblem,
  objectUri,
  parseGsUri
} from "./chunk-EGX2IC62.mjs";
import "./chunk-GPU257TG.mjs";
import "./chunk-DG4EUAX2.mjs";
import "./chunk-MW66I2ZP.mjs";
import "./chunk-QW7CM5VB.mjs";
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
  singleFileTree,
  storageAccessAdvice,
  uploadLocalFile,
  walkFolder,
  withStorageRetries,
  writeObject,
  writeObjectIfAbsent
};
