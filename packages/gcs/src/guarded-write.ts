import type { File, FileMetadata } from '@google-cloud/storage';
import { isNotFound, isPreconditionFailure } from './api-error.ts';
import { type RetryPolicy, withStorageRetries } from './storage-retry.ts';
import { md5Base64, newWriteId, WRITE_ID_KEY, writeIdOf } from './write-metadata.ts';

/** Bytes in memory, or a function that opens a fresh stream for each attempt. */
export type WriteSource = Buffer | (() => AsyncIterable<Buffer | Uint8Array>);

export interface GuardedWriteOptions {
  /** The generation the object must have for the write to happen; '0': it must not exist. */
  ifGenerationMatch: string;
  contentType?: string;
  /** Base64 MD5 of the bytes, so the server refuses others; computed for a Buffer when omitted. */
  md5Hash?: string;
  /** A resumable upload, in chunks of `chunkSize` that the client retries one by one. */
  resumable: boolean;
  chunkSize?: number;
  retryPolicy: RetryPolicy;
}

export type GuardedWriteResult =
  | { written: true; generation: string }
  /** Another writer got there first; `generation` is what is there now (undefined: nothing). */
  | { written: false; generation: string | undefined };

/**
 * One conditional write. The precondition turns the client's own retries on (it retries only
 * conditional writes); what it gives up on (a dropped multipart request, a resumable upload out of
 * retries) is retried here. When a retry meets 412 because the lost answer was to our own write,
 * the write id in the object's metadata says so, and the write counts as done.
 */
export async function guardedWrite(
  file: File,
  source: WriteSource,
  options: GuardedWriteOptions,
): Promise<GuardedWriteResult> {
  const writeId = newWriteId();
  const md5Hash = options.md5Hash ?? (Buffer.isBuffer(source) ? md5Base64(source) : undefined);
  const saveOptions = {
    resumable: options.resumable,
    // The server checks the declared MD5. The client's own check is off: it would hash everything
    // again, and on a mismatch it deletes the object without a precondition.
    validation: false as const,
    preconditionOpts: { ifGenerationMatch: options.ifGenerationMatch },
    metadata: {
      ...(md5Hash === undefined ? {} : { md5Hash }),
      ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
      metadata: { [WRITE_ID_KEY]: writeId },
    },
    ...(options.resumable && options.chunkSize !== undefined ? { chunkSize: options.chunkSize } : {}),
  };
  try {
    await withStorageRetries(() => file.save(source, saveOptions), options.retryPolicy);
    return { written: true, generation: String(file.metadata.generation ?? '') };
  } catch (error) {
    if (!isPreconditionFailure(error)) throw error;
  }
  let metadata: FileMetadata;
  try {
    [metadata] = await withStorageRetries(() => file.getMetadata(), options.retryPolicy);
  } catch (error) {
    if (isNotFound(error)) return { written: false, generation: undefined };
    throw error;
  }
  const generation = String(metadata.generation ?? '');
  return writeIdOf(metadata) === writeId ? { written: true, generation } : { written: false, generation };
}
