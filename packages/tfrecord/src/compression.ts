import { crc32c, maskCrc } from './crc32c.ts';

/** TensorFlow's three TFRecord compression types ('' / 'GZIP' / 'ZLIB'). */
export type Compression = 'none' | 'gzip' | 'zlib';

/** How many leading bytes detectCompression wants to see to be sure (one record header). */
export const DETECTION_BYTES = 12;

/**
 * The compression of a TFRecord stream from its first bytes. An uncompressed file's first bytes
 * are a record length, which can look like a gzip or zlib header (length 40056 starts 78 9c, the
 * common zlib header), so a valid first record header — length and its masked CRC32C — wins;
 * then gzip (1f 8b 08), then zlib (deflate, CMF/FLG check per RFC 1950, no preset dictionary);
 * 'none' otherwise, where reading then reports what is wrong.
 */
export function detectCompression(head: Uint8Array): Compression {
  if (head.length >= DETECTION_BYTES && isRecordHeader(head)) return 'none';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 2) {
    const cmf = head[0] as number;
    const flg = head[1] as number;
    const deflate = (cmf & 0x0f) === 8 && cmf >>> 4 <= 7;
    if (deflate && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0) return 'zlib';
  }
  return 'none';
}

function isRecordHeader(head: Uint8Array): boolean {
  const view = new DataView(head.buffer, head.byteOffset, DETECTION_BYTES);
  return view.getUint32(8, true) === maskCrc(crc32c(head.subarray(0, 8)));
}

/** The compression a file name suggests (.gz → gzip, .zz/.zlib → zlib), or undefined. */
export function compressionFromName(name: string): Compression | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.gz') || lower.endsWith('.gzip')) return 'gzip';
  if (lower.endsWith('.zz') || lower.endsWith('.zlib')) return 'zlib';
  return undefined;
}
