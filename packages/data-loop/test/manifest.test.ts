import { parseGsUri } from '@mlops-actions/gcs';
import { describe, expect, it } from 'vitest';
import { AnswerDroppingProxy } from '../../gcs/test/answer-dropping-proxy.ts';
import {
  compareObjectNames,
  formatManifest,
  type ManifestEntry,
  manifestProblems,
  parseManifest,
  readManifest,
  StateError,
  writeManifestOnce,
} from '../src/index.ts';
import { sampleManifest } from './manifest-fixture.ts';
import { QUICK_RETRIES, quickClient, useStandIn } from './stand-in.ts';

const env = useStandIn();

const objectsUnder = (bucket: string, prefix: string) => env.standIn.store.list(bucket, prefix);

describe('writeManifestOnce', () => {
  it('writes under <state>/manifests/<run key>.json; a re-run gets the first manifest back untouched', async () => {
    env.standIn.store.createBucket('collect');
    const state = parseGsUri('gs://collect/data/_mlops/');
    const first = await writeManifestOnce(env.storage, state, 'run-123-count', sampleManifest());
    expect(first).toMatchObject({
      uri: 'gs://collect/data/_mlops/manifests/run-123-count.json',
      created: true,
    });
    const rerun = sampleManifest();
    rerun.createdAt = '2025-01-02T09:00:00.000Z';
    const second = await writeManifestOnce(env.storage, state, 'run-123-count', rerun);
    expect(second.created).toBe(false);
    expect(second.manifest).toEqual(sampleManifest());
    expect(await readManifest(env.storage, parseGsUri(first.uri))).toEqual(sampleManifest());
    expect(await objectsUnder('collect', 'data/_mlops/manifests/')).toHaveLength(1);
  });

  it('ends with exactly one manifest through a 503 and a dropped connection on the upload', async () => {
    env.standIn.store.createBucket('manifest-503');
    env.standIn.faults.add({
      route: '/upload/storage/v1/b/manifest-503/',
      action: { kind: 'status', status: 503 },
    });
    env.standIn.faults.add({ route: '/upload/storage/v1/b/manifest-503/', action: { kind: 'drop' } });
    const state = parseGsUri('gs://manifest-503/_mlops/');
    const written = await writeManifestOnce(
      env.storage,
      state,
      'run-1-count',
      sampleManifest(),
      QUICK_RETRIES,
    );
    expect(written.created).toBe(true);
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'drop']);
    expect(await objectsUnder('manifest-503', '_mlops/manifests/')).toHaveLength(1);
    expect(await readManifest(env.storage, parseGsUri(written.uri))).toEqual(sampleManifest());
  });

  it('recognises its own write when the answer was dropped and the retry meets 412', async () => {
    env.standIn.store.createBucket('manifest-dropped');
    const proxy = await new AnswerDroppingProxy(env.standIn.url).start();
    try {
      const storage = quickClient(proxy.url, env.standIn.projectId);
      proxy.dropAnswers(1, (method, url) => method === 'POST' && url.startsWith('/upload/'));
      const state = parseGsUri('gs://manifest-dropped/_mlops/');
      const written = await writeManifestOnce(storage, state, 'run-2-count', sampleManifest(), QUICK_RETRIES);
      expect(proxy.dropped).toBe(1);
      expect(written.created).toBe(true);
      expect(await objectsUnder('manifest-dropped', '_mlops/manifests/')).toHaveLength(1);
      // Another writer with the same run key is told it was there already.
      expect((await writeManifestOnce(storage, state, 'run-2-count', sampleManifest())).created).toBe(false);
    } finally {
      await proxy.stop();
    }
  });

  it("refuses to pass off another count's manifest as this run's (matrix jobs share a run key)", async () => {
    env.standIn.store.createBucket('manifest-matrix');
    const state = parseGsUri('gs://manifest-matrix/_mlops/');
    await writeManifestOnce(env.storage, state, 'run-4-count', sampleManifest());
    const otherLeg = { ...sampleManifest(), pattern: '**/*.jsonl' };
    await expect(writeManifestOnce(env.storage, state, 'run-4-count', otherLeg)).rejects.toThrow(
      'gs://manifest-matrix/_mlops/manifests/run-4-count.json: this run key\'s manifest is there already, but from a different count (its pattern is "**/*.tfrecord", this count\'s is "**/*.jsonl").',
    );
  });

  it('writes nothing when the manifest is invalid', async () => {
    env.standIn.store.createBucket('manifest-invalid');
    const bad = sampleManifest();
    bad.entries.reverse();
    await expect(
      writeManifestOnce(env.storage, parseGsUri('gs://manifest-invalid/_mlops/'), 'run-3-x', bad),
    ).rejects.toThrow(
      'refusing to write an invalid manifest: entries[1] ("data/a.tfrecord") comes after "data/b.tfrecord"',
    );
    expect(await objectsUnder('manifest-invalid', '')).toHaveLength(0);
  });
});

