import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Bucket, Storage } from '@google-cloud/storage';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storageClient } from '../../src/gcs/index.ts';
import { expectApiError, useStandIn } from './helpers.ts';

const env = useStandIn();
let bucket: Bucket;
/** Same retry rules as the client's defaults, waiting at most 50 ms (fine for all but file.save). */
let quick: Storage;

beforeAll(async () => {
  [bucket] = await env.storage.createBucket('faulty-bucket');
  // Guarded: an unguarded simple upload would turn the client's retries off (see the last test).
  await bucket
    .file('present.txt')
    .save('here', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
  quick = storageClient(env.standIn, { retryOptions: { maxRetryDelay: 0.05 } });
});

beforeEach(() => {
  env.standIn.faults.clear();
  env.standIn.faults.injected.length = 0;
});

const objectRoute = '/storage/v1/b/faulty-bucket/o/present.txt';

describe('the client retries what GCS says to retry', () => {
  it('retries a metadata read through two 503s (with Retry-After) and a 429', async () => {
    env.standIn.faults.add({
      method: 'GET',
      route: objectRoute,
      action: { kind: 'status', status: 503, retryAfterSeconds: 0 },
      times: 2,
    });
    env.standIn.faults.add({ method: 'GET', route: objectRoute, action: { kind: 'status', status: 429 } });
    const [metadata] = await quick.bucket('faulty-bucket').file('present.txt').getMetadata();
    expect(metadata.name).toBe('present.txt');
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'status', 'status']);
    expect(env.standIn.faults.injected.every((fault) => fault.route === objectRoute)).toBe(true);
  });

  it('retries a listing through a 429 and a 500', async () => {
    env.standIn.faults.add({
      method: 'GET',
      route: '/storage/v1/b/faulty-bucket/o',
      action: { kind: 'status', status: 429 },
    });
    env.standIn.faults.add({
      method: 'GET',
      route: '/storage/v1/b/faulty-bucket/o',
      action: { kind: 'status', status: 500 },
    });
    const [files] = await quick.bucket('faulty-bucket').getFiles();
    expect(files.map((file) => file.name)).toContain('present.txt');
    expect(env.standIn.faults.injected).toHaveLength(2);
  });

  it('retries requests whose connection was dropped: a metadata read and a download', async () => {
    env.standIn.faults.add({ method: 'GET', route: objectRoute, action: { kind: 'drop' }, times: 2 });
    const [metadata] = await quick.bucket('faulty-bucket').file('present.txt').getMetadata();
    expect(metadata.name).toBe('present.txt');
    expect((await quick.bucket('faulty-bucket').file('present.txt').download())[0].toString()).toBe('here');
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['drop', 'drop']);
  });

  it('retries an upload that carries ifGenerationMatch, not one without (the default idempotency strategy)', async () => {
    env.standIn.faults.add({ method: 'POST', route: '/upload/', action: { kind: 'status', status: 503 } });
    await bucket
      .file('guarded.txt')
      .save('x', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    expect(env.standIn.faults.injected).toHaveLength(1);

    env.standIn.faults.add({ method: 'POST', route: '/upload/', action: { kind: 'status', status: 503 } });
    const separate = storageClient(env.standIn);
    await expectApiError(
      separate.bucket('faulty-bucket').file('unguarded.txt').save('x', { resumable: false }),
      503,
    );
    expect(env.standIn.faults.injected).toHaveLength(2);
  });

  it('retries the start of a resumable session through a 503', async () => {
    env.standIn.faults.add({ method: 'POST', route: '/upload/', action: { kind: 'status', status: 503 } });
    await bucket
      .file('resumable.txt')
      .save('x', { resumable: true, preconditionOpts: { ifGenerationMatch: 0 } });
    expect(env.standIn.faults.injected).toHaveLength(1);
    expect((await bucket.file('resumable.txt').download())[0].toString()).toBe('x');
  });

  it('gives up after maxRetries and reports the last status', async () => {
    env.standIn.faults.add({
      method: 'GET',
      route: objectRoute,
      action: { kind: 'status', status: 503 },
      times: 10,
    });
    const client = storageClient(env.standIn, { retryOptions: { maxRetryDelay: 0.05, maxRetries: 2 } });
    await expectApiError(client.bucket('faulty-bucket').file('present.txt').getMetadata(), 503);
    expect(env.standIn.faults.injected).toHaveLength(3);
  });
});

describe('a quirk of @google-cloud/storage 8.4.0 the stand-in exposes', () => {
  // save({resumable: false}) without ifGenerationMatch sets storage.retryOptions.autoRetry = false
  // and never restores it, so every later call on that Storage goes unretried, even plain GETs.
  it('stops retrying anything on a Storage instance after an unguarded simple upload', async () => {
    const client = storageClient(env.standIn);
    expect(client.retryOptions.autoRetry).toBe(true);
    await client.bucket('faulty-bucket').file('unguarded-2.txt').save('x', { resumable: false });
    expect(client.retryOptions.autoRetry).toBe(false);
    env.standIn.faults.add({ method: 'GET', route: objectRoute, action: { kind: 'status', status: 503 } });
    await expectApiError(client.bucket('faulty-bucket').file('present.txt').getMetadata(), 503);
    expect(env.standIn.faults.injected).toHaveLength(1);
  });

  // Seen in a child process: the error escapes every promise and would fail this test run.
  it('crashes the process when a download is retried after a 503 (teeny-request pipes into a destroyed stream)', () => {
    const fixture = fileURLToPath(new URL('./fixtures/download-after-503.ts', import.meta.url));
    const child = spawnSync(process.execPath, [fixture], { encoding: 'utf8', timeout: 20_000 });
    expect(child.stderr).toContain('ERR_STREAM_UNABLE_TO_PIPE');
    expect(child.stdout).not.toContain('exited normally');
    expect(child.status).not.toBe(0);
  });
});

describe('the control API', () => {
  it('takes fault rules over HTTP and reports what it injected', async () => {
    const control = `${env.standIn.url}/_emulator/faults`;
    const added = await fetch(control, {
      method: 'POST',
      body: JSON.stringify({
        method: 'GET',
        route: '/^\\/storage\\/v1\\/b\\/[^/]+$/',
        action: { kind: 'status', status: 503 },
      }),
    });
    expect(added.status).toBe(200);
    expect((await quick.bucket('faulty-bucket').getMetadata())[0].name).toBe('faulty-bucket');
    const report = (await (await fetch(control)).json()) as {
      injected: { route: string }[];
      pending: unknown[];
    };
    expect(report.injected.map((fault) => fault.route)).toEqual(['/storage/v1/b/faulty-bucket']);
    expect(report.pending).toEqual([]);
  });

  it('delays a response', async () => {
    env.standIn.faults.add({ method: 'GET', route: objectRoute, action: { kind: 'delay', ms: 150 } });
    const started = Date.now();
    await quick.bucket('faulty-bucket').file('present.txt').getMetadata();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
