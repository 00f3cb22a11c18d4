import type { Storage } from '@google-cloud/storage';
import { ActionError } from '@mlops-actions/kit';
import { guardedWrite } from '../guarded-write.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../storage-retry.ts';
import { md5Base64 } from '../write-metadata.ts';
import { hashLocalFile } from './file-hashes.ts';
import { type LocalFile, openLocalFile, readLocalFile } from './local-file.ts';

export interface UploadSettings {
  /** Files larger than this go up as resumable uploads, in chunks the client can retry one by one. */
  resumableThreshold: number;
  /** Bytes per resumable request: a multiple of 256 KiB; the client holds one chunk in memory per upload. */
  chunkSize: number;
  retryPolicy: RetryPolicy;
}

/** 8 MiB, the size above which Google recommends resumable uploads and gsutil switches to them. */
export const DEFAULT_UPLOAD_SETTINGS: UploadSettings = {
  resumableThreshold: 8 << 20,
  chunkSize: 8 << 20,
  retryPolicy: DEFAULT_RETRY_POLICY,
};

/** Another writer changed the object between our listing and our write: it was not overwritten. */
export class ConcurrentWriteError extends ActionError {
  constructor(expected: string, found: string | undefined) {
    const was = expected === '0' ? 'absent' : `at generation ${expected}`;
    super(
      found === undefined
        ? `another writer deleted it during the sync (it was ${was}); left alone`
        : `another writer changed it during the sync (it was ${was}, now generation ${found}); not overwritten`,
    );
    this.name = 'ConcurrentWriteError';
  }
}

/**
 * Uploads one file only if the object is still at `ifGenerationMatch` ('0': absent). `md5` (from
 * the plan; computed when omitted) is declared with the upload, so the server refuses bytes that
 * changed since they were hashed. Small files are sent from memory, large ones streamed in chunks.
 * Resolves with the generation.
 */
export async function uploadLocalFile(
  storage: Storage,
  bucket: string,
  name: string,
  file: LocalFile,
  ifGenerationMatch: string,
  settings: UploadSettings = DEFAULT_UPLOAD_SETTINGS,
  md5?: string,
): Promise<string> {
  const resumable = file.size > settings.resumableThreshold;
  const data = resumable ? undefined : await readLocalFile(file.absolutePath, file.size);
  const md5Hash =
    md5 ??
    (data ? md5Base64(data) : (await hashLocalFile(file.absolutePath, { md5: true, crc32c: false })).md5);
  const result = await guardedWrite(
    storage.bucket(bucket).file(name),
    data ?? (() => streamLocalFile(file.absolutePath)),
    {
      ifGenerationMatch,
      resumable,
      chunkSize: settings.chunkSize,
      retryPolicy: settings.retryPolicy,
      ...(md5Hash === undefined ? {} : { md5Hash }),
    },
  );
  if (!result.written) throw new ConcurrentWriteError(ifGenerationMatch, result.generation);
  return result.generation;
}

/** A fresh pass over the file for each attempt: the client calls this again when it retries. */
async function* streamLocalFile(absolutePath: string): AsyncIterable<Buffer> {
  yield* (await openLocalFile(absolutePath)) as AsyncIterable<Buffer>;
}
