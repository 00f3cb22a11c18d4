import { createHash } from 'node:crypto';
import { CRC32C } from '@google-cloud/storage';
import { forEachPiece } from './local-file.ts';

export interface FileHashes {
  /** Base64, as GCS reports md5Hash. */
  md5?: string;
  /** Base64 of the big-endian CRC32C, as GCS reports crc32c. */
  crc32c?: string;
}

/**
 * Hashes a file in one pass. CRC32C is asked for only when needed (objects composed from parts
 * have no MD5): the client's JavaScript CRC32C runs at about a sixth of OpenSSL's MD5.
 */
export async function hashLocalFile(
  absolutePath: string,
  which: { md5: boolean; crc32c: boolean },
  sizeHint?: number,
): Promise<FileHashes> {
  const md5 = which.md5 ? createHash('md5') : undefined;
  const crc32c = which.crc32c ? new CRC32C() : undefined;
  await forEachPiece(
    absolutePath,
    (piece) => {
      md5?.update(piece);
      crc32c?.update(piece);
    },
    sizeHint,
  );
  return {
    ...(md5 ? { md5: md5.digest('base64') } : {}),
    ...(crc32c ? { crc32c: crc32c.toString() } : {}),
  };
}
