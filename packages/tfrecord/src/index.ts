export { type Compression, compressionFromName, detectCompression } from './compression.ts';
export { crc32c, maskCrc } from './crc32c.ts';
export { decodeExample, type Example, encodeExample, type Feature } from './example.ts';
export { countRecords, readRecords } from './read-records.ts';
export type { ReadOptions, RecordSource } from './source-chunks.ts';
export { TFRecordError, type TFRecordErrorKind } from './tfrecord-error.ts';
export { type WriteOptions, writeRecords } from './write-records.ts';
