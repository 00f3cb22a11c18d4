import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Storage } from '@google-cloud/storage';
import { describe, expect, it } from 'vitest';
import {
  type ApplyOptions,
  applySync,
  createSelection,
  type PlanOptions,
  planSync,
  type SyncDestination,
  walkFolder,
} from '../src/index.ts';
import { AnswerDroppingProxy } from './answer-dropping-proxy.ts';
import { makeFolder, pattern, writeFiles } from './folder.ts';
import { QUICK_RETRIES, quickClient, useStandIn } from './stand-in.ts';

const env = useStandIn();
const quick: ApplyOptions = { retryPolicy: QUICK_RETRIES };

async function sync(
  folder: string,
  destination: SyncDestination,
  options: PlanOptions & ApplyOptions = {},
  storage: Storage = env.storage,
) {
  const tree = walkFolder(folder, createSelection());
  const plan = await planSync(storage, tree.files, destination, { retryPolicy: QUICK_RETRIES, ...options });
  const outcome = await applySync(storage, plan, { ...quick, ...options });
  return { plan, outcome };
}

/** name → content of every live object in the bucket. */
function contents(bucket: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const name of env.standIn.store.sortedNames(bucket)) {
    const record = env.standIn.store.live(bucket, name);
    if (record) all[name] = env.standIn.store.data(record).toString('latin1');
  }
  return all;
}

const modules = {
  'trainer.py': 'def run_fn(fn_args): pass\n',
  'preprocessing.py': 'def preprocessing_fn(inputs): return inputs\n',
  'utils/features.py': 'FEATURES = ["a", "b"]\n',
  'utils/__init__.py': '',
};

