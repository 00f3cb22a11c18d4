// CRC32C (Castagnoli, reflected polynomial 0x82F63B78), slicing-by-16 in plain JavaScript: one
// build runs on every runner (Linux, macOS, Windows; x64 and arm64) from the same bundle. See the
// README for the measurements that chose this over WASM and native addons.

const POLYNOMIAL = 0x82f63b78;
const SLICES = 16;

/** TABLE[k * 256 + b]: the CRC of byte b followed by k zero bytes. */
const TABLE = buildTable();

function buildTable(): Int32Array {
  const table = new Int32Array(256 * SLICES);
  for (let b = 0; b < 256; b++) {
    let crc = b;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
    table[b] = crc;
  }
  for (let b = 0; b < 256; b++) {
    let crc = table[b] as number;
    for (let k = 1; k < SLICES; k++) {
      crc = (table[crc & 0xff] as number) ^ (crc >>> 8);
      table[k * 256 + b] = crc;
    }
  }
  return table;
}

/** The CRC32C of data; pass the previous result to continue a CRC over several pieces. */
export function crc32c(data: Uint8Array, previous = 0): number {
  return crc32cRange(data, 0, data.length, previous);
}

const NO_WORDS = new Int32Array(0);

/**
 * The 32-bit words of `chunk` from its first 4-byte-aligned byte on: made once per chunk and given
 * to crc32cRange for each record in it. The parser checks one CRC per record, often dozens per
 * network chunk, and a view per call (a subarray, an Int32Array) cost about a tenth of the CRC
 * work on 2.5 KB records.
 */
export function wordsOf(chunk: Uint8Array): Int32Array {
  const first = (chunk.byteOffset + 3) & ~3;
  const end = chunk.byteOffset + chunk.length;
  // A chunk of under 4 bytes at the very end of its buffer has no word (and `first` may lie past it).
  return first + 4 <= end ? new Int32Array(chunk.buffer, first, (end - first) >>> 2) : NO_WORDS;
}

/**
 * The CRC32C of data[start..end), continuing `previous`, without making a view of the range;
 * `words` is wordsOf(data), made once for many ranges (made here when not given).
 */
export function crc32cRange(
  data: Uint8Array,
  start: number,
  end: number,
  previous = 0,
  words?: Int32Array,
): number {
  const t = TABLE;
  let crc = ~previous;
  let i = start;
  // Byte by byte until 4-byte aligned in the buffer, so the main loop can read whole 32-bit words.
  while (i < end && (data.byteOffset + i) & 3) {
    crc = (t[(crc ^ (data[i++] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  const blocks = (end - i) >>> 4;
  if (blocks > 0) {
    const w32 = words ?? wordsOf(data);
    const first = (data.byteOffset + i - w32.byteOffset) >>> 2;
    const last = first + blocks * 4;
    for (let w = first; w < last; w += 4) {
      const a = (w32[w] as number) ^ crc;
      const b = w32[w + 1] as number;
      const c = w32[w + 2] as number;
      const d = w32[w + 3] as number;
      crc =
        (t[0xf00 + (a & 0xff)] as number) ^
        (t[0xe00 + ((a >>> 8) & 0xff)] as number) ^
        (t[0xd00 + ((a >>> 16) & 0xff)] as number) ^
        (t[0xc00 + (a >>> 24)] as number) ^
        (t[0xb00 + (b & 0xff)] as number) ^
        (t[0xa00 + ((b >>> 8) & 0xff)] as number) ^
        (t[0x900 + ((b >>> 16) & 0xff)] as number) ^
        (t[0x800 + (b >>> 24)] as number) ^
        (t[0x700 + (c & 0xff)] as number) ^
        (t[0x600 + ((c >>> 8) & 0xff)] as number) ^
        (t[0x500 + ((c >>> 16) & 0xff)] as number) ^
        (t[0x400 + (c >>> 24)] as number) ^
        (t[0x300 + (d & 0xff)] as number) ^
        (t[0x200 + ((d >>> 8) & 0xff)] as number) ^
        (t[0x100 + ((d >>> 16) & 0xff)] as number) ^
        (t[d >>> 24] as number);
    }
    i += blocks * 16;
  }
  while (i < end) crc = (t[(crc ^ (data[i++] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

const MASK_DELTA = 0xa282ead8;

/** TFRecord's masked CRC: rotate right by 15 bits and add a constant (so CRCs of CRCs stay strong). */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}
