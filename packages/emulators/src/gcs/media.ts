import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { rangeNotSatisfiable } from './errors.ts';
import type { ObjectRecord } from './model.ts';
import { objectEtag } from './resources.ts';

/**
 * An object's bytes (alt=media), https://cloud.google.com/storage/docs/json_api/v1/objects/get:
 * `x-goog-hash` carries crc32c (and md5 unless composite) of the whole stored object, which
 * the client checks; `x-goog-stored-content-encoding` tells it whether it may. A single `Range`
 * gets 206, or 416 when it starts past the end; several ranges or a malformed header are ignored,
 * as RFC 9110 allows. A gzip-encoded object goes out decompressed, whole, to a client that does
 * not accept gzip (https://cloud.google.com/storage/docs/transcoding).
 */
export function sendMedia(
  req: IncomingMessage,
  res: ServerResponse,
  record: ObjectRecord,
  stored: Buffer,
): void {
  const hashes = record.md5Hash ? `crc32c=${record.crc32c},md5=${record.md5Hash}` : `crc32c=${record.crc32c}`;
  const headers: Record<string, string> = {
    'content-type': record.contentType,
    'x-goog-hash': hashes,
    'x-goog-generation': String(record.generation),
    'x-goog-metageneration': String(record.metageneration),
    'x-goog-stored-content-encoding': record.contentEncoding ?? 'identity',
    'x-goog-stored-content-length': String(record.size),
    'x-goog-storage-class': record.storageClass,
    etag: objectEtag(record),
    'last-modified': new Date(record.updated).toUTCString(),
    'accept-ranges': 'bytes',
  };
  if (record.contentDisposition) headers['content-disposition'] = record.contentDisposition;
  if (record.contentLanguage) headers['content-language'] = record.contentLanguage;
  if (record.cacheControl) headers['cache-control'] = record.cacheControl;

  let data = stored;
  if (record.contentEncoding === 'gzip') {
    if (!acceptsGzip(req)) {
      // Decompressive transcoding ignores Range and serves the whole object.
      data = gunzipSync(stored);
      send(res, 200, headers, data);
      return;
    }
    headers['content-encoding'] = 'gzip';
  }

  const range = parseRange(req.headers.range, data.length);
  if (range === 'unsatisfiable') throw rangeNotSatisfiable(data.length);
  if (range === undefined) {
    send(res, 200, headers, data);
    return;
  }
  headers['content-range'] = `bytes ${range.start}-${range.end}/${data.length}`;
  send(res, 206, headers, data.subarray(range.start, range.end + 1));
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer): void {
  res.writeHead(status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /(^|,)\s*gzip\s*(;|,|$)/i.test(req.headers['accept-encoding'] ?? '');
}

/** One `bytes=` range, inclusive; undefined to serve everything. */
function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  // `bytes=5-2` is not a valid range at all, so the header is ignored.
  if (match[2] !== '' && Number(match[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1) };
}
