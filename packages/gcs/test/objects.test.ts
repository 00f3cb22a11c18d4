import { describe, expect, it } from 'vitest';
import {
  countObjects,
  listObjects,
  NotFoundError,
  openObjectReadStream,
  parseGsUri,
  readObject,
  readObjectGeneration,
  writeObject,
  writeObjectIfAbsent,
} from '../src/index.ts';
import { AnswerDroppingProxy } from './answer-dropping-proxy.ts';
import { QUICK_RETRIES, quickClient, useStandIn } from './stand-in.ts';

const env = useStandIn();

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('readObject', () => {
  it('reads an object, through a 503 and a dropped connection', async () => {
    env.standIn.store.createBucket('read-bucket');
    await env.standIn.store.write('read-bucket', 'dir/a.bin', Buffer.from([0, 1, 2, 255]));
    env.standIn.faults.add({
      route: '/storage/v1/b/read-bucket/o/',
      action: { kind: 'status', status: 503 },
    });
    env.standIn.faults.add({ route: '/storage/v1/b/read-bucket/o/', action: { kind: 'drop' } });
    const data = await readObject(env.storage, parseGsUri('gs://read-bucket/dir/a.bin'), QUICK_RETRIES);
    expect([...data]).toEqual([0, 1, 2, 255]);
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'drop']);
  });

  it('says which of bucket and object is missing, with the gs:// URI', async () => {
    env.standIn.store.createBucket('read-missing');
    const missingObject = readObject(env.storage, parseGsUri('gs://read-missing/nope.txt'));
    await expect(missingObject).rejects.toBeInstanceOf(NotFoundError);
    await expect(missingObject).rejects.toThrow('gs://read-missing/nope.txt does not exist.');
    await expect(readObject(env.storage, parseGsUri('gs://no-such-bucket-here/x'))).rejects.toThrow(
      'The bucket of gs://no-such-bucket-here/x does not exist',
    );
  });

  it('gives up on a permanent failure, naming the object and the status', async () => {
    env.standIn.store.createBucket('read-failing');
    await env.standIn.store.write('read-failing', 'x', Buffer.from('x'));
    env.standIn.faults.add({
      route: '/storage/v1/b/read-failing/',
      action: { kind: 'status', status: 503 },
      times: 50,
    });
    await expect(readObject(env.storage, parseGsUri('gs://read-failing/x'), QUICK_RETRIES)).rejects.toThrow(
      /^Could not read gs:\/\/read-failing\/x: HTTP 503/,
    );
    expect(env.standIn.faults.injected).toHaveLength(5);
  });
});

describe('writeObjectIfAbsent', () => {
  it('creates once; the second writer learns that it did not', async () => {
    env.standIn.store.createBucket('lock-bucket');
    const uri = parseGsUri('gs://lock-bucket/locks/run-1');
    const first = await writeObjectIfAbsent(env.storage, uri, 'owner: a', 'text/plain');
    const second = await writeObjectIfAbsent(env.storage, uri, 'owner: b');
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, generation: first.generation });
    expect((await readObject(env.storage, uri)).toString()).toBe('owner: a');
    const record = env.standIn.store.get('lock-bucket', 'locks/run-1');
    expect(record.contentType).toBe('text/plain');
  });

  it('reports created when its own first attempt succeeded but the answer was lost', async () => {
    env.standIn.store.createBucket('lost-answer');
    const proxy = await new AnswerDroppingProxy(env.standIn.url).start();
    try {
      const storage = quickClient(proxy.url, env.standIn.projectId);
      proxy.dropAnswers(1, (method, url) => method === 'POST' && url.startsWith('/upload/'));
      const uri = parseGsUri('gs://lost-answer/marker');
      const result = await writeObjectIfAbsent(storage, uri, 'done', undefined, QUICK_RETRIES);
      expect(proxy.dropped).toBe(1);
      expect(result).toEqual({
        created: true,
        generation: String(env.standIn.store.get('lost-answer', 'marker').generation),
      });
      expect(await writeObjectIfAbsent(storage, uri, 'done')).toMatchObject({ created: false });
    } finally {
      await proxy.stop();
    }
  });

  it('fails on a missing bucket with the URI', async () => {
    await expect(writeObjectIfAbsent(env.storage, parseGsUri('gs://absent-bucket-1/m'), 'x')).rejects.toThrow(
      'The bucket of gs://absent-bucket-1/m does not exist',
    );
  });
});

