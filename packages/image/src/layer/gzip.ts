import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * gzip (RFC 1952) with a fixed header: no file name, mtime 0, OS "unknown". Node's gzip header
 * is fixed too, but writing it here keeps the digest independent of what zlib puts there.
 */
export function gzipReproducibly(data: Buffer, level = constants.Z_DEFAULT_COMPRESSION): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([header, deflateRawSync(data, { level }), trailer]);
}
