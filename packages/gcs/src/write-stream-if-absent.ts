import { createHash } from 'node:crypto';
import type { Storage } from '@google-cloud/storage';
import type { GsUri } from './gs-uri.ts';
import type { RetryPolicy } from './storage-retry.ts';
import { type CreateResult, createIfAbsent } from './write-object-if-absent.ts';

/** Opens the bytes to write from their start; called once to hash them and once per attempt. */
export type OpenStream = () => AsyncIterable<Buffer | Uint8Array>;

/**
 * writeObjectIfAbsent for content too large to hold (a manifest of 100,000 entries assembled
 * from a temporary file): streamed, never in memory whole. The bytes are read once first for
 * their MD5, so the server refuses a body that differs, and a retry whose lost first attempt
 * created the object recognises it (412 with our write id) and reports `created: true`.
 */
export async function writeStreamIfAbsent(
  storage: Storage,
  uri: GsUri,
  open: OpenStream,
  contentType?: string,
  policy?: RetryPolicy,
): Promise<CreateResult> {
  const md5 = createHash('md5');
  for await (const chunk of open()) md5.update(chunk);
  return createIfAbsent(storage, uri, open, { contentType, md5Hash: md5.digest('base64'), policy });
}