describe('listObjects', () => {
  it('streams every page, with checksums and generations, filtered by a glob below the prefix', async () => {
    env.standIn.store.createBucket('list-bucket');
    for (let i = 0; i < 25; i++) {
      await env.standIn.store.write(
        'list-bucket',
        `data/new/part-${String(i).padStart(2, '0')}.csv`,
        Buffer.from(`${i}`),
      );
    }
    await env.standIn.store.write('list-bucket', 'data/new/nested/x.json', Buffer.from('{}'));
    await env.standIn.store.write('list-bucket', 'data/newer/other.csv', Buffer.from('no'));
    const before = env.standIn.requests.length;
    const all = await collect(
      listObjects(env.storage, parseGsUri('gs://list-bucket/data/new/'), { pageSize: 10 }),
    );
    expect(all).toHaveLength(26);
    expect(env.standIn.requests.length - before).toBe(3);
    expect(all[0]).toMatchObject({ name: 'data/new/nested/x.json', size: 2 });
    expect(all[0]?.md5Hash).toMatch(/==$/);
    expect(all[0]?.crc32c).toMatch(/=$/);
    expect(all[0]?.generation).toMatch(/^\d+$/);

    const csv = await collect(
      listObjects(env.storage, parseGsUri('gs://list-bucket/data/new'), { glob: '*.csv' }),
    );
    expect(csv).toHaveLength(25);
    const deep = await collect(
      listObjects(env.storage, parseGsUri('gs://list-bucket/data'), { glob: '**/*.csv' }),
    );
    expect(deep.map((o) => o.name)).toContain('data/newer/other.csv');
    expect(
      await countObjects(env.storage, parseGsUri('gs://list-bucket/data/new/'), { glob: '**/*.json' }),
    ).toEqual({
      objects: 1,
      bytes: 2,
    });
  });

  it('retries a throttled page and fails clearly on a missing bucket', async () => {
    env.standIn.store.createBucket('list-throttled');
    await env.standIn.store.write('list-throttled', 'a', Buffer.from('a'));
    env.standIn.faults.add({
      method: 'GET',
      route: '/storage/v1/b/list-throttled/o',
      action: { kind: 'status', status: 429 },
    });
    expect(await collect(listObjects(env.storage, parseGsUri('gs://list-throttled')))).toHaveLength(1);
    await expect(collect(listObjects(env.storage, parseGsUri('gs://list-absent-1/x/')))).rejects.toThrow(
      'The bucket of gs://list-absent-1/x/ does not exist',
    );
  });
});

describe('writeObject and openObjectReadStream', () => {
  it('writes bytes and streams conditionally, and reads a range', async () => {
    env.standIn.store.createBucket('stream-bucket');
    const uri = parseGsUri('gs://stream-bucket/data/part-0');
    const first = await writeObject(env.storage, uri, 'hello world', {
      ifGenerationMatch: 0,
      contentType: 'text/plain',
    });
    await expect(writeObject(env.storage, uri, 'again', { ifGenerationMatch: 0 })).rejects.toThrow(
      `Did not write gs://stream-bucket/data/part-0: another writer changed it (expected no object, found generation ${first.generation}).`,
    );
    async function* chunks() {
      yield Buffer.from('streamed ');
      yield Buffer.from('bytes');
    }
    const second = await writeObject(env.storage, uri, () => chunks(), {
      ifGenerationMatch: first.generation,
      chunkSize: 256 * 1024,
    });
    expect(Number(second.generation)).toBeGreaterThan(Number(first.generation));
    const stream = await openObjectReadStream(env.storage, uri, { range: { start: 9 } });
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    expect(Buffer.concat(parts).toString()).toBe('bytes');
    await expect(openObjectReadStream(env.storage, parseGsUri('gs://stream-bucket/none'))).rejects.toThrow(
      'gs://stream-bucket/none does not exist.',
    );
  });
});

describe('reading a given generation', () => {
  it('reads the listed generation after a rewrite, and names bucket/name#generation once it is gone', async () => {
    // Versioned: the first generation stays readable after the rewrite.
    env.standIn.store.createBucket('generation-read', { versioning: true });
    const uri = parseGsUri('gs://generation-read/data/a.csv');
    const first = await writeObjectIfAbsent(env.storage, uri, 'one\n');
    const [listed] = await collect(listObjects(env.storage, parseGsUri('gs://generation-read/data/')));
    expect(listed?.generation).toBe(first.generation);
    await writeObject(env.storage, uri, Buffer.from('two\nthree\n'), { ifGenerationMatch: first.generation });
    expect((await readObject(env.storage, uri)).toString()).toBe('two\nthree\n');
    const stream = await openObjectReadStream(env.storage, uri, { generation: first.generation });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('one\n');
    expect((await readObjectGeneration(env.storage, uri, first.generation)).toString()).toBe('one\n');
    await expect(readObjectGeneration(env.storage, uri, '1')).rejects.toThrow(
      'gs://generation-read/data/a.csv#1 does not exist.',
    );
    await expect(readObjectGeneration(env.storage, uri, 'latest')).rejects.toThrow(
      'An object generation is a positive decimal integer; got "latest".',
    );
  });
});