describe('readManifest', () => {
  it('names the URI and every problem', async () => {
    env.standIn.store.createBucket('manifest-read');
    await env.standIn.store.write('manifest-read', 'm/not-json.json', Buffer.from('{"version": 1,'));
    await env.standIn.store.write('manifest-read', 'm/v2.json', Buffer.from('{"version": 2}'));
    const reading = readManifest(env.storage, parseGsUri('gs://manifest-read/m/not-json.json'));
    await expect(reading).rejects.toBeInstanceOf(StateError);
    await expect(reading).rejects.toThrow(
      /^gs:\/\/manifest-read\/m\/not-json.json: this is not a manifest: it is not JSON/,
    );
    await expect(readManifest(env.storage, parseGsUri('gs://manifest-read/m/v2.json'))).rejects.toThrow(
      'gs://manifest-read/m/v2.json: this is not a valid manifest: "version" is 2; this reader knows version 1.',
    );
    await expect(readManifest(env.storage, parseGsUri('gs://manifest-read/m/none.json'))).rejects.toThrow(
      'gs://manifest-read/m/none.json does not exist.',
    );
  });

  it('reads the manifest format back exactly', async () => {
    const manifest = sampleManifest();
    const text = formatManifest(manifest);
    expect(text.split('\n').filter((line) => line.includes('"generation"'))).toHaveLength(2);
    expect(parseManifest(text, 'x')).toEqual(manifest);
    expect(parseManifest(formatManifest(sampleManifest([])), 'x').entries).toEqual([]);
  });
});

describe('manifestProblems', () => {
  const withEntries = (mutate: (manifest: ReturnType<typeof sampleManifest>) => void) => {
    const manifest = sampleManifest();
    mutate(manifest);
    return manifestProblems(manifest);
  };

  it('accepts a valid manifest, and fields it does not know', () => {
    expect(manifestProblems(sampleManifest())).toEqual([]);
    expect(manifestProblems({ ...sampleManifest(), countedFrom: 'metadata' })).toEqual([]);
  });

  it.each([
    ['missing fields', (m: Record<string, unknown>) => delete m.source, '"source" must be a string'],
    [
      'a source that is not gs://',
      (m: Record<string, unknown>) => (m.source = '/tmp/x'),
      '"source" must be a gs:// URI; got "/tmp/x"',
    ],
    [
      'a bad run',
      (m: Record<string, unknown>) => (m.run = { runId: 1 }),
      '"run" must be {"repository", "runId", "job", "sha"} (strings)',
    ],
    [
      'a negative count',
      (m: Record<string, unknown>) => (m.count = -1),
      '"count" must be a whole number ≥ 0',
    ],
    [
      'totals that disagree',
      (m: Record<string, unknown>) => (m.bytes = 5),
      '"bytes" is 5, but the entries\' sizes add up to 1020',
    ],
    [
      'a count that disagrees',
      (m: Record<string, unknown>) => (m.count = 129),
      '"count" is 129, but the entries add up to 130 (each entry counts its "records", else its "lines", else 1)',
    ],
  ])('refuses %s', (_, mutate, problem) => {
    expect(withEntries(mutate as (m: unknown) => void)).toContain(problem);
  });

  it('refuses repeated names and unsorted, badly typed entries', () => {
    expect(withEntries((m) => (m.entries[1] = { ...(m.entries[0] as ManifestEntry) }))).toEqual([
      'entries[1] repeats the name "data/a.tfrecord": each object appears once',
    ]);
    expect(withEntries((m) => ((m.entries[0] as ManifestEntry).generation = '17e5'))).toEqual([
      'entries[0] ("data/a.tfrecord") must have "generation" as a decimal string',
    ]);
    expect(withEntries((m) => ((m.entries[0] as ManifestEntry).records = 1.5))).toEqual([
      'entries[0] ("data/a.tfrecord") "records" must be a whole number ≥ 0',
    ]);
  });

  it('orders names as Cloud Storage lists them (UTF-8 bytes), not by UTF-16 units', () => {
    const names = ['a/\u{1F600}.jpg', 'a/\uFF01.jpg', 'a/z.jpg', 'a/b.jpg'];
    expect([...names].sort(compareObjectNames)).toEqual([
      'a/b.jpg',
      'a/z.jpg',
      'a/\uFF01.jpg',
      'a/\u{1F600}.jpg',
    ]);
    const byBytes = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...names].sort(compareObjectNames)).toEqual(byBytes);
  });
});
