import { pipeline, Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { crc32c, maskCrc } from './crc32c.ts';

export interface WriteOptions {
  compression?: 'none' | 'gzip';
}

// Small records are framed into batches of this size, so a writer gets few, large chunks.
const BATCH_BYTES = 256 * 1024;
const OVERHEAD = 16;

/** Frames records (length, masked CRCs); gzip optional. Output chunks to write anywhere. */
export async function* writeRecords(
  records: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options?: WriteOptions,
): AsyncGenerator<Uint8Array> {
  const compression = options?.compression ?? 'none';
  if (compression !== 'none' && compression !== 'gzip') {
    throw new TypeError(
      `compression: ${JSON.stringify(compression)} is not one of none, gzip (the writer's choices)`,
    );
  }
  if (compression === 'none') {
    yield* frame(records);
    return;
  }
  const gzip = createGzip({ chunkSize: 64 * 1024 });
  pipeline(Readable.from(frame(records), { objectMode: false }), gzip, () => {});
  try {
    for await (const chunk of gzip) yield chunk as Uint8Array;
  } finally {
    gzip.destroy();
  }
}

async function* frame(records: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let batch = new Uint8Array(BATCH_BYTES);
  let view = new DataView(batch.buffer);
  let used = 0;
  let index = 0;
  for await (const record of records) {
    if (!(record instanceof Uint8Array)) {
      throw new TypeError(`record ${index}: expected a Uint8Array, got ${typeof record}`);
    }
    index++;
    const size = record.length + OVERHEAD;
    if (used + size > BATCH_BYTES && used > 0) {
      yield batch.subarray(0, used);
      batch = new Uint8Array(BATCH_BYTES);
      view = new DataView(batch.buffer);
      used = 0;
    }
    if (size > BATCH_BYTES) {
      // A large record goes out as it is, between its own header and footer.
      const header = new Uint8Array(12);
      writeHeader(new DataView(header.buffer), 0, header, record.length);
      const footer = new Uint8Array(4);
      new DataView(footer.buffer).setUint32(0, maskCrc(crc32c(record)), true);
      yield header;
      yield record;
      yield footer;
      continue;
    }
    writeHeader(view, used, batch, record.length);
    batch.set(record, used + 12);
    view.setUint32(used + 12 + record.length, maskCrc(crc32c(record)), true);
    used += size;
  }
  if (used > 0) yield batch.subarray(0, used);
}

function writeHeader(view: DataView, at: number, bytes: Uint8Array, length: number): void {
  view.setUint32(at, length >>> 0, true);
  view.setUint32(at + 4, Math.floor(length / 2 ** 32), true);
  view.setUint32(at + 8, maskCrc(crc32c(bytes.subarray(at, at + 8))), true);
}
