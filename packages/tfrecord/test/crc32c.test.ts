import { describe, expect, it } from 'vitest';
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
