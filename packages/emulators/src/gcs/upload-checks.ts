import { checksums } from './checksums.ts';
import { invalid } from './errors.ts';

/** Checksums a client declared for an upload: in the metadata (md5Hash, crc32c) or an X-Goog-Hash header. */
export interface ExpectedHashes {
  md5Hash?: string;
  crc32c?: string;
}

export function expectedHashes(
  resource: Record<string, unknown>,
  xGoogHash: string | string[] | undefined,
): ExpectedHashes {
  const expected: ExpectedHashes = {};
  if (typeof resource.md5Hash === 'string') expected.md5Hash = resource.md5Hash;
  if (typeof resource.crc32c === 'string') expected.crc32c = resource.crc32c;
  for (const header of [xGoogHash ?? []].flat()) {
    for (const pair of header.split(',')) {
      const eq = pair.indexOf('=');
      const kind = pair.slice(0, eq).trim().toLowerCase();
      const value = pair.slice(eq + 1).trim();
      if (kind === 'md5') expected.md5Hash = value;
      else if (kind === 'crc32c') expected.crc32c = value;
    }
  }
  return expected;
}

/**
 * GCS refuses an upload whose bytes do not match a checksum the client sent with it, with 400
 * and these messages. https://cloud.google.com/storage/docs/hashes-etags#validation
 */
export function verifyHashes(expected: ExpectedHashes, actual: { md5Hash?: string; crc32c: string }): void {
  if (expected.md5Hash !== undefined && expected.md5Hash !== actual.md5Hash) {
    throw invalid(
      `Provided MD5 hash "${expected.md5Hash}" doesn't match calculated MD5 hash "${actual.md5Hash}".`,
    );
  }
  if (expected.crc32c !== undefined && expected.crc32c !== actual.crc32c) {
    throw invalid(`Provided CRC32C "${expected.crc32c}" doesn't match calculated CRC32C "${actual.crc32c}".`);
  }
}

export function hashAndVerify(data: Buffer, expected: ExpectedHashes): { md5Hash: string; crc32c: string } {
  const actual = checksums(data);
  verifyHashes(expected, actual);
  return actual;
}
