import { readFileSync } from 'node:fs';
import { seedFixture } from '@mlops-actions/testing';

export const CIFAR_FILES = ['cifar10_train.tfrecord', 'cifar10_test.tfrecord'] as const;

export function cifarBytes(name: (typeof CIFAR_FILES)[number] = 'cifar10_train.tfrecord'): Buffer {
  return readFileSync(seedFixture(name));
}

/** Where each record starts and how long its data is, read straight from the framing (not our parser). */
export function recordLayout(file: Uint8Array): { offset: number; length: number }[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const layout: { offset: number; length: number }[] = [];
  for (let offset = 0; offset < file.length; ) {
    const length = view.getUint32(offset, true);
    layout.push({ offset, length });
    offset += 12 + length + 4;
  }
  return layout;
}

/** The bytes in chunks of `size`, the way a slow stream would deliver them. */
export async function* inChunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

export async function catchError(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}
