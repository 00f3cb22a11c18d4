import { listObjects, parseGsUri } from '@mlops-actions/gcs';
import { describe, expect, it } from 'vitest';
import {
  isInsideState,
  type Manifest,
  type ManifestEntry,
  publishSpan,
  readManifest,
  readTaken,
  writeManifestOnce,
} from '../src/index.ts';
import { useStandIn } from './stand-in.ts';

const env = useStandIn();
const BUCKET = 'exactly-once';
const source = parseGsUri(`gs://${BUCKET}/collected/`);
const state = parseGsUri(`gs://${BUCKET}/collected/_mlops/`);

/**
 * The loop in miniature, the way count-data and trigger-retraining use this package: list new
 * versions page by page (calling `duringListing` after each page), freeze them in a manifest,
 * then publish a span of the manifest's entries that no published span has taken.
 */
async function countAndTake(
  run: number,
  span: number,
  duringListing: (page: number) => Promise<void> = async () => {},
): Promise<Manifest> {
  const taken = await readTaken(env.storage, state);
  const entries: ManifestEntry[] = [];
  let listed = 0;
  for await (const object of listObjects(env.storage, source, { pageSize: 3 })) {
    if (++listed % 3 === 0) await duringListing(listed / 3);
    if (isInsideState(state, BUCKET, object.name) || taken.has(object.name, object.generation)) continue;
    entries.push({ name: object.name, generation: object.generation, size: object.size });
  }
  const manifest: Manifest = {
    ...manifestHeader(run),
    count: entries.length,
    objects: entries.length,
    bytes: entries.reduce((sum, entry) => sum + entry.size, 0),
    entries,
  };
  const written = await writeManifestOnce(env.storage, state, `run-${run}-count`, manifest);
  // trigger-retraining: read the manifest, take what is still untaken, publish.
  const frozen = await readManifest(env.storage, parseGsUri(written.uri));
  const now = await readTaken(env.storage, state);
  await publishSpan(
    env.storage,
    state,
    span,
    frozen.entries.filter((entry) => !now.has(entry.name, entry.generation)),
  );
  return frozen;
}

/** Count `run` again, as a re-run of its job would: a fresh listing, then writeManifestOnce. */
async function countAndTakeManifestOnly(run: number) {
  const taken = await readTaken(env.storage, state);
  const entries: ManifestEntry[] = [];
  for await (const object of listObjects(env.storage, source)) {
    if (isInsideState(state, BUCKET, object.name) || taken.has(object.name, object.generation)) continue;
    entries.push({ name: object.name, generation: object.generation, size: object.size });
  }
  const bytes = entries.reduce((sum, entry) => sum + entry.size, 0);
  const manifest: Manifest = {
    ...manifestHeader(run),
    count: entries.length,
    objects: entries.length,
    bytes,
    entries,
  };
  return writeManifestOnce(env.storage, state, `run-${run}-count`, manifest);
}

function manifestHeader(run: number) {
  return {
    version: 1 as const,
    source: 'gs://exactly-once/collected/',
    state: 'gs://exactly-once/collected/_mlops/',
    pattern: '**',
    unit: 'objects',
    createdAt: new Date(run).toISOString(),
    run: { repository: 'acme/vision', runId: String(run), job: 'count', sha: '0'.repeat(40) },
  };
}

const write = (name: string, body = name) =>
  env.standIn.store.write(BUCKET, `collected/${name}`, Buffer.from(body));

describe('exactly once, across counts and spans', () => {
  it('never loses an object written during a count, never takes one twice, and takes a rewrite again', async () => {
    env.standIn.store.createBucket(BUCKET);
    for (const name of ['b/1.jpg', 'b/2.jpg', 'd/1.jpg', 'd/2.jpg', 'f/1.jpg', 'f/2.jpg']) await write(name);
    const spanOf = new Map<string, number[]>();
    const record = (span: number, manifest: Manifest) => {
      for (const entry of manifest.entries) {
        const key = `${entry.name}#${entry.generation}`;
        spanOf.set(key, [...(spanOf.get(key) ?? []), span]);
      }
    };

    // Count 1: after the first page, one object lands behind the listing's cursor and one ahead.
    const first = await countAndTake(1, 0, async (page) => {
      if (page !== 1) return;
      await write('a/late.jpg'); // sorts before everything listed: this listing has passed it
      await write('z/late.jpg'); // sorts after: this listing will reach it
    });
    record(0, first);
    const firstNames = first.entries.map((entry) => entry.name);
    expect(firstNames).toContain('collected/z/late.jpg');
    expect(firstNames).not.toContain('collected/a/late.jpg');

    // Between counts: one taken object is rewritten (a new generation).
    await write('b/1.jpg', 'new pixels');

    // Count 2: what count 1 missed, and the rewrite; nothing count 1 took.
    const second = await countAndTake(2, 1);
    record(1, second);
    expect(second.entries.map((entry) => entry.name)).toEqual(['collected/a/late.jpg', 'collected/b/1.jpg']);

    // Count 3: nothing new.
    const third = await countAndTake(3, 2);
    expect(third.entries).toEqual([]);

    // Every live version is in exactly one span; so is the rewritten object's first version.
    const live: { name: string; generation: string }[] = [];
    for await (const object of listObjects(env.storage, source)) {
      if (!isInsideState(state, BUCKET, object.name)) live.push(object);
    }
    expect(live).toHaveLength(8);
    for (const object of live) expect(spanOf.get(`${object.name}#${object.generation}`)).toHaveLength(1);
    expect([...spanOf.values()].every((spans) => spans.length === 1)).toBe(true);
    expect(spanOf.size).toBe(9);
    const taken = await readTaken(env.storage, state);
    expect(taken.spans).toEqual([0, 1, 2]);
    expect(taken.size).toBe(9);
    expect(taken.overlaps).toEqual([]);
  });

  it("a re-run of count 2 (same run key) gets count 2's manifest back, not a new snapshot", async () => {
    const uri = parseGsUri('gs://exactly-once/collected/_mlops/manifests/run-2-count.json');
    const original = await readManifest(env.storage, uri);
    await write('y/after-count-2.jpg');
    const rerun = await countAndTakeManifestOnly(2);
    expect(rerun.created).toBe(false);
    expect(rerun.manifest).toEqual(original);
    expect(rerun.manifest.entries.map((entry) => entry.name)).not.toContain('collected/y/after-count-2.jpg');
  });
});
