import { describe, expect, it } from 'vitest';
import { countRecords, crc32c, maskCrc, readRecords } from '../src/index.ts';

const MiB = 1 << 20;

/** A record of `size` bytes delivered in `chunk`-byte pieces that are made on the fly, never kept. */
function* hugeRecordPieces(size: number, chunk: number): Generator<Uint8Array> {
  const piece = new Uint8Array(chunk);
  for (let at = 0; at < size; at += chunk) {
    piece.fill((at / chunk) & 0xff);
    yield piece.subarray(0, Math.min(chunk, size - at));
  }
}

function header(length: number): Uint8Array {
  const bytes = new Uint8Array(12);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, length >>> 0, true);
  view.setUint32(4, Math.floor(length / 2 ** 32), true);
  view.setUint32(8, maskCrc(crc32c(bytes.subarray(0, 8))), true);
  return bytes;
}

function footer(crc: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, maskCrc(crc), true);
  return bytes;
}

describe('constant memory', () => {
  it('counts a 512 MiB record delivered in 64 KiB pieces without holding it (RSS stays bounded)', async () => {
    const size = 512 * MiB;
    const chunk = 64 * 1024;
    let crc = 0;
    for (const piece of hugeRecordPieces(size, chunk)) crc = crc32c(piece, crc);
    let peak = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      yield header(size);
      let n = 0;
      for (const piece of hugeRecordPieces(size, chunk)) {
        // Fresh copies, as a network stream hands out: holding them would grow memory.
        yield Uint8Array.from(piece);
        if (++n % 256 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
      yield footer(crc);
      yield header(0);
      yield footer(0);
    }
    const before = process.memoryUsage().rss;
    expect(await countRecords(source())).toBe(2);
    expect(peak - before).toBeLessThan(128 * MiB);
  });

  it('reads 300 MB of 1 MiB records through readRecords, 1 KiB chunks, without growing', async () => {
    const record = new Uint8Array(MiB).fill(9);
    const framed = new Uint8Array(12 + MiB + 4);
    framed.set(header(MiB));
    framed.set(record, 12);
    framed.set(footer(crc32c(record)), 12 + MiB);
    let peak = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 300; i++) {
        for (let at = 0; at < framed.length; at += 1024) yield framed.slice(at, at + 1024);
        peak = Math.max(peak, process.memoryUsage().rss);
      }
    }
    const before = process.memoryUsage().rss;
    let count = 0;
    for await (const payload of readRecords(source())) {
      expect(payload.length).toBe(MiB);
      count++;
    }
    expect(count).toBe(300);
    expect(peak - before).toBeLessThan(128 * MiB);
  });
});
