/** What went wrong in a TFRecord stream. */
export type TFRecordErrorKind =
  | 'truncated-header'
  | 'length-crc'
  | 'truncated-data'
  | 'data-crc'
  | 'decompress';

const DESCRIPTIONS: Record<TFRecordErrorKind, string> = {
  'truncated-header': 'the stream ends inside the 12-byte record header',
  'length-crc': 'the masked CRC32C of the record length does not match',
  'truncated-data': 'the stream ends before the record data and its CRC',
  'data-crc': 'the masked CRC32C of the record data does not match',
  decompress: 'the compressed stream is corrupt or cut short',
};

/** A corrupt or truncated TFRecord stream: which record, where it starts, and what is wrong. */
export class TFRecordError extends Error {
  override name = 'TFRecordError';
  readonly kind: TFRecordErrorKind;
  /** 0-based index of the record being read. */
  readonly recordIndex: number;
  /** Byte offset, in the uncompressed stream, where that record starts. */
  readonly offset: number;

  constructor(kind: TFRecordErrorKind, recordIndex: number, offset: number, detail?: string) {
    super(
      `TFRecord ${kind} at record ${recordIndex} (offset ${offset}): ${DESCRIPTIONS[kind]}` +
        (detail ? ` (${detail})` : ''),
    );
    this.kind = kind;
    this.recordIndex = recordIndex;
    this.offset = offset;
  }
}
