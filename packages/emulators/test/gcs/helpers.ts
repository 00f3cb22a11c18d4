import { createHash } from 'node:crypto';
import { CRC32C, type Storage, type StorageOptions } from '@google-cloud/storage';
import { afterAll, beforeAll, expect } from 'vitest';
import { GcsStandIn, type GcsStandInOptions, storageClient } from '../../src/gcs/index.ts';

/**
 * Starts one stand-in for a test file and gives a real client for it. Retries stay on (the
 * client's defaults) but wait at most `maxRetryDelay` seconds; 1 is the least `file.save` takes
 * (its async-retry refuses a maximum below its one-second minimum).
 */
export function useStandIn(options: GcsStandInOptions = {}, client: StorageOptions = {}) {
  const env = {} as { standIn: GcsStandIn; storage: Storage };
  beforeAll(async () => {
    env.standIn = await new GcsStandIn(options).start();
    env.storage = storageClient(env.standIn, {
      retryOptions: { maxRetryDelay: 1, retryDelayMultiplier: 1 },
      ...client,
    });
  });
  afterAll(async () => {
    await env.standIn.stop();
  });
  return env;
}

/** The rejection of `promise`, which must be a GCS API error with this status and reason. */
export async function expectApiError(
  promise: Promise<unknown>,
  status: number,
  reason?: string,
): Promise<ApiErrorLike> {
  const error = (await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as ApiErrorLike | undefined;
  expect(error, 'expected the call to fail').toBeDefined();
  expect(error?.code).toBe(status);
  if (reason !== undefined) expect(error?.errors?.[0]?.reason).toBe(reason);
  return error as ApiErrorLike;
}

export interface ApiErrorLike {
  code: number | string;
  message: string;
  errors?: { reason?: string; message?: string; domain?: string }[];
}

/**
 * Raw HTTP, only for what the client never sends (uploadType=media, copyTo, hand-made resumable
 * requests, invalid UTF-8): each test that uses it says why.
 */
export async function raw(
  standIn: GcsStandIn,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    ...(init.headers ? { headers: init.headers } : {}),
    ...(init.body !== undefined ? { body: init.body } : {}),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** A deterministic buffer, cheap to make even at 50 MB. */
export function pattern(size: number, seed = 1): Buffer {
  const data = Buffer.alloc(size);
  let state = seed >>> 0;
  for (let i = 0; i + 4 <= size; i += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data.writeUInt32LE(state, i);
  }
  return data;
}

/** Checksums computed by the client library's own code, independent of the stand-in's. */
export function md5(data: Buffer | string): string {
  return createHash('md5').update(data).digest('base64');
}

export function crc32c(data: Buffer | string): string {
  const crc = new CRC32C();
  crc.update(Buffer.from(data));
  return crc.toString();
}
