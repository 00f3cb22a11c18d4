import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Storage } from '@google-cloud/storage';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GcsStandIn, storageClient } from '../../src/gcs/index.ts';

/**
 * The client must reach the stand-in without looking for credentials. A trap server poses as
 * the GCE metadata server (gcp-metadata honours GCE_METADATA_HOST), HOME and the gcloud config
 * directory are empty, and no ADC file is set: any credential or project lookup shows up as a
 * request to the trap.
 */
const saved = { ...process.env };
const home = mkdtempSync(join(tmpdir(), 'gcs-no-credentials-'));
const trapped: string[] = [];
let trap: Server;
let standIn: GcsStandIn;

beforeAll(async () => {
  trap = createServer((req, res) => {
    trapped.push(`${req.method} ${req.url}`);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
  const metadataHost = `127.0.0.1:${(trap.address() as AddressInfo).port}`;
  for (const name of [
    'GOOGLE_APPLICATION_CREDENTIALS',
    'GOOGLE_CLOUD_PROJECT',
    'GCLOUD_PROJECT',
    'STORAGE_EMULATOR_HOST',
  ]) {
    delete process.env[name];
  }
  Object.assign(process.env, {
    HOME: home,
    CLOUDSDK_CONFIG: join(home, 'gcloud'),
    GCE_METADATA_HOST: metadataHost,
    GCE_METADATA_IP: metadataHost,
  });
  standIn = await new GcsStandIn({ projectId: 'offline-project' }).start();
});

beforeEach(() => {
  trapped.length = 0;
});

afterAll(async () => {
  process.env = saved;
  await standIn.stop();
  await new Promise((resolve) => trap.close(resolve));
  rmSync(home, { recursive: true, force: true });
});

describe('no credential lookups', () => {
  it('works end to end with storageOptions() and never asks for credentials or a project', async () => {
    const storage = storageClient(standIn);
    const [bucket] = await storage.createBucket('offline-bucket');
    await bucket
      .file('multipart.txt')
      .save('a', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    await bucket
      .file('resumable.txt')
      .save('b', { resumable: true, preconditionOpts: { ifGenerationMatch: 0 } });
    await bucket.file('multipart.txt').copy('copy.txt');
    await bucket.combine(['multipart.txt', 'resumable.txt'], 'combined.txt');
    const [files] = await bucket.getFiles();
    expect(files.map((file) => file.name)).toEqual([
      'combined.txt',
      'copy.txt',
      'multipart.txt',
      'resumable.txt',
    ]);
    expect((await bucket.file('combined.txt').download())[0].toString()).toBe('ab');
    await bucket.file('copy.txt').delete();
    expect(trapped).toEqual([]);
  });

  it('works with only STORAGE_EMULATOR_HOST and GOOGLE_CLOUD_PROJECT set (no /storage/v1 in its URLs)', async () => {
    Object.assign(process.env, standIn.environment());
    try {
      const storage = new Storage();
      const before = standIn.requests.length;
      const [bucket] = await storage.createBucket('env-bucket');
      await bucket.file('x.txt').save('x', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
      await bucket.file('y.txt').save('y', { resumable: true, preconditionOpts: { ifGenerationMatch: 0 } });
      expect((await bucket.file('x.txt').download())[0].toString()).toBe('x');
      const paths = standIn.requests.slice(before).map((request) => `${request.method} ${request.path}`);
      expect(paths).toContain('POST /b');
      expect(paths).toContain('GET /b/env-bucket/o/x.txt');
      expect(paths).toContain('POST /upload/storage/v1/b/env-bucket/o');
      expect(trapped).toEqual([]);
    } finally {
      delete process.env.STORAGE_EMULATOR_HOST;
      delete process.env.GOOGLE_CLOUD_PROJECT;
    }
  });

  it('(control) a client without a projectId does go looking, and the trap sees it', async () => {
    const storage = new Storage({ apiEndpoint: standIn.url });
    await expect(storage.createBucket('needs-a-project')).rejects.toThrow();
    expect(trapped.length).toBeGreaterThan(0);
  });
});
