import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '@google-cloud/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GcsStandIn, storageClient } from '../../src/gcs/index.ts';
import { md5 } from './helpers.ts';

const directory = mkdtempSync(join(tmpdir(), 'gcs-stand-in-'));
let standIn: GcsStandIn;
let storage: Storage;

/** A new stand-in on the same directory and port, as a demo restarting it would have. */
async function restart(): Promise<void> {
  const port = standIn?.port ?? 0;
  await standIn?.stop();
  // Let the client's shared keep-alive agent see its sockets close, or its next call meets a
  // dead one (ECONNRESET) and waits out a retry.
  await new Promise((resolve) => setTimeout(resolve, 50));
  standIn = await new GcsStandIn({ directory }).start(port);
  storage = storageClient(standIn);
}

const longPart = 'l'.repeat(300);
const names = [
  'runs/1/model.pkl',
  'dir/',
  'a',
  'a/b',
  'x/../y',
  '100%/sure',
  `deep/${longPart}`,
  'notes.txt',
];
const metadataBefore = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  await restart();
  const [bucket] = await storage.createBucket('persisted-bucket');
  for (const name of names) {
    await bucket.file(name).save(`content of ${name}`, {
      resumable: name === 'runs/1/model.pkl',
      preconditionOpts: { ifGenerationMatch: 0 },
      metadata: { contentType: 'text/plain', metadata: { name } },
    });
  }
  await bucket.file('notes.txt').setMetadata({ metadata: { reviewed: 'yes' } });
  const [versioned] = await storage.createBucket('persisted-versions', { versioning: { enabled: true } });
  await versioned.file('v.txt').save('one', { resumable: false });
  await versioned.file('v.txt').save('two', { resumable: false });
  for (const name of names) metadataBefore.set(name, (await bucket.file(name).getMetadata())[0]);
});

afterAll(async () => {
  await standIn.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe('state in a directory', () => {
  it('keeps objects as plain files a person can inspect with ls', () => {
    const bucketDir = join(directory, 'persisted-bucket');
    expect(readFileSync(join(bucketDir, 'runs', '1', 'model.pkl'), 'utf8')).toBe(
      'content of runs/1/model.pkl',
    );
    expect(readFileSync(join(bucketDir, 'notes.txt'), 'utf8')).toBe('content of notes.txt');
    // `dir/` is a placeholder object: an empty last part, kept as `%`.
    expect(readFileSync(join(bucketDir, 'dir', '%'), 'utf8')).toBe('content of dir/');
    expect(readFileSync(join(bucketDir, 'x', '%2E%2E', 'y'), 'utf8')).toBe('content of x/../y');
    expect(readFileSync(join(bucketDir, '100%25', 'sure'), 'utf8')).toBe('content of 100%/sure');
    // `a` and `a/b` cannot both have their readable paths; the later one goes aside.
    expect(statSync(join(bucketDir, 'a')).isFile()).toBe(true);
    expect(existsSync(join(bucketDir, 'a', 'b'))).toBe(false);
    expect(readdirSync(join(bucketDir, '.%objects'))).toHaveLength(2);
    expect(existsSync(join(bucketDir, '.%bucket.json'))).toBe(true);
    expect(readdirSync(join(bucketDir, '.%meta'))).toHaveLength(names.length);
    expect(readdirSync(join(directory, 'persisted-versions', '.%versions'))).toHaveLength(1);
  });

  it('serves the same buckets, objects, generations and metadata after a restart', async () => {
    await restart();
    const bucket = storage.bucket('persisted-bucket');
    expect((await bucket.exists())[0]).toBe(true);
    const [files] = await bucket.getFiles();
    expect(files.map((file) => file.name)).toEqual([...names].sort());
    for (const name of names) {
      const [metadata] = await bucket.file(name).getMetadata();
      expect(metadata).toEqual(metadataBefore.get(name));
      expect((await bucket.file(name).download())[0].toString()).toBe(`content of ${name}`);
    }
    expect(metadataBefore.get('notes.txt')).toMatchObject({
      metageneration: '2',
      metadata: { name: 'notes.txt', reviewed: 'yes' },
    });
    const [versions] = await storage.bucket('persisted-versions').getFiles({ versions: true });
    expect(versions.map((file) => file.metadata.timeDeleted === undefined)).toEqual([false, true]);
    expect(
      (
        await storage
          .bucket('persisted-versions')
          .file('v.txt', { generation: versions[0]?.metadata.generation as string })
          .download()
      )[0].toString(),
    ).toBe('one');
  });

  it('keeps generations increasing across a restart', async () => {
    const previous = [...metadataBefore.values()].map((metadata) => BigInt(metadata.generation as string));
    const file = storage.bucket('persisted-bucket').file('after-restart.txt');
    await file.save('new', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    const generation = BigInt((await file.getMetadata())[0].generation as string);
    expect(previous.every((old) => generation > old)).toBe(true);
  });

  it('lets the client catch bytes changed on disk behind its back', async () => {
    const path = join(directory, 'persisted-bucket', 'notes.txt');
    writeFileSync(path, 'CONTENT OF notes.txt');
    await expect(storage.bucket('persisted-bucket').file('notes.txt').download()).rejects.toMatchObject({
      code: 'CONTENT_DOWNLOAD_MISMATCH',
    });
    expect(md5('CONTENT OF notes.txt')).not.toBe(metadataBefore.get('notes.txt')?.md5Hash);
  });

  it('removes the files of deleted objects and the directories they emptied', async () => {
    const bucket = storage.bucket('persisted-bucket');
    await bucket.file('runs/1/model.pkl').delete();
    expect(existsSync(join(directory, 'persisted-bucket', 'runs'))).toBe(false);
    await bucket.file(`deep/${longPart}`).delete();
    await bucket.file('a/b').delete();
    expect(existsSync(join(directory, 'persisted-bucket', '.%objects'))).toBe(false);
    await restart();
    expect((await storage.bucket('persisted-bucket').file('runs/1/model.pkl').exists())[0]).toBe(false);
  });
});
