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
 * A stream of the object's bytes (or of `range`, both ends inclusive). Opening is retried like
 * readObject; once bytes flow, an error ends the stream and the caller decides (a stream cannot
 * be replayed). Nothing is buffered: for objects too large for readObject.
 */
export async function openObjectReadStream(
  storage: Storage,
  uri: GsUri,
  options: {
    range?: { start: number; end?: number };
    /** Read exactly this generation (a listing's), so a rewrite meanwhile cannot mix versions. */
    generation?: string;
    retryPolicy?: RetryPolicy;
  } = {},
): Promise<Readable> {
  const file = objectFile(storage, uri, 'read');
  try {
    const { body } = await withStorageRetries(
      () => mediaRequest(file, options.range, options.generation),
      options.retryPolicy ?? DEFAULT_RETRY_POLICY,
    );
    return body;
  } catch (error) {
    throw readFailure(error, uri);
  }
}

function readFailure(error: unknown, uri: GsUri): Error {
  const shown = formatGsUri(uri);
  return asNotFound(error, shown) ?? storageCallFailure('read', shown, error);
}

async function downloadOnce(file: File): Promise<Buffer> {
  const { response, body } = await mediaRequest(file);
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
