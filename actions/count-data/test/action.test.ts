// The built bundle (actions/count-data/dist) run through packages/runner on Node 24, as the GitHub
// runner would, against the Cloud Storage and GitHub stand-ins through the real client libraries.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GcsStandIn, GitHubStandIn } from '@mlops-actions/emulators';
import { type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { seedFixture } from '@mlops-actions/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { corruptFile, FRAMED, labelledFile, tfrecordFile, writeSpan } from './data.ts';

const actionDir = new URL('..', import.meta.url).pathname;
const SHA = '4f1c2e3d4b5a69788796a5b4c3d2e1f0a9b8c7d6';
let runId = 7000;

let gcs: GcsStandIn;
let github: GitHubStandIn;
beforeAll(async () => {
  gcs = await new GcsStandIn().start();
  github = await new GitHubStandIn().start();
});
afterAll(async () => {
  await gcs.stop();
  await github.stop();
});
afterEach(() => {
  gcs.faults.clear();
  github.faults.clear();
});

async function countData(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runBuiltAction({
    actionDir,
    inputs,
    token: github.token,
    env: {
      ...gcs.environment(),
      ...github.env(),
      GITHUB_SHA: SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: String(runId++),
      GITHUB_JOB: 'count',
      ...env,
    },
  });
}

const finalError = (result: RunResult) =>
  result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '';

function expectSuccess(result: RunResult): void {
  expect(finalError(result)).toBe('');
  expect(result.exitCode).toBe(0);
}

function names(bucket: string, prefix: string): string[] {
  return gcs.store.sortedNames(bucket).filter((name) => name.startsWith(prefix));
}

function manifestAt(uri: string): Record<string, unknown> & { entries: Record<string, unknown>[] } {
  const match = /^gs:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new Error(`not a gs:// URI: ${uri}`);
  const record = gcs.store.live(match[1] as string, match[2] as string);
  if (!record) throw new Error(`no manifest at ${uri}`);
  return JSON.parse(gcs.store.data(record).toString('utf8'));
}

async function put(bucket: string, files: Record<string, Buffer | string>): Promise<Record<string, string>> {
  const generations: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    generations[name] = (await gcs.store.write(bucket, name, Buffer.from(data))).generation;
  }
  return generations;
}

