import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countRecords, readRecords, TFRecordError } from '../src/index.ts';
import { catchError, cifarBytes, inChunks, recordLayout } from './helpers.ts';

const file = cifarBytes();
const layout = recordLayout(file);

async function readAll(bytes: Uint8Array, chunk = 1000): Promise<{ read: number; error: unknown }> {
  let read = 0;
  const error = await catchError(async () => {
    for await (const _ of readRecords(inChunks(bytes, chunk))) read++;
  });
  return { read, error };
}

function flip(bytes: Buffer, at: number, bits: number): void {
  bytes.writeUInt8(bytes.readUInt8(at) ^ bits, at);
}

function copy(): Buffer {
  return Buffer.from(file);
}

describe('corrupt and truncated TFRecords', () => {
  it('length-crc: a flipped bit in a record length', async () => {
    const bad = copy();
    const { offset } = layout[5] as { offset: number };
    flip(bad, offset + 1, 0x04);
    const { read, error } = await readAll(bad);
    expect(error).toBeInstanceOf(TFRecordError);
    expect(error).toMatchObject({ kind: 'length-crc', recordIndex: 5, offset });
    expect(read).toBe(5);
    expect((error as Error).message).toBe(
      `TFRecord length-crc at record 5 (offset ${offset}): the masked CRC32C of the record length does not match`,
    );
  });

  it('data-crc: a flipped byte in a record payload (the records before it still come out)', async () => {
    const bad = copy();
    const { offset, length } = layout[3] as { offset: number; length: number };
    flip(bad, offset + 12 + Math.floor(length / 2), 0xff);
    for (const chunk of [1, 7, 1000, bad.length]) {
      const { read, error } = await readAll(bad, chunk);
      expect(error).toMatchObject({ kind: 'data-crc', recordIndex: 3, offset });
      expect(read).toBe(3);
    }
    await expect(countRecords([bad])).rejects.toMatchObject({ kind: 'data-crc', recordIndex: 3 });
  });

  it('data-crc: a flipped bit in the stored data CRC itself', async () => {
    const bad = copy();
    const { offset, length } = layout[127] as { offset: number; length: number };
    flip(bad, offset + 12 + length + 2, 0x01);
    expect((await readAll(bad)).error).toMatchObject({ kind: 'data-crc', recordIndex: 127, offset });
  });

  it('truncated-header: the stream ends inside a record header', async () => {
    const { offset } = layout[10] as { offset: number };
    const { read, error } = await readAll(file.subarray(0, offset + 5), 3);
    expect(error).toMatchObject({ kind: 'truncated-header', recordIndex: 10, offset });
    expect(read).toBe(10);
  });

  it('truncated-data: the stream ends inside the data, or inside its CRC', async () => {
    const { offset, length } = layout[10] as { offset: number; length: number };
    for (const end of [offset + 12, offset + 12 + 100, offset + 12 + length + 3]) {
      const { read, error } = await readAll(file.subarray(0, end));
      expect(error).toMatchObject({ kind: 'truncated-data', recordIndex: 10, offset });
      expect(read).toBe(10);
    }
  });

  it('decompress: a GZIP file cut short, and one with a corrupt deflate stream', async () => {
    const gzip = gzipSync(file);
    const cut = await readAll(gzip.subarray(0, Math.floor(gzip.length / 2)));
    expect(cut.error).toBeInstanceOf(TFRecordError);
    expect(cut.error).toMatchObject({ kind: 'decompress', recordIndex: cut.read });
    expect((cut.error as TFRecordError).offset).toBe(layout[cut.read]?.offset);
    expect(cut.read).toBeGreaterThan(0);

    // The first deflate block (after gzip's 10-byte header) set to the reserved block type 11.
    const badBlock = Buffer.from(gzip);
    badBlock[10] = (badBlock[10] as number) | 0x06;
    const first = await readAll(badBlock);
    expect(first.error).toMatchObject({ kind: 'decompress', recordIndex: 0, offset: 0 });
    expect((first.error as Error).message).toMatch(/^TFRecord decompress at record 0 \(offset 0\): .*gzip: /);

    // gzip's own CRC-32 of the whole file, in its trailer: found at the end (zlib holds back its
    // last output with the error), and the error names the record it was reading.
    const badTrailer = Buffer.from(gzip);
    flip(badTrailer, badTrailer.length - 6, 0x01);
    const last = await readAll(badTrailer);
    expect(last.read).toBeGreaterThan(100);
    expect(last.error).toMatchObject({ kind: 'decompress', recordIndex: last.read });
    expect((last.error as TFRecordError).offset).toBe(layout[last.read]?.offset);
  });
});
