import type { Storage } from '@google-cloud/storage';
import { StorageCallError } from './errors.ts';
import { formatGsUri, type GsUri } from './gs-uri.ts';
import { guardedWrite, type WriteSource } from './guarded-write.ts';
import { objectFile } from './object-file.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './storage-retry.ts';
import { writeFailure } from './write-failure.ts';

export interface WriteObjectOptions {
  /** The generation the object must still have ('0' or 0: it must not exist yet). Required: every write is conditional. */
  ifGenerationMatch: string | number;
  contentType?: string;
  /** Base64 MD5 of the bytes, so the server refuses anything else; computed for bytes, none for a stream unless given. */
  md5Hash?: string;
  /** Send as a resumable upload in chunks (default: for a stream source). */
  resumable?: boolean;
  chunkSize?: number;
  retryPolicy?: RetryPolicy;
}

/** 8 MiB: Google's suggested minimum chunk for resumable uploads. */
const DEFAULT_CHUNK = 8 << 20;

/**
 * Writes an object from bytes or from a stream (`source` opens a fresh one for every attempt, so
 * a retry can start again). The write happens only if the object still has `ifGenerationMatch`;
 * otherwise a StorageCallError with status 412 says what is there now. Resolves with the new
 * generation.
 */
export async function writeObject(
  storage: Storage,
  uri: GsUri,
  source: WriteSource | string,
  options: WriteObjectOptions,
): Promise<{ generation: string }> {
  const file = objectFile(storage, uri, 'write');
  const data = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const resumable = options.resumable ?? !Buffer.isBuffer(data);
  let result: Awaited<ReturnType<typeof guardedWrite>>;
  try {
    result = await guardedWrite(file, data, {
      ifGenerationMatch: String(options.ifGenerationMatch),
      resumable,
      chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
      retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
      ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
      ...(options.md5Hash === undefined ? {} : { md5Hash: options.md5Hash }),
    });
  } catch (error) {
    throw writeFailure(error, uri, 'write');
  }
  if (result.written) return { generation: result.generation };
  const shown = formatGsUri(uri);
  const expected =
    String(options.ifGenerationMatch) === '0' ? 'no object' : `generation ${options.ifGenerationMatch}`;
  const found = result.generation === undefined ? 'none' : `generation ${result.generation}`;
  throw new StorageCallError(
    `Did not write ${shown}: another writer changed it (expected ${expected}, found ${found}).`,
    shown,
    412,
  );
}
