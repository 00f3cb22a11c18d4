import { pipeline, Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import { type Compression, DETECTION_BYTES, detectCompression } from './compression.ts';
import type { FrameParser } from './frame-parser.ts';
import { TFRecordError } from './tfrecord-error.ts';

export interface ReadOptions {
  /** 'auto' (default): from the first bytes, see detectCompression. */
  compression?: Compression | 'auto';
}

/** A Node Readable (file, Cloud Storage download) or any iterable of byte chunks. */
export type RecordSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const ACCEPTED = ['auto', 'none', 'gzip', 'zlib'];
const INFLATE_CHUNK = 64 * 1024;

/**
 * The uncompressed bytes of a TFRecord stream, chunk by chunk. Decompression errors become
 * TFRecordError 'decompress' at the record the parser was reading; errors of the source itself
 * (a dropped connection, a missing file) pass through unchanged.
 */
export async function* uncompressedChunks(
  source: RecordSource,
  options: ReadOptions | undefined,
  parser: FrameParser,
): AsyncGenerator<Uint8Array> {
  const wanted = options?.compression ?? 'auto';
  if (!ACCEPTED.includes(wanted)) {
    throw new TypeError(`compression: ${JSON.stringify(wanted)} is not one of ${ACCEPTED.join(', ')}`);
  }
  const iterator = iterate(source);
  const head: Uint8Array[] = [];
  let compression: Compression;
  if (wanted === 'auto') {
    let headBytes = 0;
    while (headBytes < DETECTION_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      headBytes += next.value.length;
    }
    compression = detectCompression(concat(head, DETECTION_BYTES));
  } else {
    compression = wanted;
  }
  const rest = resume(head, iterator);
  if (compression === 'none') {
    yield* rest;
    return;
  }
  const inflater =
    compression === 'gzip'
      ? createGunzip({ chunkSize: INFLATE_CHUNK })
      : createInflate({ chunkSize: INFLATE_CHUNK });
  // Errors reach us through the inflater's iterator; pipeline destroys both sides on any end.
  pipeline(Readable.from(rest, { objectMode: false }), inflater, () => {});
  try {
    for await (const chunk of inflater) yield chunk as Uint8Array;
  } catch (error) {
    if (isZlibError(error)) {
      throw new TFRecordError(
        'decompress',
        parser.index,
        parser.offset,
        `${compression}: ${(error as Error).message}`,
      );
    }
    throw error;
  } finally {
    inflater.destroy();
  }
}

function iterate(source: RecordSource): AsyncIterator<Uint8Array> {
  const candidate = source as Partial<AsyncIterable<Uint8Array> & Iterable<Uint8Array>> | null;
  const asyncIterator = candidate?.[Symbol.asyncIterator];
  if (typeof asyncIterator === 'function') return asyncIterator.call(source);
  const syncIterator = candidate?.[Symbol.iterator];
  if (typeof syncIterator === 'function') {
    const sync: Iterator<Uint8Array> = syncIterator.call(source);
    return {
      next: async () => sync.next(),
      return: async () => sync.return?.() ?? { done: true, value: undefined },
    };
  }
  throw new TypeError('source: expected an async iterable of Uint8Array chunks (e.g. a Node Readable)');
}

async function* resume(head: Uint8Array[], iterator: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  let finished = false;
  try {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (an error downstream, a consumer that breaks): let the source clean up.
    if (!finished) await iterator.return?.();
  }
}

function concat(parts: Uint8Array[], limit: number): Uint8Array {
  const total = Math.min(
    limit,
    parts.reduce((sum, part) => sum + part.length, 0),
  );
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    if (at >= total) break;
    const piece = part.subarray(0, total - at);
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}

function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
