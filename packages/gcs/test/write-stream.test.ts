import { describe, expect, it } from 'vitest';
import { parseGsUri, readObject, writeStreamIfAbsent } from '../src/index.ts';
import { AnswerDroppingProxy } from './answer-dropping-proxy.ts';
import { QUICK_RETRIES, quickClient, useStandIn } from './stand-in.ts';

const env = useStandIn();

/** 2 MiB in 64 KiB pieces, generated afresh each time it is opened, and how often it was. */
function pieces() {
  const opened = { times: 0 };
  const open = async function* () {
    opened.times += 1;
    for (let i = 0; i < 32; i++) yield Buffer.alloc(64 << 10, 97 + (i % 26));
  };
  return { open, opened };
}

describe('writeStreamIfAbsent', () => {
  it('creates once from a stream; the second writer learns that it did not', async () => {
    env.standIn.store.createBucket('stream-lock');
    const uri = parseGsUri('gs://stream-lock/manifests/run-1.json');
    const { open, opened } = pieces();
    const first = await writeStreamIfAbsent(env.storage, uri, open, 'application/json');
    expect(first.created).toBe(true);
    expect(opened.times).toBe(2); // once for the MD5, once to send
    const expected: Buffer[] = [];
    for await (const chunk of open()) expected.push(chunk);
    expect((await readObject(env.storage, uri)).equals(Buffer.concat(expected))).toBe(true);
    expect(env.standIn.store.get('stream-lock', 'manifests/run-1.json').contentType).toBe('application/json');
    const second = await writeStreamIfAbsent(env.storage, uri, pieces().open);
    expect(second).toEqual({ created: false, generation: first.generation });
  });

  it('reopens the stream after a 503 and a dropped connection, and ends with one object', async () => {
    env.standIn.store.createBucket('stream-503');
    env.standIn.faults.add({
      route: '/upload/storage/v1/b/stream-503/',
      action: { kind: 'status', status: 503 },
    });
    env.standIn.faults.add({ route: '/upload/storage/v1/b/stream-503/', action: { kind: 'drop' } });
    const uri = parseGsUri('gs://stream-503/big');
    const { open, opened } = pieces();
    const written = await writeStreamIfAbsent(env.storage, uri, open, undefined, QUICK_RETRIES);
    expect(written.created).toBe(true);
    expect(env.standIn.faults.injected.map((fault) => fault.action)).toEqual(['status', 'drop']);
    expect(opened.times).toBeGreaterThanOrEqual(3);
    expect((await readObject(env.storage, uri)).length).toBe(2 << 20);
  });

  it('reports created when its own first attempt succeeded but the answer was lost (412 on the retry)', async () => {
    env.standIn.store.createBucket('stream-lost');
    const proxy = await new AnswerDroppingProxy(env.standIn.url).start();
    try {
      const storage = quickClient(proxy.url, env.standIn.projectId);
      proxy.dropAnswers(1, (method, url) => method === 'POST' && url.startsWith('/upload/'));
      const uri = parseGsUri('gs://stream-lost/marker');
      const result = await writeStreamIfAbsent(storage, uri, pieces().open, undefined, QUICK_RETRIES);
      expect(proxy.dropped).toBe(1);
      expect(result).toEqual({
        created: true,
        generation: String(env.standIn.store.get('stream-lost', 'marker').generation),
      });
      expect(await writeStreamIfAbsent(storage, uri, pieces().open)).toMatchObject({ created: false });
    } finally {
      await proxy.stop();
    }
  });

  it('fails on a missing bucket with the URI', async () => {
    await expect(
      writeStreamIfAbsent(env.storage, parseGsUri('gs://absent-bucket-2/m'), pieces().open),
    ).rejects.toThrow('The bucket of gs://absent-bucket-2/m does not exist');
  });
});
