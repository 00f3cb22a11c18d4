import type { Storage } from '@google-cloud/storage';
import type { GsUri } from './gs-uri.ts';
import { guardedWrite, type WriteSource } from './guarded-write.ts';
import { objectFile } from './object-file.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './storage-retry.ts';
import { writeFailure } from './write-failure.ts';

export interface CreateResult {
  /** False when the object already existed: someone else holds the lock or wrote the marker. */
  created: boolean;
  /** The generation of the object now there (ours when created). */
  generation: string;
}

/** An object that vanished between our 412 and our look at it is created again, a few times at most. */
const MAX_ROUNDS = 3;

/**
 * Creates the object only if no live object has that name (`ifGenerationMatch: 0`), for markers
 * and locks. A retry that meets the object its own lost attempt created still reports
 * `created: true`; the server checks the MD5 of what arrived.
 */
export function writeObjectIfAbsent(
  storage: Storage,
  uri: GsUri,
  data: Buffer | string,
  contentType?: string,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<CreateResult> {
  const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return createIfAbsent(storage, uri, body, { contentType, policy });
}

/**
 * The create-if-absent loop for bytes or a stream (`source` opens a fresh one per attempt; give
 * its `md5Hash` so the server refuses anything else). One multipart request per attempt.
 */
export async function createIfAbsent(
  storage: Storage,
  uri: GsUri,
  source: WriteSource,
  options: {
    contentType?: string | undefined;
    md5Hash?: string | undefined;
    policy?: RetryPolicy | undefined;
  },
): Promise<CreateResult> {
  const file = objectFile(storage, uri, 'write');
  for (let round = 1; ; round++) {
    try {
      const result = await guardedWrite(file, source, {
        ifGenerationMatch: '0',
        resumable: false,
        retryPolicy: options.policy ?? DEFAULT_RETRY_POLICY,
        ...(options.contentType === undefined ? {} : { contentType: options.contentType }),
        ...(options.md5Hash === undefined ? {} : { md5Hash: options.md5Hash }),
      });
      if (result.generation !== undefined) return { created: result.written, generation: result.generation };
      if (round >= MAX_ROUNDS) throw new Error('the object kept appearing and disappearing');
    } catch (error) {
      throw writeFailure(error, uri, 'create');
    }
  }
}
