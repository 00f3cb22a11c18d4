import { crc32cRange, maskCrc, wordsOf } from './crc32c.ts';
import { TFRecordError } from './tfrecord-error.ts';

// TFRecord framing: uint64 length (LE) | uint32 masked crc32c(length) | data | uint32 masked crc32c(data).
const HEADER_BYTES = 12;
const FOOTER_BYTES = 4;
const HEADER = 0;
const DATA = 1;
const FOOTER = 2;

/**
 * A push parser of TFRecord framing over chunks of any size. It holds at most one header or
 * footer across chunk boundaries and, only when asked for payloads, the pieces of the current
 * record: memory does not grow with the stream.
 */
export class FrameParser {
  /** Index of the record being read (records completed so far). */
  index = 0;
  /** Offset in the (uncompressed) stream where the record being read starts. */
  offset = 0;
  private state = HEADER;
  private readonly scratch = new Uint8Array(HEADER_BYTES);
  private readonly scratchView = new DataView(this.scratch.buffer);
  private filled = 0;
  private length = 0;
  private remaining = 0;
  private dataCrc = 0;
  private parts: Uint8Array[] = [];

  /** Parses one chunk; completed payloads go to `out` when given. Returns the records completed. */
  feed(chunk: Uint8Array, out?: Uint8Array[]): number {
    const size = chunk.length;
    const view = new DataView(chunk.buffer, chunk.byteOffset, size);
    const words = wordsOf(chunk);
    let pos = 0;
    let completed = 0;
    while (pos < size) {
      if (this.state === HEADER) {
        if (this.filled === 0 && size - pos >= HEADER_BYTES) {
          this.startRecord(chunk, view, pos);
          pos += HEADER_BYTES;
        } else {
          pos += this.fill(chunk, pos, HEADER_BYTES);
          if (this.filled < HEADER_BYTES) break;
          this.filled = 0;
          this.startRecord(this.scratch, this.scratchView, 0);
        }
      }
      if (this.state === DATA) {
        const take = Math.min(this.remaining, size - pos);
        if (take > 0) {
          this.dataCrc = crc32cRange(chunk, pos, pos + take, this.dataCrc, words);
          if (out) this.parts.push(chunk.subarray(pos, pos + take));
          pos += take;
          this.remaining -= take;
        }
        if (this.remaining > 0) break;
        this.state = FOOTER;
      }
      // FOOTER
      let stored: number;
      if (this.filled === 0 && size - pos >= FOOTER_BYTES) {
        stored = view.getUint32(pos, true);
        pos += FOOTER_BYTES;
      } else {
        pos += this.fill(chunk, pos, FOOTER_BYTES);
        if (this.filled < FOOTER_BYTES) break;
        this.filled = 0;
        stored = this.scratchView.getUint32(0, true);
      }
      if (maskCrc(this.dataCrc) !== stored) {
        throw new TFRecordError('data-crc', this.index, this.offset, `length ${this.length}`);
      }
      if (out) out.push(join(this.parts, this.length));
      this.parts = [];
      completed++;
      this.index++;
      this.offset += HEADER_BYTES + this.length + FOOTER_BYTES;
      this.state = HEADER;
    }
    return completed;
  }

  /** Call at the end of the stream: throws when it ended inside a record. */
  finish(): void {
    if (this.state === HEADER && this.filled > 0) {
      throw new TFRecordError(
        'truncated-header',
        this.index,
        this.offset,
        `${this.filled} of ${HEADER_BYTES} header bytes`,
      );
    }
    if (this.state !== HEADER) {
      const missing = this.state === DATA ? this.remaining + FOOTER_BYTES : FOOTER_BYTES - this.filled;
      throw new TFRecordError(
        'truncated-data',
        this.index,
        this.offset,
        `length ${this.length}, ${missing} bytes missing`,
      );
    }
  }

  /** `bytes[at..at+12)` is the header; `view` is a DataView of the same bytes. */
  private startRecord(bytes: Uint8Array, view: DataView, at: number): void {
    const stored = view.getUint32(at + 8, true);
    if (maskCrc(crc32cRange(bytes, at, at + 8)) !== stored) {
      throw new TFRecordError('length-crc', this.index, this.offset);
    }
    // Past 2^53 the length is approximate, and such a stream ends as truncated-data anyway.
    this.length = view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
    this.remaining = this.length;
    this.dataCrc = 0;
    this.state = DATA;
  }

  private fill(chunk: Uint8Array, pos: number, want: number): number {
    const take = Math.min(want - this.filled, chunk.length - pos);
    this.scratch.set(chunk.subarray(pos, pos + take), this.filled);
    this.filled += take;
    return take;
  }
}

function join(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
