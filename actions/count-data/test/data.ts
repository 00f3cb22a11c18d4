// Test data for count-data: TFRecord files written with packages/tfrecord's writer (or zlib for
// ZLIB, which the writer does not offer), corrupted on purpose at known records, and spans
// written the way trigger-retraining will (data-loop's state layout).
import { deflateSync, gzipSync } from 'node:zlib';
import type { GcsStandIn } from '@mlops-actions/emulators';
import { type Example, encodeExample, writeRecords } from '@mlops-actions/tfrecord';

/** Fixed-size payloads, so record k starts at k × (16 + size). */
export const PAYLOAD = 100;
export const FRAMED = 16 + PAYLOAD;

export async function framed(records: Uint8Array[], compression: 'none' | 'gzip' = 'none'): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeRecords(records, { compression })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function payloads(count: number, seed = 1): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => Buffer.alloc(PAYLOAD, (seed * 31 + i) % 251));
}

export async function tfrecordFile(
  count: number,
  compression: 'none' | 'gzip' | 'zlib' = 'none',
): Promise<Buffer> {
  const plain = await framed(payloads(count));
  if (compression === 'gzip') return gzipSync(plain);
  if (compression === 'zlib') return deflateSync(plain);
  return plain;
}

/** A plain file of `count` records with one kind of damage at record `at`. */
export async function corruptFile(
  kind: 'truncated-header' | 'length-crc' | 'truncated-data' | 'data-crc',
  count: number,
  at: number,
): Promise<Buffer> {
  const bytes = Buffer.from(await framed(payloads(count)));
  const start = at * FRAMED;
  switch (kind) {
    case 'truncated-header':
      return bytes.subarray(0, start + 5);
    case 'truncated-data':
      return bytes.subarray(0, start + 12 + PAYLOAD / 2);
    case 'length-crc':
      bytes[start + 8] = (bytes[start + 8] as number) ^ 0xff;
      return bytes;
    case 'data-crc':
      bytes[start + 12 + 7] = (bytes[start + 12 + 7] as number) ^ 0x01;
      return bytes;
  }
}

/** Records of tf.train.Example with an int64 `label` feature (and bytes `image`). */
export async function labelledFile(labels: number[], compression: 'none' | 'gzip' = 'gzip'): Promise<Buffer> {
  const records = labels.map((label) => {
    const example: Example = {
      features: new Map([
        ['image', { kind: 'bytes', values: [Buffer.from(`pixels-${label}`)] }],
        ['label', { kind: 'int64', values: [BigInt(label)] }],
      ]),
    };
    return encodeExample(example);
  });
  return framed(records, compression);
}

/**
 * A published span, as trigger-retraining writes it: `taken.jsonl.gz`, then `_PUBLISHED` naming
 * that file's generation. With `publish: false` the marker is left out (an unfinished span).
 */
export async function writeSpan(
  standIn: GcsStandIn,
  bucket: string,
  statePath: string,
  span: number,
  taken: { name: string; generation: string }[],
  publish = true,
): Promise<void> {
  const lines = taken.map((t) => `${JSON.stringify({ name: t.name, generation: t.generation })}\n`).join('');
  const folder = `${statePath}spans/${span}/`;
  const file = await standIn.store.write(bucket, `${folder}taken.jsonl.gz`, gzipSync(lines));
  if (!publish) return;
  const marker = {
    version: 1,
    span,
    taken: { generation: String(file.generation), entries: taken.length },
    publishedAt: new Date().toISOString(),
  };
  await standIn.store.write(bucket, `${folder}_PUBLISHED`, Buffer.from(`${JSON.stringify(marker)}\n`));
}