describe('sync: only what changed', () => {
  it('uploads all, then nothing, then the one changed file', async () => {
    env.standIn.store.createBucket('sync-basic');
    const folder = makeFolder(modules);
    const destination = { bucket: 'sync-basic', prefix: 'modules/' };

    const first = await sync(folder, destination);
    expect(first.outcome.uploaded.map((u) => [u.path, u.reason])).toEqual([
      ['preprocessing.py', 'new'],
      ['trainer.py', 'new'],
      ['utils/__init__.py', 'new'],
      ['utils/features.py', 'new'],
    ]);
    expect(first.outcome.failed).toEqual([]);
    expect(contents('sync-basic')).toEqual(
      Object.fromEntries(Object.entries(modules).map(([path, text]) => [`modules/${path}`, text])),
    );

    const uploadsBefore = env.standIn.requests.filter((r) => r.path.startsWith('/upload/')).length;
    const second = await sync(folder, destination);
    expect(second.plan.uploads).toEqual([]);
    expect(second.plan.skips).toHaveLength(4);
    expect(env.standIn.requests.filter((r) => r.path.startsWith('/upload/')).length).toBe(uploadsBefore);

    writeFileSync(join(folder, 'trainer.py'), 'def run_fn(fn_args): return 1\n');
    const third = await sync(folder, destination);
    expect(third.outcome.uploaded.map((u) => [u.name, u.reason])).toEqual([
      ['modules/trainer.py', 'changed'],
    ]);
    expect(contents('sync-basic')['modules/trainer.py']).toBe('def run_fn(fn_args): return 1\n');
  });

  it('sees a change of content at the same size', async () => {
    env.standIn.store.createBucket('sync-same-size');
    const folder = makeFolder({ 'a.txt': 'aaaa' });
    await sync(folder, { bucket: 'sync-same-size', prefix: 'p/' });
    writeFileSync(join(folder, 'a.txt'), 'bbbb');
    const { outcome } = await sync(folder, { bucket: 'sync-same-size', prefix: 'p/' });
    expect(outcome.uploaded.map((u) => u.reason)).toEqual(['changed']);
  });

  it('compares CRC32C with an object composed from parts, which has no MD5', async () => {
    env.standIn.store.createBucket('sync-composite');
    const bucket = env.storage.bucket('sync-composite');
    await bucket
      .file('parts/1')
      .save('hello ', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    await bucket
      .file('parts/2')
      .save('world', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    await bucket.combine(['parts/1', 'parts/2'], 'p/greeting.txt');
    expect(env.standIn.store.live('sync-composite', 'p/greeting.txt')?.md5Hash).toBeUndefined();
    const folder = makeFolder({ 'greeting.txt': 'hello world' });
    const { plan } = await sync(folder, { bucket: 'sync-composite', prefix: 'p/' });
    expect(plan.skips.map((s) => s.name)).toEqual(['p/greeting.txt']);
  });

  it('deletes exactly the extra objects under the prefix, nothing outside it', async () => {
    env.standIn.store.createBucket('sync-delete');
    const store = env.standIn.store;
    for (const name of [
      'modules/old.py',
      'modules/utils/gone.py',
      'modules-old/keep.py',
      'modulesX',
      'other/keep.py',
    ]) {
      await store.write('sync-delete', name, Buffer.from('x'));
    }
    const folder = makeFolder(modules);
    const { outcome } = await sync(
      folder,
      { bucket: 'sync-delete', prefix: 'modules/' },
      { deleteExtraneous: true },
    );
    expect(outcome.deleted.map((d) => d.name)).toEqual(['modules/old.py', 'modules/utils/gone.py']);
    expect(Object.keys(contents('sync-delete'))).toEqual([
      'modules-old/keep.py',
      'modules/preprocessing.py',
      'modules/trainer.py',
      'modules/utils/__init__.py',
      'modules/utils/features.py',
      'modulesX',
      'other/keep.py',
    ]);
  });

  it('keeps extra objects unless asked, and refuses to delete at the top of a bucket', async () => {
    env.standIn.store.createBucket('sync-keep');
    await env.standIn.store.write('sync-keep', 'm/extra.py', Buffer.from('x'));
    const folder = makeFolder({ 'a.py': 'a' });
    const { plan } = await sync(folder, { bucket: 'sync-keep', prefix: 'm/' });
    expect(plan.deletes).toEqual([]);
    await expect(
      sync(folder, { bucket: 'sync-keep', prefix: '' }, { deleteExtraneous: true }),
    ).rejects.toThrow(/Refusing to delete extraneous objects at the top of gs:\/\/sync-keep/);
    expect(Object.keys(contents('sync-keep'))).toEqual(['m/a.py', 'm/extra.py']);
  });

  it('uploads large files as resumable uploads in chunks, declaring the MD5', async () => {
    env.standIn.store.createBucket('sync-large');
    const big = pattern(700 * 1024, 7);
    const folder = makeFolder({ 'model.bin': big, 'small.txt': 's' });
    const { outcome } = await sync(
      folder,
      { bucket: 'sync-large', prefix: 'x/' },
      { resumableThreshold: 512 * 1024, chunkSize: 256 * 1024 },
    );
    expect(outcome.failed).toEqual([]);
    expect(env.standIn.store.data(env.standIn.store.get('sync-large', 'x/model.bin')).equals(big)).toBe(true);
    const resumable = env.standIn.requests.filter((r) => r.path.includes('/sync-large/') && r.contentRange);
    expect(resumable.length).toBeGreaterThanOrEqual(3);
  });
});

describe('sync: files above 8 MiB', () => {
  it('hashes them only when an object of their size exists, and still skips or uploads them right', async () => {
    env.standIn.store.createBucket('sync-big');
    const big = pattern(9 << 20, 11);
    const folder = makeFolder({ 'weights.bin': big });
    const destination = { bucket: 'sync-big', prefix: 'm/' };
    const first = await sync(folder, destination);
    expect(first.plan.uploads[0]?.md5).toBeUndefined();
    expect(first.outcome.uploaded.map((u) => u.reason)).toEqual(['new']);
    expect(env.standIn.store.get('sync-big', 'm/weights.bin').size).toBe(9 << 20);

    expect((await sync(folder, destination)).plan.skips).toHaveLength(1);
    big[12345] = (big[12345] ?? 0) ^ 0xff;
    writeFileSync(join(folder, 'weights.bin'), big);
    const third = await sync(folder, destination);
    expect(third.outcome.uploaded.map((u) => u.reason)).toEqual(['changed']);
    expect(env.standIn.store.data(env.standIn.store.get('sync-big', 'm/weights.bin')).equals(big)).toBe(true);
  });
});

describe('sync: concurrent writers and failures', () => {
  it('does not overwrite an object another writer changed after the plan', async () => {
    env.standIn.store.createBucket('sync-race');
    const folder = makeFolder({ 'a.py': 'ours v1', 'b.py': 'b' });
    await sync(folder, { bucket: 'sync-race', prefix: '' });
    writeFileSync(join(folder, 'a.py'), 'ours v2');
    const tree = walkFolder(folder, createSelection());
    const plan = await planSync(env.storage, tree.files, { bucket: 'sync-race', prefix: '' });
    await env.standIn.store.write('sync-race', 'a.py', Buffer.from('theirs'));
    const outcome = await applySync(env.storage, plan, quick);
    expect(outcome.failed).toEqual([
      {
        name: 'a.py',
        path: 'a.py',
        change: 'upload',
        reason: expect.stringMatching(
          /^another writer changed it during the sync \(it was at generation \d+, now generation \d+\); not overwritten$/,
        ),
      },
    ]);
    expect(contents('sync-race')['a.py']).toBe('theirs');
  });

  it('refuses to upload a file that changed after it was hashed', async () => {
    env.standIn.store.createBucket('sync-changed-midway');
    const folder = makeFolder({ 'a.py': 'version 1' });
    const tree = walkFolder(folder, createSelection());
    const plan = await planSync(env.storage, tree.files, { bucket: 'sync-changed-midway', prefix: '' });
    writeFileSync(join(folder, 'a.py'), 'version 2');
    const outcome = await applySync(env.storage, plan, quick);
    expect(outcome.failed).toEqual([
      { name: 'a.py', path: 'a.py', change: 'upload', reason: expect.stringMatching(/^HTTP 400: .*MD5/i) },
    ]);
    expect(contents('sync-changed-midway')).toEqual({});
  });

  it('recognises its own write when the answer was lost and the retry met a 412', async () => {
    env.standIn.store.createBucket('sync-lost-answer');
    const proxy = await new AnswerDroppingProxy(env.standIn.url).start();
    try {
      const storage = quickClient(proxy.url, env.standIn.projectId);
      proxy.dropAnswers(1, (method, url) => method === 'POST' && url.includes('name=p%2Fa.py'));
      const folder = makeFolder({ 'a.py': 'a', 'b.py': 'b' });
      const { outcome } = await sync(folder, { bucket: 'sync-lost-answer', prefix: 'p/' }, {}, storage);
      expect(proxy.dropped).toBe(1);
      expect(outcome.failed).toEqual([]);
      expect(outcome.uploaded.map((u) => u.name)).toEqual(['p/a.py', 'p/b.py']);
    } finally {
      await proxy.stop();
    }
  });

  it('ends in the same state as a clean run with 30% of requests failing (503 and dropped)', async () => {
    const files: Record<string, string | Buffer> = {};
    for (let i = 0; i < 30; i++) files[`m/file-${i}.py`] = `print(${i})\n`.repeat(i + 1);
    files['m/weights.bin'] = pattern(600 * 1024, 3);
    const folder = makeFolder(files);
    const options = { resumableThreshold: 256 * 1024, chunkSize: 256 * 1024, deleteExtraneous: true };
    for (const bucket of ['sync-clean', 'sync-faulty']) {
      env.standIn.store.createBucket(bucket);
      await env.standIn.store.write(bucket, 'p/stale.py', Buffer.from('old'));
    }
    await sync(folder, { bucket: 'sync-clean', prefix: 'p/' }, options);

    env.standIn.faults.reseed(42);
    env.standIn.faults.add({
      route: '/^.*sync-faulty/',
      action: { kind: 'status', status: 503 },
      fraction: 0.15,
    });
    env.standIn.faults.add({ route: '/^.*sync-faulty/', action: { kind: 'drop' }, fraction: 0.15 });
    const { outcome } = await sync(folder, { bucket: 'sync-faulty', prefix: 'p/' }, options);
    const injected = env.standIn.faults.injected.map((fault) => fault.action);
    env.standIn.faults.clear();
    expect(outcome.failed).toEqual([]);
    expect(contents('sync-faulty')).toEqual(contents('sync-clean'));
    expect(injected.filter((kind) => kind === 'status').length).toBeGreaterThan(3);
    expect(injected.filter((kind) => kind === 'drop').length).toBeGreaterThan(3);
  });

  it('names the files that did not make it, keeps what was written, and holds back deletes', async () => {
    env.standIn.store.createBucket('sync-denied');
    await env.standIn.store.write('sync-denied', 'p/extra.py', Buffer.from('x'));
    const folder = makeFolder({ 'a.py': 'a', 'b.py': 'b', 'secret/c.py': 'c' });
    // The first upload (one at a time: a.py) is refused for good: a 403 is not retried.
    env.standIn.faults.add({
      method: 'POST',
      route: '/upload/',
      action: { kind: 'status', status: 403 },
      times: 1,
    });
    const { outcome } = await sync(
      folder,
      { bucket: 'sync-denied', prefix: 'p/' },
      { deleteExtraneous: true, concurrency: 1 },
    );
    expect(outcome.failed).toEqual([
      {
        name: 'p/a.py',
        path: 'a.py',
        change: 'upload',
        reason: expect.stringContaining('403'),
        advice: expect.stringContaining('Storage Object User role (roles/storage.objectUser) on the bucket'),
      },
    ]);
    expect(outcome.uploaded.map((u) => u.name)).toEqual(['p/b.py', 'p/secret/c.py']);
    expect(outcome.deletesHeldBack.map((d) => d.name)).toEqual(['p/extra.py']);
    expect(Object.keys(contents('sync-denied'))).toEqual(['p/b.py', 'p/extra.py', 'p/secret/c.py']);
  });

  it('gives up on a file after the retries and says why', async () => {
    env.standIn.store.createBucket('sync-down');
    const folder = makeFolder({ 'a.py': 'a' });
    env.standIn.faults.add({ route: '/upload/', action: { kind: 'status', status: 503 }, times: 1000 });
    const storage = env.storage;
    const saved = storage.retryOptions.maxRetries;
    storage.retryOptions.maxRetries = 1;
    try {
      const { outcome } = await sync(
        folder,
        { bucket: 'sync-down', prefix: '' },
        { retryPolicy: { retries: 1, minDelayMs: 1 } },
      );
      expect(outcome.failed).toEqual([
        { name: 'a.py', path: 'a.py', change: 'upload', reason: expect.stringContaining('503') },
      ]);
    } finally {
      storage.retryOptions.maxRetries = saved;
      env.standIn.faults.clear();
    }
  });
});

describe('sync: the plan', () => {
  it('refuses files whose names cannot be object names, before writing anything', async () => {
    env.standIn.store.createBucket('sync-names');
    const folder = makeFolder({ 'ok.py': 'x' });
    writeFiles(folder, { 'bad\nname.py': 'x' });
    await expect(sync(folder, { bucket: 'sync-names', prefix: '' })).rejects.toThrow(
      '1 file cannot be stored under a valid object name: "bad\\nname.py" (the object name contains a carriage return or line feed). Nothing was uploaded.',
    );
    expect(contents('sync-names')).toEqual({});
  });

  it('fails clearly when the bucket does not exist', async () => {
    const folder = makeFolder({ 'a.py': 'a' });
    await expect(sync(folder, { bucket: 'sync-no-such-bucket', prefix: 'm/' })).rejects.toThrow(
      'The bucket of gs://sync-no-such-bucket/m/ does not exist',
    );
  });
});