describe('count-data (built bundle on Node 24)', () => {
  it('counts objects under source matched by pattern, never the state folder, and freezes them in a manifest', async () => {
    gcs.store.createBucket('cd-objects');
    await put('cd-objects', {
      'collected/a/1.jpg': 'one',
      'collected/a/2.jpg': 'two!',
      'collected/b/3.jpg': 'three',
      'collected/b/notes.txt': 'not an image',
      'collected/_mlops/manifests/old.json': '{}',
      'collected-old/4.jpg': 'outside source',
    });
    const result = await countData({
      source: 'gs://cd-objects/collected',
      pattern: '**/*.jpg',
      unit: 'objects',
      threshold: '10',
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({
      count: '3',
      enough: 'false',
      threshold: '10',
      objects: '3',
      bytes: '12',
    });
    expect(result.summary).toContain('Not yet: 3 of 10 objects');
    const manifest = manifestAt(result.outputs.manifest as string);
    expect(result.outputs.manifest).toMatch(
      /^gs:\/\/cd-objects\/collected\/_mlops\/manifests\/run-\d+-count\.json$/,
    );
    expect(manifest.entries.map((e) => e.name)).toEqual([
      'collected/a/1.jpg',
      'collected/a/2.jpg',
      'collected/b/3.jpg',
    ]);
    expect(manifest.entries[0]?.generation).toBe(
      gcs.store.live('cd-objects', 'collected/a/1.jpg')?.generation.toString(),
    );
    // The server applied the pattern: the listing asked with matchGlob.
    expect(
      gcs.requests.some((r) => r.path.includes('/b/cd-objects/o') && r.query.includes('matchGlob=')),
    ).toBe(true);
  });

  it('counts records of plain, GZIP and ZLIB TFRecords, the CIFAR-10 files (128 each) and lines, exactly', async () => {
    gcs.store.createBucket('cd-records');
    await put('cd-records', {
      'in/plain.tfrecord': await tfrecordFile(7),
      'in/packed.tfrecord.gz': await tfrecordFile(11, 'gzip'),
      'in/deflated.tfrecord.zz': await tfrecordFile(5, 'zlib'),
      'in/cifar10_train.tfrecord': readFileSync(seedFixture('cifar10_train.tfrecord')),
      'in/cifar10_test.tfrecord': readFileSync(seedFixture('cifar10_test.tfrecord')),
      'in/rows.csv': 'a,b\n1,2\n3,4', // last line without a newline counts
      'in/events.jsonl': '{"x":1}\n{"x":2}\n',
      'in/empty.jsonl': '',
      'in/image.png': 'an object',
    });
    const result = await countData({ source: 'gs://cd-records/in/', unit: 'auto', threshold: '280' });
    expectSuccess(result);
    // 7 + 11 + 5 + 128 + 128 records, 3 + 2 + 0 lines, 1 object
    expect(result.outputs).toMatchObject({
      count: String(7 + 11 + 5 + 256 + 5 + 1),
      enough: 'true',
      objects: '9',
    });
    const entries = Object.fromEntries(
      manifestAt(result.outputs.manifest as string).entries.map((e) => [e.name, e]),
    );
    expect(entries['in/cifar10_train.tfrecord']).toMatchObject({ records: 128 });
    expect(entries['in/cifar10_test.tfrecord']).toMatchObject({ records: 128 });
    expect(entries['in/packed.tfrecord.gz']).toMatchObject({ records: 11 });
    expect(entries['in/deflated.tfrecord.zz']).toMatchObject({ records: 5 });
    expect(entries['in/rows.csv']).toMatchObject({ lines: 3 });
    expect(entries['in/empty.jsonl']).toMatchObject({ lines: 0 });
    expect(entries['in/image.png']?.records).toBeUndefined();
    expect(typeof entries['in/plain.tfrecord']?.crc32c).toBe('string');
  });

  it('writes the manifest in name order when reads finish out of order, and leaves nothing in RUNNER_TEMP', async () => {
    gcs.store.createBucket('cd-order');
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 40; i++)
      files[`d/${String(i).padStart(3, '0')}.tfrecord`] = await tfrecordFile(1 + (i % 5));
    // JavaScript's `<` puts the emoji first; Cloud Storage (UTF-8 bytes) puts it last.
    files['d/z-\uffff.tfrecord'] = await tfrecordFile(2);
    files['d/z-😀.tfrecord'] = await tfrecordFile(3);
    await put('cd-order', files);
    // The first object's read answers last: every other one finishes before it.
    gcs.faults.add({ route: '/cd-order/o/d%2F000\\.tfrecord/', action: { kind: 'delay', ms: 1500 } });
    const temp = mkdtempSync(join(tmpdir(), 'cd-runner-temp-'));
    const result = await countData(
      { source: 'gs://cd-order/d/', unit: 'records', threshold: '1', concurrency: '8' },
      { RUNNER_TEMP: temp },
    );
    expectSuccess(result);
    expect(gcs.faults.injected.map((fault) => fault.action)).toEqual(['delay']);
    const manifest = manifestAt(result.outputs.manifest as string);
    expect(manifest.entries.map((e) => e.name)).toEqual(
      names('cd-order', 'd/').filter((name) => !name.startsWith('d/_mlops/')),
    );
    expect(manifest.entries.at(-1)?.name).toBe('d/z-😀.tfrecord');
    expect(result.outputs).toMatchObject({ objects: '42', count: String(8 * (1 + 2 + 3 + 4 + 5) + 5) });
    expect(readdirSync(temp)).toEqual([]);
  });

  const KINDS = ['truncated-header', 'length-crc', 'truncated-data', 'data-crc'] as const;

  it.each(KINDS)(
    'fails on %s naming the object, the record index and the byte offset, and writes no manifest',
    async (kind) => {
      const bucket = `cd-corrupt-${kind}`;
      gcs.store.createBucket(bucket);
      await put(bucket, {
        'd/good.tfrecord': await tfrecordFile(3),
        'd/bad.tfrecord': await corruptFile(kind, 6, 4),
      });
      const temp = mkdtempSync(join(tmpdir(), 'cd-runner-temp-'));
      const result = await countData(
        { source: `gs://${bucket}/d/`, unit: 'records', threshold: '1' },
        { RUNNER_TEMP: temp },
      );
      expect(result.exitCode).toBe(1);
      expect(readdirSync(temp)).toEqual([]); // the entries file is gone too
      const message = finalError(result);
      expect(message).toContain(`gs://${bucket}/d/bad.tfrecord`);
      expect(message).toContain(`record 4 at byte ${4 * FRAMED}`);
      expect(message).toContain(kind);
      expect(names(bucket, 'd/_mlops/manifests/')).toEqual([]);
    },
  );

  it('with on-corrupt: skip, leaves every corrupt object out of the count and lists it', async () => {
    gcs.store.createBucket('cd-skip');
    const files: Record<string, Buffer> = { 'd/good.tfrecord': await tfrecordFile(3) };
    for (const kind of KINDS) files[`d/${kind}.tfrecord`] = await corruptFile(kind, 6, 2);
    await put('cd-skip', files);
    const result = await countData({
      source: 'gs://cd-skip/d/',
      unit: 'records',
      threshold: '1',
      'on-corrupt': 'skip',
    });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ count: '3', objects: '1' });
    const corrupt = JSON.parse(result.outputs.corrupt as string) as { name: string; reason: string }[];
    expect(corrupt.map((c) => c.name)).toEqual(KINDS.map((kind) => `d/${kind}.tfrecord`).sort());
    for (const c of corrupt) expect(c.reason).toContain(`record 2 at byte ${2 * FRAMED}`);
    expect(result.summary).toContain('Skipped as corrupt: 4 objects');
    expect(manifestAt(result.outputs.manifest as string).corrupt).toHaveLength(4);
  });

  it('counts only what no published span took; a rewritten object counts again; an unpublished span is ignored', async () => {
    gcs.store.createBucket('cd-once');
    const first = await put('cd-once', {
      'c/1.jpg': '1',
      'c/2.jpg': '2',
      'c/3.jpg': '3',
      'c/4.jpg': '4',
    });
    const taken = ['c/1.jpg', 'c/2.jpg', 'c/3.jpg'].map((name) => ({
      name,
      generation: first[name] as string,
    }));
    await writeSpan(gcs, 'cd-once', 'c/_mlops/', 1, taken.slice(0, 2));
    await writeSpan(gcs, 'cd-once', 'c/_mlops/', 2, taken.slice(2), false); // never published
    await put('cd-once', { 'c/2.jpg': '2, rewritten' }); // a new generation after span 1 took it
    const result = await countData({ source: 'gs://cd-once/c/', unit: 'objects', threshold: '3' });
    expectSuccess(result);
    expect(result.outputs).toMatchObject({ count: '3', enough: 'true' });
    const entries = manifestAt(result.outputs.manifest as string).entries;
    expect(entries.map((e) => e.name)).toEqual(['c/2.jpg', 'c/3.jpg', 'c/4.jpg']);
    expect(entries[0]?.generation).not.toBe(first['c/2.jpg']);
  });

  it('never loses an object written or rewritten while the count runs: it is in the next count', async () => {
    gcs.store.createBucket('cd-during');
    const before = await put('cd-during', {
      'n/a.tfrecord': await tfrecordFile(2),
      'n/b.tfrecord': await tfrecordFile(3),
    });
    // Hold the read of a.tfrecord; meanwhile a new object arrives and b is rewritten.
    gcs.faults.add({
      method: 'GET',
      route: '/cd-during\\/o\\/n(%2F|\\/)a\\.tfrecord/',
      action: { kind: 'delay', ms: 1500 },
    });
    const running = countData({
      source: 'gs://cd-during/n/',
      unit: 'records',
      threshold: '100',
      concurrency: '1',
    });
    for (let i = 0; i < 100 && gcs.faults.injected.length === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(gcs.faults.injected).toHaveLength(1);
    const during = await put('cd-during', {
      'n/c.tfrecord': await tfrecordFile(4),
      'n/b.tfrecord': await tfrecordFile(5),
    });
    const first = await running;
    expectSuccess(first);
    const counted = manifestAt(first.outputs.manifest as string).entries;
    expect(counted.map((e) => e.name)).toEqual(['n/a.tfrecord']);
    expect(counted[0]?.generation).toBe(before['n/a.tfrecord']);
    expect(first.summary).toContain('Changed while counting');

    // trigger-retraining takes exactly the manifest into span 1; the next count sees the rest.
    await writeSpan(
      gcs,
      'cd-during',
      'n/_mlops/',
      1,
      counted.map((e) => ({ name: e.name as string, generation: e.generation as string })),
    );
    const second = await countData({ source: 'gs://cd-during/n/', unit: 'records', threshold: '100' });
    expectSuccess(second);
    const next = manifestAt(second.outputs.manifest as string).entries;
    expect(next.map((e) => [e.name, e.generation, e.records])).toEqual([
      ['n/b.tfrecord', during['n/b.tfrecord'], 5],
      ['n/c.tfrecord', during['n/c.tfrecord'], 4],
    ]);
  });

  it('dispatches the workflow when enough, and a re-run of the job reuses its manifest and does not dispatch again', async () => {
    gcs.store.createBucket('cd-dispatch');
    github.addWorkflow({
      file: 'retrain.yml',
      inputs: { manifest: { required: true }, count: { required: true }, mode: { required: false } },
    });
    await put('cd-dispatch', { 'x/1.csv': 'a\nb\n', 'x/2.csv': 'c\n' });
    const inputs = {
      source: 'gs://cd-dispatch/x/',
      threshold: '3',
      'dispatch-workflow': 'retrain.yml',
      'dispatch-inputs': 'mode: full',
    };
    const env = { GITHUB_RUN_ID: '424242', GITHUB_JOB: 'count' };
    const first = await countData(inputs, env);
    expect(finalError(first)).toBe('');
    expect(first.outputs).toMatchObject({ count: '3', enough: 'true', dispatched: 'true' });
    expect(github.dispatches).toHaveLength(1);
    expect(github.dispatches[0]).toMatchObject({
      workflow: '.github/workflows/retrain.yml',
      ref: 'refs/heads/main',
      inputs: { mode: 'full', manifest: first.outputs.manifest, count: '3' },
    });

    await put('cd-dispatch', { 'x/3.csv': 'd\ne\n' }); // arrives before the re-run
    const rerun = await countData(inputs, env);
    expectSuccess(rerun);
    expect(rerun.outputs).toMatchObject({
      count: '3',
      manifest: first.outputs.manifest,
      dispatched: 'false',
    });
    expect(github.dispatches).toHaveLength(1);
    expect(rerun.summary).toContain('already started by an earlier attempt');
  });

  it('says which permission a refused dispatch needs, and leaves the claim free for a re-run', async () => {
    gcs.store.createBucket('cd-refused');
    await put('cd-refused', { 'x/1.jpg': '1' });
    const result = await countData({
      source: 'gs://cd-refused/x/',
      threshold: '1',
      'dispatch-workflow': 'missing.yml',
    });
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toContain('404');
    expect(finalError(result)).toContain('actions: write');
    expect(names('cd-refused', 'x/_mlops/dispatches/')).toEqual([]);
  });

  it('keeps the claim when the dispatch may have started (a dropped answer), so a re-run never starts a second', async () => {
    gcs.store.createBucket('cd-unknown');
    github.addWorkflow({
      file: 'retrain-unknown.yml',
      inputs: { manifest: { required: true }, count: { required: true } },
    });
    await put('cd-unknown', { 'x/1.jpg': '1' });
    const inputs = {
      source: 'gs://cd-unknown/x/',
      threshold: '1',
      'dispatch-workflow': 'retrain-unknown.yml',
    };
    const env = { GITHUB_RUN_ID: '515151', GITHUB_JOB: 'count' };
    github.faults.add({ route: '/repos/', method: 'POST', action: { kind: 'drop' } });
    const first = await countData(inputs, env);
    expect(first.exitCode).toBe(1);
    expect(finalError(first)).toContain('may or may not have started it');
    expect(names('cd-unknown', 'x/_mlops/dispatches/')).toHaveLength(1);

    github.faults.clear();
    const rerun = await countData(inputs, env);
    expectSuccess(rerun);
    expect(rerun.outputs).toMatchObject({
      dispatched: 'false',
      manifest: 'gs://cd-unknown/x/_mlops/manifests/run-515151-count.json',
    });
    expect(names('cd-unknown', 'x/_mlops/manifests/')).toEqual(['x/_mlops/manifests/run-515151-count.json']);
  });

  it('builds the per-label histogram from path folders and from a TFRecord feature with class names', async () => {
    gcs.store.createBucket('cd-labels');
    await put('cd-labels', {
      'img/cat/1.jpg': '1',
      'img/cat/2.jpg': '2',
      'img/dog/3.jpg': '3',
      'img/bird/4.jpg': '4',
      'img/cat/5.jpg': '5',
    });
    const byPath = await countData({
      source: 'gs://cd-labels/img/',
      threshold: '10',
      'label-from': '(?<label>[^/]+)/[^/]+$',
    });
    expectSuccess(byPath);
    expect(JSON.parse(byPath.outputs['per-label'] as string)).toEqual({ bird: 1, cat: 3, dog: 1 });
    expect(byPath.summary).toContain('xychart-beta');
    expect(byPath.summary).toContain('bar [1, 3, 1]');

    await put('cd-labels', {
      'rec/a.tfrecord.gz': await labelledFile([0, 1, 1, 9, 0, 1]),
      'rec/b.tfrecord.gz': await labelledFile([9, 9, 3]),
    });
    const byFeature = await countData({
      source: 'gs://cd-labels/rec/',
      unit: 'records',
      threshold: '5',
      'label-from': 'feature:label',
      'class-names': readFileSync(seedFixture('labels.txt'), 'utf8'),
    });
    expectSuccess(byFeature);
    const names10 = readFileSync(seedFixture('labels.txt'), 'utf8').split('\n');
    expect(JSON.parse(byFeature.outputs['per-label'] as string)).toEqual({
      [names10[0] as string]: 2,
      [names10[1] as string]: 3,
      [names10[3] as string]: 1,
      [names10[9] as string]: 3,
    });
  });

  it.each([
    [{ threshold: '0' }, 'threshold', '"0"'],
    [{ threshold: '-1' }, 'threshold', '"-1"'],
    [{ threshold: 'abc' }, 'threshold', '"abc"'],
    [{ source: 's3://bucket/data/' }, 'source', 'gs://'],
    [{ source: 'gs:///data/' }, 'source', 'bucket'],
    [{ 'label-from': '([a-z]+)_\\d+\\.jpg$' }, 'label-from', 'label'],
    [{ unit: 'bytes' }, 'unit', '"bytes"'],
    [{ concurrency: '0' }, 'concurrency', '"0"'],
    [{ pattern: '**/*.{jpg' }, 'pattern', 'never closed'],
    [{ 'on-corrupt': 'ignore' }, 'on-corrupt', '"ignore"'],
    [{ 'dispatch-workflow': 'retrain.yml', 'dispatch-inputs': '[1, 2]' }, 'dispatch-inputs', 'mapping'],
    [{ 'dispatch-inputs': 'a: b' }, 'dispatch-inputs', 'dispatch-workflow'],
  ])('refuses %j before any request, naming %s', async (bad, input, shown) => {
    const gcsBefore = gcs.requests.length;
    const githubBefore = github.requests.length;
    const result = await countData({ source: 'gs://cd-never/data/', threshold: '5', ...bad });
    expect(result.exitCode).toBe(1);
    const message = finalError(result);
    expect(message).toContain(`"${input}"`);
    expect(message).toContain(shown);
    expect(gcs.requests.length).toBe(gcsBefore);
    expect(github.requests.length).toBe(githubBefore);
  });

  it('says which bucket is missing', async () => {
    const result = await countData({ source: 'gs://cd-no-such-bucket/data/', threshold: '5' });
    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toContain('cd-no-such-bucket');
  });
});
