import { describe, expect, it } from 'vitest';
import { crc32cRange, wordsOf } from '../src/crc32c.ts';
import { crc32c, maskCrc } from '../src/index.ts';
import { cifarBytes } from './helpers.ts';

describe('crc32c', () => {
  it('matches the RFC 3720 (iSCSI) test vectors', () => {
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(0))).toBe(0);
  });

  it('gives the same CRC whatever the alignment and however the data is split', () => {
    const data = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919 + (i >>> 8)) & 0xff);
    const bitwise = referenceCrc32c(data);
    expect(crc32c(data)).toBe(bitwise);
    for (const shift of [1, 2, 3, 5]) {
      const shifted = new Uint8Array(data.length + shift);
      shifted.set(data, shift);
      expect(crc32c(shifted.subarray(shift))).toBe(bitwise);
    }
    for (const cut of [0, 1, 15, 16, 17, 4096, 99_999]) {
      expect(crc32c(data.subarray(cut), crc32c(data.subarray(0, cut)))).toBe(bitwise);
    }
  });

  it('gives the same CRC over offsets, with one word view made for the whole chunk', () => {
    const data = Uint8Array.from({ length: 4_099 }, (_, i) => (i * 31 + (i >>> 5)) & 0xff);
    for (const shift of [0, 1, 2, 3]) {
      // A chunk at every alignment in its buffer, ending at the very end of it (no word past it).
      const buffer = new Uint8Array(data.length + shift);
      buffer.set(data, shift);
      const chunk = buffer.subarray(shift);
      const words = wordsOf(chunk);
      for (const [start, end] of [
        [0, 4_099],
        [1, 18],
        [3, 3],
        [7, 4_096],
        [4_090, 4_099],
        [4_097, 4_099],
      ] as const) {
        const expected = referenceCrc32c(data.subarray(start, end));
        expect(crc32cRange(chunk, start, end, 0, words)).toBe(expected);
        expect(crc32cRange(chunk, start, end)).toBe(expected);
      }
      // Continued over two ranges, as the parser does for a record split across chunks.
      expect(crc32cRange(chunk, 100, 4_099, crc32cRange(chunk, 0, 100, 0, words), words)).toBe(
        referenceCrc32c(data),
      );
    }
    // Three bytes at the end of a buffer: no aligned word inside the chunk.
    const tail = new Uint8Array(7).fill(9).subarray(4);
    expect(wordsOf(tail).length).toBe(0);
    expect(crc32cRange(tail, 0, 3, 0, wordsOf(tail))).toBe(referenceCrc32c(tail));
  });

  it('masks as TensorFlow does (rotate right 15, add 0xa282ead8)', () => {
    // Known pair: the first record header TensorFlow wrote into the CIFAR-10 seed file.
    const head = cifarBytes().subarray(0, 12);
    expect(maskCrc(crc32c(head.subarray(0, 8)))).toBe(head.readUInt32LE(8));
    expect(maskCrc(0)).toBe(0xa282ead8);
    expect(maskCrc(0xffffffff)).toBe((0xffffffff + 0xa282ead8) >>> 0);
  });
});

/** One bit at a time, straight from the definition. */
function referenceCrc32c(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
