import { createReadStream } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import { seedFixture } from '@mlops-actions/testing';
import { describe, expect, it } from 'vitest';
import { countRecords, detectCompression, readRecords, writeRecords } from '../src/index.ts';
import { CIFAR_FILES, catchError, cifarBytes, collect, inChunks, recordLayout } from './helpers.ts';

describe('readRecords / countRecords', () => {
  for (const name of CIFAR_FILES) {
    it(`counts the 128 records of ${name} from a file stream, plain, GZIP and ZLIB`, async () => {
      const file = cifarBytes(name);
      expect(await countRecords(createReadStream(seedFixture(name)))).toBe(128);
      expect(await countRecords(inChunks(gzipSync(file), 4096))).toBe(128);
      expect(await countRecords(inChunks(deflateSync(file), 4096))).toBe(128);
    });
  }

  it('yields every payload exactly as framed, whatever the chunk size (1 byte to whole file)', async () => {
    const file = cifarBytes();
    const layout = recordLayout(file);
    for (const size of [1, 3, 12, 13, 16, 4099, file.length]) {
      const payloads: Uint8Array[] = [];
      for await (const payload of readRecords(inChunks(file, size))) payloads.push(payload);
      expect(payloads.map((p) => p.length)).toEqual(layout.map((r) => r.length));
      layout.forEach(({ offset, length }, i) => {
        expect(
          Buffer.from(payloads[i] as Uint8Array).equals(file.subarray(offset + 12, offset + 12 + length)),
        ).toBe(true);
      });
    }
  });

  it('detects the compression from the bytes, not the name; an explicit choice is used as given', async () => {
    const file = cifarBytes();
    expect(detectCompression(file)).toBe('none');
    expect(detectCompression(gzipSync(file))).toBe('gzip');
    expect(detectCompression(deflateSync(file))).toBe('zlib');
    expect(await countRecords(inChunks(gzipSync(file), 61), { compression: 'gzip' })).toBe(128);
    expect(await countRecords([deflateSync(file)], { compression: 'zlib' })).toBe(128);
    const wrong = await catchError(() => countRecords([gzipSync(file)], { compression: 'none' }));
    expect(wrong).toMatchObject({ kind: 'length-crc', recordIndex: 0, offset: 0 });
    await expect(countRecords([file], { compression: 'lz4' as 'none' })).rejects.toThrow(
      'compression: "lz4" is not one of auto, none, gzip, zlib',
    );
  });

  it('reads a file whose first record length looks like a zlib or gzip header as uncompressed', async () => {
    // Length 40056 is 78 9c little-endian: the usual zlib header. 35615 is 1f 8b: gzip's magic.
    for (const length of [40056, 35615 + 8 * 65536]) {
      const file = await collect(writeRecords([new Uint8Array(length).fill(7), new Uint8Array(3)]));
      expect(detectCompression(file)).toBe('none');
      expect(await countRecords(inChunks(file, 5))).toBe(2);
    }
  });

  it('reads an empty stream as zero records, in every compression', async () => {
    expect(await countRecords([])).toBe(0);
    expect(await countRecords([gzipSync(new Uint8Array(0))])).toBe(0);
    expect(await countRecords([deflateSync(new Uint8Array(0))])).toBe(0);
  });

  it('passes errors of the source itself through unchanged', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield cifarBytes().subarray(0, 5000);
      throw new Error('connection reset by peer');
    }
    await expect(countRecords(failing())).rejects.toThrow('connection reset by peer');
    async function* failingGzip(): AsyncGenerator<Uint8Array> {
      yield gzipSync(cifarBytes()).subarray(0, 5000);
      throw new Error('connection reset by peer');
    }
    await expect(countRecords(failingGzip())).rejects.toThrow('connection reset by peer');
  });

  it('stops the source when the reader stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield* inChunks(cifarBytes(), 1000);
      } finally {
        closed = true;
      }
    }
    for await (const _ of readRecords(source())) break;
    expect(closed).toBe(true);
  });
});
