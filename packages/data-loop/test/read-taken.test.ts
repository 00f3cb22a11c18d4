import { gzipSync } from 'node:zlib';
import { parseGsUri, writeObjectIfAbsent } from '@mlops-actions/gcs';
import { describe, expect, it } from 'vitest';
import {
  decodeTaken,
  encodePublishedMarker,
  encodeTaken,
  listSpans,
  publishSpan,
  readTaken,
  StateError,
  type TakenEntry,
  takenObject,
} from '../src/index.ts';
import { QUICK_RETRIES, useStandIn } from './stand-in.ts';

const env = useStandIn();

const entries = (prefix: string, count: number, generation = '1700000000000001'): TakenEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `${prefix}${String(i).padStart(6, '0')}.jpg`,
    generation,
  }));

describe('readTaken', () => {
  it('is empty when nothing was ever taken (no state folder yet)', async () => {
    env.standIn.store.createBucket('taken-empty');
    const taken = await readTaken(env.storage, parseGsUri('gs://taken-empty/data/_mlops/'));
    expect(taken.size).toBe(0);
    expect(taken.spans).toEqual([]);
  });

  it('holds the (name, generation) pairs of published spans, in numeric span order, and ignores an unpublished one', async () => {
    env.standIn.store.createBucket('taken-spans');
    const state = parseGsUri('gs://taken-spans/data/_mlops/');
    await publishSpan(env.storage, state, 9, [{ name: 'data/cat/1.jpg', generation: '11' }]);
    await publishSpan(env.storage, state, 10, [{ name: 'data/dog/2.jpg', generation: '22' }]);
    // Span 11 is being written: its taken list is there, its marker is not.
    await writeObjectIfAbsent(
      env.storage,
      takenObject(state, 11),
      encodeTaken([{ name: 'data/cat/3.jpg', generation: '33' }]),
    );
    // Not span folders: ignored.
    await writeObjectIfAbsent(
      env.storage,
      parseGsUri('gs://taken-spans/data/_mlops/spans/007/_PUBLISHED'),
      '{}',
    );
    await writeObjectIfAbsent(env.storage, parseGsUri('gs://taken-spans/data/_mlops/spans/README'), 'x');

    const taken = await readTaken(env.storage, state);
    expect(taken.spans).toEqual([9, 10]);
    expect(taken.size).toBe(2);
    expect(taken.has('data/cat/1.jpg', '11')).toBe(true);
    expect(taken.spanOf('data/dog/2.jpg', '22')).toBe(10);
    // A rewrite is a new generation: not taken.
    expect(taken.has('data/cat/1.jpg', '12')).toBe(false);
    expect(taken.has('data/cat/3.jpg', '33')).toBe(false);
    expect(taken.overlaps).toEqual([]);
    // The writer's view for numbering: every span folder, published or not.
    const folders = await listSpans(env.storage, state);
    expect(folders.map((folder) => [folder.span, folder.published !== undefined])).toEqual([
      [9, true],
      [10, true],
      [11, false],
    ]);
  });

  it('reads through a 503 and a dropped connection on the listing and the downloads', async () => {
    env.standIn.store.createBucket('taken-faults');
    const state = parseGsUri('gs://taken-faults/_mlops/');
    await publishSpan(env.storage, state, 1, entries('f/', 10));
    env.standIn.faults.add({
      route: '/storage/v1/b/taken-faults/o?',
      action: { kind: 'status', status: 503 },
    });
    env.standIn.faults.add({ route: '/storage/v1/b/taken-faults/o/', action: { kind: 'drop' } });
    env.standIn.faults.add({
      route: '/storage/v1/b/taken-faults/o/',
      action: { kind: 'status', status: 429 },
    });
    const taken = await readTaken(env.storage, state, { retryPolicy: QUICK_RETRIES });
    expect(taken.size).toBe(10);
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'drop', 'status']);
  });

  it('refuses a published span whose taken list was rewritten after publishing', async () => {
    env.standIn.store.createBucket('taken-rewritten');
    const state = parseGsUri('gs://taken-rewritten/_mlops/');
    await publishSpan(env.storage, state, 2, entries('r/', 2));
    const rewritten = await env.standIn.store.write(
      'taken-rewritten',
      '_mlops/spans/2/taken.jsonl.gz',
      encodeTaken([]),
    );
    const reading = readTaken(env.storage, state);
    await expect(reading).rejects.toBeInstanceOf(StateError);
    await expect(reading).rejects.toThrow(
      /^gs:\/\/taken-rewritten\/_mlops\/spans\/2\/taken.jsonl.gz#\d+: span 2 is published, but the taken list its marker names is gone/,
    );
    expect(rewritten.generation).toMatch(/^\d+$/);
  });

  it('reports a version found in two published spans instead of hiding it', async () => {
    env.standIn.store.createBucket('taken-overlap');
    const state = parseGsUri('gs://taken-overlap/_mlops');
    await publishSpan(env.storage, state, 1, [{ name: 'a', generation: '5' }]);
    await publishSpan(env.storage, state, 2, [
      { name: 'a', generation: '5' },
      { name: 'b', generation: '6' },
    ]);
    const taken = await readTaken(env.storage, state);
    expect(taken.size).toBe(2);
    expect(taken.spanOf('a', '5')).toBe(1);
    expect(taken.overlaps).toEqual([{ name: 'a', generation: '5', spans: [1, 2] }]);
  });

  it('gives the same answer for a taken list another writer spelled differently (spaces, escapes, key order)', async () => {
    env.standIn.store.createBucket('taken-spelling');
    const state = parseGsUri('gs://taken-spelling/_mlops/');
    const lines = [
      '{"name": "caf\\u00e9/1.jpg", "generation": "5"}',
      '{"generation":"6","name":"b/\\"quoted\\".jpg"}',
      '{"name":"plain/ü.jpg","generation":"7"}',
    ];
    const taken = await writeObjectIfAbsent(
      env.storage,
      takenObject(state, 1),
      gzipSync(`${lines.join('\n')}\n`),
    );
    await writeObjectIfAbsent(
      env.storage,
      parseGsUri('gs://taken-spelling/_mlops/spans/1/_PUBLISHED'),
      encodePublishedMarker({
        version: 1,
        span: 1,
        taken: { generation: taken.generation, entries: 3 },
        publishedAt: 'now',
      }),
    );
    const set = await readTaken(env.storage, state);
    expect(set.has('café/1.jpg', '5')).toBe(true);
    expect(set.has('b/"quoted".jpg', '6')).toBe(true);
    expect(set.has('plain/ü.jpg', '7')).toBe(true);
    expect(set.size).toBe(3);
  });

  it('refuses a taken list with a line that is not an entry, naming the line', () => {
    const bad = gzipSync('{"name":"a","generation":"1"}\n{"name":"b","generation":1}\n');
    expect(() => decodeTaken(bad)).toThrow(
      'line 2 is not {"name": "<object name>", "generation": "<decimal generation>"}',
    );
    expect(() => decodeTaken(gzipSync('{"name":"a","generation":"1"}'))).toThrow(
      'its last line does not end with a newline',
    );
    expect(decodeTaken(encodeTaken(entries('p/', 3)))).toEqual(entries('p/', 3));
  });

  it('reads 100,000 taken objects across spans', async () => {
    env.standIn.store.createBucket('taken-large');
    const state = parseGsUri('gs://taken-large/collected/_mlops/');
    for (let span = 0; span < 4; span++) {
      await publishSpan(env.storage, state, span, entries(`collected/span${span}/img-`, 25_000));
    }
    const taken = await readTaken(env.storage, state);
    expect(taken.size).toBe(100_000);
    expect(taken.spans).toEqual([0, 1, 2, 3]);
    expect(taken.has('collected/span3/img-024999.jpg', '1700000000000001')).toBe(true);
    expect(taken.has('collected/span3/img-025000.jpg', '1700000000000001')).toBe(false);
  });

  it('names the object when a published span is damaged', async () => {
    env.standIn.store.createBucket('taken-damaged');
    const state = parseGsUri('gs://taken-damaged/_mlops/');
    const taken = await writeObjectIfAbsent(
      env.storage,
      takenObject(state, 3),
      encodeTaken(entries('x/', 3)),
    );
    await writeObjectIfAbsent(
      env.storage,
      parseGsUri('gs://taken-damaged/_mlops/spans/3/_PUBLISHED'),
      encodePublishedMarker({
        version: 1,
        span: 3,
        taken: { generation: taken.generation, entries: 4 },
        publishedAt: 'now',
      }),
    );
    const reading = readTaken(env.storage, state);
    await expect(reading).rejects.toBeInstanceOf(StateError);
    await expect(reading).rejects.toThrow(
      "gs://taken-damaged/_mlops/spans/3/taken.jsonl.gz: span 3's taken list has 3 entries, but its marker says 4.",
    );
  });
});
