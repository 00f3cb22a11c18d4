import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGsUri } from '@mlops-actions/gcs';
import { describe, expect, it } from 'vitest';
import {
  formatManifest,
  headerFromLines,
  type Manifest,
  ManifestEntriesFile,
  type ManifestEntry,
  NotLineLaidOut,
  readManifest,
  StateError,
  writeManifestFromFileOnce,
  writeManifestOnce,
} from '../src/index.ts';
import { sampleManifest } from './manifest-fixture.ts';
import { QUICK_RETRIES, useStandIn } from './stand-in.ts';

const env = useStandIn();
const scratch = mkdtempSync(join(tmpdir(), 'manifest-stream-test-'));

function entriesFile(entries: ManifestEntry[]): ManifestEntriesFile {
  const file = new ManifestEntriesFile(scratch);
  for (const entry of entries) file.add(entry);
  file.close();
  return file;
}

const headerOf = ({ entries: _, ...header }: Manifest) => header;

/** n entries named so that the listing order (UTF-8 bytes) and JavaScript's `<` disagree at the end. */
function manyEntries(n: number): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  for (let i = 0; i < n; i++)
    entries.push({
      name: `data/obj-${String(i).padStart(6, '0')}.jpg`,
      generation: String(1000 + i),
      size: i,
    });
  entries.push(
    { name: 'data/z-\uffff.jpg', generation: '7', size: 1 },
    { name: 'data/z-😀.jpg', generation: '8', size: 1 },
  );
  return entries;
}

describe('writeManifestFromFileOnce', () => {
  it('writes exactly the bytes formatManifest gives, from a file, and removes the file after', async () => {
    env.standIn.store.createBucket('stream-manifest');
    const state = parseGsUri('gs://stream-manifest/_mlops/');
    for (const [key, manifest] of [
      ['run-1-count', sampleManifest()],
      ['run-2-count', sampleManifest([])],
      ['run-3-count', { ...sampleManifest(manyEntries(20_000)), count: 20_002, perLabel: {} }],
    ] as const) {
      const file = entriesFile(manifest.entries);
      const written = await writeManifestFromFileOnce(env.storage, state, key, headerOf(manifest), file);
      file.remove();
      expect(existsSync(file.path)).toBe(false);
      expect(written).toEqual({
        uri: `gs://stream-manifest/_mlops/manifests/${key}.json`,
        created: true,
        manifest: headerOf(manifest),
      });
      const stored = env.standIn.store.live('stream-manifest', `_mlops/manifests/${key}.json`);
      expect(stored && env.standIn.store.data(stored).toString('utf8')).toBe(formatManifest(manifest));
      expect(await readManifest(env.storage, parseGsUri(written.uri))).toEqual(manifest);
    }
  });

  it("a re-run gets the first attempt's header back untouched, also when the first attempt wrote it whole", async () => {
    env.standIn.store.createBucket('stream-rerun');
    const state = parseGsUri('gs://stream-rerun/_mlops/');
    const first = sampleManifest();
    await writeManifestOnce(env.storage, state, 'run-5-count', first);
    const rerun = {
      ...sampleManifest(sampleManifest().entries.slice(0, 1)),
      createdAt: '2025-02-02T00:00:00.000Z',
    };
    rerun.count = 128;
    const again = await writeManifestFromFileOnce(
      env.storage,
      state,
      'run-5-count',
      headerOf(rerun),
      entriesFile(rerun.entries),
    );
    expect(again.created).toBe(false);
    expect(again.manifest).toEqual(headerOf(first));
    const otherLeg = { ...headerOf(first), pattern: '**/*.jpg' };
    await expect(
      writeManifestFromFileOnce(env.storage, state, 'run-5-count', otherLeg, entriesFile(first.entries)),
    ).rejects.toThrow(
      /different count \(its pattern is "\*\*\/\*\.tfrecord", this count's is "\*\*\/\*\.jpg"\)/,
    );
  });

  it('ends with exactly one manifest through a 503 and a dropped connection on the upload', async () => {
    env.standIn.store.createBucket('stream-503');
    env.standIn.faults.add({
      route: '/upload/storage/v1/b/stream-503/',
      action: { kind: 'status', status: 503 },
    });
    env.standIn.faults.add({ route: '/upload/storage/v1/b/stream-503/', action: { kind: 'drop' } });
    const manifest = sampleManifest(manyEntries(3000));
    manifest.count = manifest.entries.length;
    manifest.perLabel = {};
    const state = parseGsUri('gs://stream-503/_mlops/');
    const written = await writeManifestFromFileOnce(
      env.storage,
      state,
      'run-6-count',
      headerOf(manifest),
      entriesFile(manifest.entries),
      QUICK_RETRIES,
    );
    expect(written.created).toBe(true);
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'drop']);
    expect(await env.standIn.store.list('stream-503', '_mlops/manifests/')).toHaveLength(1);
    expect(await readManifest(env.storage, parseGsUri(written.uri))).toEqual(manifest);
  });

  it('refuses totals that disagree with the entries before any request', async () => {
    const manifest = sampleManifest();
    const bad = { ...headerOf(manifest), objects: 3, count: 1 };
    const writing = writeManifestFromFileOnce(
      env.storage,
      parseGsUri('gs://never-made/_mlops/'),
      'run-7-x',
      bad,
      entriesFile(manifest.entries),
    );
    await expect(writing).rejects.toBeInstanceOf(StateError);
    await expect(writing).rejects.toThrow(
      'gs://never-made/_mlops/manifests/run-7-x.json: refusing to write an invalid manifest: "objects" is 3, but there are 2 entries; "count" is 1, but the entries add up to 130',
    );
  });
});

