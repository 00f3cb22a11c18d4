import { invalid } from './errors.ts';

/**
 * Bucket names, per https://cloud.google.com/storage/docs/buckets#naming: lowercase letters,
 * digits, `-`, `_` and `.`; start and end with a letter or digit; 3–63 characters, or up to 222
 * when dotted with every dot-separated part at most 63; not an IP address in dotted-decimal
 * notation; not starting with `goog`; not containing `google` or a close misspelling. (Names
 * with dots also need domain verification on GCS; the stand-in cannot check that and skips it.)
 */
function bucketNameProblem(name: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9._-]*[a-z0-9]$/.test(name))
    return 'must use a-z 0-9 - _ . and start and end with a letter or digit';
  const parts = name.split('.');
  if (parts.length === 1 ? name.length > 63 : name.length > 222) return 'is too long';
  if (name.length < 3) return 'is too short';
  if (parts.some((part) => part.length === 0 || part.length > 63))
    return 'has an empty or over-long dotted part';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'looks like an IP address';
  if (name.startsWith('goog')) return 'starts with "goog"';
  if (/g[o0][o0]g(l|1)e/.test(name)) return 'contains "google" or a close misspelling';
  return undefined;
}

export function assertBucketName(name: string): void {
  if (bucketNameProblem(name) !== undefined) throw invalid(`Invalid bucket name: '${name}'`);
}

const utf8 = new TextEncoder();

/**
 * Object names, per https://cloud.google.com/storage/docs/objects#naming: 1–1024 bytes of
 * UTF-8, no carriage return or line feed, not `.` or `..`, not under `.well-known/acme-challenge/`.
 * Names that are not valid UTF-8 never reach here: the request parsers reject them.
 */
function objectNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (utf8.encode(name).length > 1024) return 'is longer than 1024 bytes of UTF-8';
  if (/[\r\n]/.test(name)) return 'contains a carriage return or line feed';
  if (name === '.' || name === '..') return 'is "." or ".."';
  if (name.startsWith('.well-known/acme-challenge/')) return 'is under .well-known/acme-challenge/';
  if (/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
    return 'is not valid UTF-8';
  return undefined;
}

export function assertObjectName(name: string): void {
  const problem = objectNameProblem(name);
  if (problem !== undefined) throw invalid(`The object name '${printable(name)}' ${problem}.`);
}

/** Keeps error messages on one line and short. */
function printable(name: string): string {
  const shown = name.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

/** Strict percent-decoding: undefined when the bytes are not valid UTF-8 (GCS rejects those names). */
export function decodeStrict(encoded: string, plusIsSpace = false): string | undefined {
  try {
    return decodeURIComponent(plusIsSpace ? encoded.replace(/\+/g, ' ') : encoded);
  } catch {
    return undefined;
  }
}

/** Orders names as GCS lists them: by Unicode code point, which is UTF-8 byte order. */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (a code point above U+FFFF) sorts after every other BMP code unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
