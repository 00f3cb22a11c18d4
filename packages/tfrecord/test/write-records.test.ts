import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countRecords, detectCompression, readRecords, writeRecords } from '../src/index.ts';
import { cifarBytes, collect, inChunks } from './helpers.ts';

describe('writeRecords', () => {
  it('re-frames the 128 CIFAR-10 payloads into a file byte-identical to the one TensorFlow wrote', async () => {
    const file = cifarBytes();
    const payloads: Uint8Array[] = [];
    for await (const payload of readRecords([file])) payloads.push(payload);
    expect(payloads).toHaveLength(128);
    expect((await collect(writeRecords(payloads))).equals(file)).toBe(true);
    // From an async source too.
    expect((await collect(writeRecords(inChunksOf(payloads)))).equals(file)).toBe(true);
  });

  it('writes GZIP that gunzips to the same framing and reads back', async () => {
    const file = cifarBytes();
    const payloads: Uint8Array[] = [];
    for await (const payload of readRecords([file])) payloads.push(payload);
    const gzip = await collect(writeRecords(payloads, { compression: 'gzip' }));
    expect(detectCompression(gzip)).toBe('gzip');
    expect(gunzipSync(gzip).equals(file)).toBe(true);
    expect(await countRecords(inChunks(gzip, 999))).toBe(128);
  });

  it('frames empty, small and large records (past its batch size) that read back exactly', async () => {
    const records = [0, 1, 11, 1000, 262_128, 262_129, 3_000_000, 0].map((size, i) => {
      const record = Buffer.alloc(size);
      for (let j = 0; j < size; j++) record[j] = (i * 31 + j) & 0xff;
      return record;
    });
    for (const compression of ['none', 'gzip'] as const) {
      const written = await collect(writeRecords(records, { compression }));
      const read: Uint8Array[] = [];
      for await (const payload of readRecords(inChunks(written, 4093))) read.push(payload);
      expect(read.map((r) => r.length)).toEqual(records.map((r) => r.length));
      read.forEach((payload, i) => {
        expect(Buffer.from(payload).equals(records[i] as Buffer)).toBe(true);
      });
    }
  });

  it('refuses an unknown compression and a record that is not bytes, before writing anything', async () => {
    await expect(
      collect(writeRecords([new Uint8Array(1)], { compression: 'zlib' as 'gzip' })),
    ).rejects.toThrow(`compression: "zlib" is not one of none, gzip (the writer's choices)`);
    await expect(collect(writeRecords(['text' as unknown as Uint8Array]))).rejects.toThrow(
      'record 0: expected a Uint8Array, got string',
    );
  });
});

async function* inChunksOf(payloads: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* payloads;
}