describe('re-run reading of the stored manifest', () => {
  const linesOf = async function* (text: string) {
    yield* text.split('\n');
  };

  it('reads the header line by line, checking every entry as readManifest does', async () => {
    for (const manifest of [
      sampleManifest(),
      sampleManifest([]),
      { ...sampleManifest(), corrupt: [{ name: 'data/c', generation: '3', reason: 'record 1 at byte 9' }] },
    ]) {
      expect(await headerFromLines(linesOf(formatManifest(manifest)), 'x')).toEqual(headerOf(manifest));
    }
    const swapped = formatManifest(sampleManifest()).replace('data/a.tfrecord', 'data/c.tfrecord');
    await expect(headerFromLines(linesOf(swapped), 'gs://b/m.json')).rejects.toThrow(
      'gs://b/m.json: this is not a valid manifest: entries[1] ("data/b.tfrecord") comes after "data/c.tfrecord": entries must be sorted by name.',
    );
    const lying = formatManifest({ ...sampleManifest(), count: 7 });
    await expect(headerFromLines(linesOf(lying), 'x')).rejects.toThrow(
      '"count" is 7, but the entries add up to 130',
    );
    await expect(headerFromLines(linesOf(JSON.stringify(sampleManifest())), 'x')).rejects.toBeInstanceOf(
      NotLineLaidOut,
    );
  });

  it('a re-run meeting a manifest another writer laid out differently reads it whole, and checks it the same', async () => {
    env.standIn.store.createBucket('stream-other-layout');
    const first = sampleManifest();
    await env.standIn.store.write(
      'stream-other-layout',
      '_mlops/manifests/run-8-count.json',
      Buffer.from(JSON.stringify(first)),
    );
    const state = parseGsUri('gs://stream-other-layout/_mlops/');
    const again = await writeManifestFromFileOnce(
      env.storage,
      state,
      'run-8-count',
      headerOf(first),
      entriesFile(first.entries),
    );
    expect(again).toMatchObject({ created: false, manifest: headerOf(first) });
    await env.standIn.store.write(
      'stream-other-layout',
      '_mlops/manifests/run-9-count.json',
      Buffer.from(JSON.stringify({ ...first, objects: 5 })),
    );
    await expect(
      writeManifestFromFileOnce(
        env.storage,
        state,
        'run-9-count',
        headerOf(first),
        entriesFile(first.entries),
      ),
    ).rejects.toThrow('"objects" is 5, but there are 2 entries');
  });

  it('a re-run reads the stored manifest through a 503 and a dropped connection', async () => {
    env.standIn.store.createBucket('stream-cut');
    const manifest = sampleManifest(manyEntries(20_000));
    manifest.count = manifest.entries.length;
    manifest.perLabel = {};
    const state = parseGsUri('gs://stream-cut/_mlops/');
    await writeManifestOnce(env.storage, state, 'run-10-count', manifest);
    const download = '/_mlops%2Fmanifests%2Frun-10-count\\.json\\?alt=media/';
    env.standIn.faults.add({ route: download, action: { kind: 'status', status: 503 } });
    env.standIn.faults.add({ route: download, action: { kind: 'drop' } });
    const again = await writeManifestFromFileOnce(
      env.storage,
      state,
      'run-10-count',
      headerOf(manifest),
      entriesFile(manifest.entries),
      QUICK_RETRIES,
    );
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'drop']);
    expect(again).toMatchObject({ created: false, manifest: headerOf(manifest) });
  });
});

describe('ManifestEntriesFile', () => {
  it('refuses an entry out of name order, a repeated name and a bad field as it is added', () => {
    const file = new ManifestEntriesFile(scratch);
    try {
      file.add({ name: 'data/b', generation: '2', size: 1 });
      expect(() => file.add({ name: 'data/a', generation: '1', size: 1 })).toThrow(
        'Refusing an invalid manifest entry: entries[1] ("data/a") comes after "data/b": entries must be sorted by name.',
      );
      expect(() => file.add({ name: 'data/b', generation: '3', size: 1 })).toThrow(
        'repeats the name "data/b"',
      );
      expect(() => file.add({ name: 'data/c', generation: '0x1', size: 1 })).toThrow(
        '"generation" as a decimal string',
      );
      file.add({ name: 'data/c', generation: '4', size: 5, lines: 3 });
      expect(file.totals).toEqual({ objects: 2, bytes: 6, count: 4 });
      expect([...file.unitKinds].sort()).toEqual(['lines', 'objects']);
    } finally {
      file.remove();
    }
  });
});
