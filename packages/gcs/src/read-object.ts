import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { File, Storage } from '@google-cloud/storage';
import { formatGsUri, type GsUri } from './gs-uri.ts';
import { type MediaResponse, mediaRequest } from './media-request.ts';
import { asNotFound } from './not-found.ts';
import { objectFile } from './object-file.ts';
import { storageCallFailure } from './storage-failure.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withStorageRetries } from './storage-retry.ts';

/**
 * The whole content of one object, checked against the MD5 the server sends. A missing bucket
 * or object is a NotFoundError naming the gs:// URI; 429, 5xx and dropped connections are
 * retried (not through file.download(), which crashes the process on a retried download).
 */
export async function readObject(
  storage: Storage,
  uri: GsUri,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<Buffer> {
  const file = objectFile(storage, uri, 'read');
  try {
    return await withStorageRetries(() => downloadOnce(file), policy);
  } catch (error) {
    throw readFailure(error, uri);
  }
}

/**
 * Like readObject, but the bytes of one generation (a decimal string, as listings give it): a
 * rewrite since then cannot change what is read. A generation that is no longer stored is a
 * NotFoundError naming `gs://bucket/name#generation`.
 */
export async function readObjectGeneration(
  storage: Storage,
  uri: GsUri,
  generation: string,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<Buffer> {
  const file = objectFile(storage, uri, 'read');
  try {
    return await withStorageRetries(() => downloadOnce(file, checkedGeneration(generation)), policy);
  } catch (error) {
    throw readFailure(error, uri, generation);
  }
}

/**
 * A stream of the object's bytes (or of `range`, both ends inclusive). Opening is retried like
 * readObject; once bytes flow, an error ends the stream and the caller decides (a stream cannot
 * be replayed). Nothing is buffered: for objects too large for readObject.
 */
export async function openObjectReadStream(
  storage: Storage,
  uri: GsUri,
  options: {
    range?: { start: number; end?: number };
    /** Read this generation (as listed), not whatever is live when the request arrives. */
    generation?: string;
    retryPolicy?: RetryPolicy;
  } = {},
): Promise<Readable> {
  const file = objectFile(storage, uri, 'read');
  const generation = options.generation === undefined ? undefined : checkedGeneration(options.generation);
  try {
    const { body } = await withStorageRetries(
      () => mediaRequest(file, options.range, generation),
      options.retryPolicy ?? DEFAULT_RETRY_POLICY,
    );
    return body;
  } catch (error) {
    throw readFailure(error, uri, generation);
  }
}

function readFailure(error: unknown, uri: GsUri, generation?: string): Error {
  const shown = generation === undefined ? formatGsUri(uri) : `${formatGsUri(uri)}#${generation}`;
  return asNotFound(error, shown) ?? storageCallFailure('read', shown, error);
}

/** Generations are positive decimal integers; anything else would be sent to the server as is. */
function checkedGeneration(generation: string): string {
  if (!/^[1-9]\d*$/.test(generation)) {
    throw new TypeError(
      `An object generation is a positive decimal integer; got ${JSON.stringify(generation)}.`,
    );
  }
  return generation;
}

async function downloadOnce(file: File, generation?: string): Promise<Buffer> {
  const { response, body } = await mediaRequest(file, undefined, generation);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
  const data = Buffer.concat(chunks);
  const problem = integrityProblem(response, data);
  // A truncated or altered body is worth another attempt: report it as a dropped connection.
  if (problem !== undefined) throw Object.assign(new Error(problem), { code: 'ECONNRESET' });
  return data;
}

/** The body against the MD5 in x-goog-hash, when the bytes arrived as stored (not transcoded). */
function integrityProblem(response: MediaResponse, body: Buffer): string | undefined {
  const header = response.headers['x-goog-hash'];
  const encoding = response.headers['content-encoding'];
  const stored = response.headers['x-goog-stored-content-encoding'];
  if (typeof header !== 'string' || (encoding !== undefined && encoding !== 'identity')) return undefined;
  if (stored !== undefined && stored !== 'identity') return undefined;
  const md5 = /(?:^|,)\s*md5=([^,]+)/.exec(header)?.[1];
  if (md5 === undefined) return undefined;
  const actual = createHash('md5').update(body).digest('base64');
  return actual === md5
    ? undefined
    : `The downloaded bytes do not match the object's MD5 (${body.length} bytes).`;
}
