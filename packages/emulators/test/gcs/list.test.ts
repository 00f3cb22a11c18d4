import type { Bucket } from '@google-cloud/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectApiError, useStandIn } from './helpers.ts';

const env = useStandIn();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** 50 runs × 50 steps = 2,500 objects under runs/, plus a few at the top and a `dir/` placeholder. */
const runNames = Array.from(
  { length: 2500 },
  (_, i) => `runs/run-${pad(i % 50, 2)}/step-${pad(Math.floor(i / 50), 3)}.json`,
);
const topNames = ['README.md', 'config.yaml', 'dir/', 'dir/inside.txt', 'zzz-last'];
const allNames = [...runNames, ...topNames].sort();
let bucket: Bucket;

beforeAll(async () => {
  [bucket] = await env.storage.createBucket('listing-bucket');
  // Every object goes in through the client too, 25 uploads at a time.
  const queue = [...runNames, ...topNames];
  await Promise.all(
    Array.from({ length: 25 }, async () => {
      for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
        await bucket.file(name).save(name, { resumable: false, validation: false });
      }
    }),
  );
}, 60_000);

const listCalls = () =>
  env.standIn.requests.filter((r) => r.method === 'GET' && r.path === '/storage/v1/b/listing-bucket/o')
    .length;

describe('listing 2,500 objects', () => {
  it('lists everything across pages of 1,000 with autoPaginate, in lexicographic order', async () => {
    const before = listCalls();
    const [files] = await bucket.getFiles();
    expect(files.map((file) => file.name)).toEqual(allNames);
    expect(listCalls() - before).toBe(3);
    expect(files[0]?.metadata).toMatchObject({ kind: 'storage#object', size: String(allNames[0]?.length) });
  });

  it('caps a page at 1,000 whatever maxResults asks, and hands back the next query', async () => {
    // With maxResults the client makes one call (paginator turns autoPaginate off).
    const [files, next] = (await bucket.getFiles({ maxResults: 1500 })) as unknown as [
      { name: string }[],
      { pageToken?: string },
    ];
    expect(files.map((file) => file.name)).toEqual(allNames.slice(0, 1000));
    expect(next.pageToken).toEqual(expect.any(String));
  });

  it('streams up to maxResults across pages (getFilesStream paginates automatically)', async () => {
    const before = listCalls();
    const names: string[] = [];
    for await (const file of bucket.getFilesStream({ maxResults: 1500 }))
      names.push((file as { name: string }).name);
    expect(names).toEqual(allNames.slice(0, 1500));
    expect(listCalls() - before).toBe(2);
  });

  it('pages by hand with maxResults and pageToken, a delimiter collapsing runs into prefixes', async () => {
    const prefixes: string[] = [];
    const items: string[] = [];
    let query: Record<string, unknown> | null = {
      prefix: 'runs/',
      delimiter: '/',
      maxResults: 7,
      autoPaginate: false,
    };
    let pages = 0;
    while (query) {
      const [files, next, response] = (await bucket.getFiles(query)) as unknown as [
        { name: string }[],
        Record<string, unknown> | null,
        { prefixes?: string[]; items?: unknown[] },
      ];
      pages++;
      expect(files.length + (response.prefixes?.length ?? 0)).toBeLessThanOrEqual(7);
      prefixes.push(...(response.prefixes ?? []));
      items.push(...files.map((file) => file.name));
      query = next;
    }
    expect(items).toEqual([]);
    expect(prefixes).toEqual(Array.from({ length: 50 }, (_, i) => `runs/run-${pad(i, 2)}/`));
    expect(pages).toBe(8);
  });

  it('lists one directory level at the top: objects and prefixes', async () => {
    const [files, , response] = (await bucket.getFiles({
      delimiter: '/',
      autoPaginate: false,
    })) as unknown as [{ name: string }[], unknown, { prefixes: string[] }];
    expect(files.map((file) => file.name)).toEqual(['README.md', 'config.yaml', 'zzz-last']);
    expect(response.prefixes).toEqual(['dir/', 'runs/']);
  });

  it('includes objects named like their prefix with includeTrailingDelimiter', async () => {
    const [files, , response] = (await bucket.getFiles({
      delimiter: '/',
      includeTrailingDelimiter: true,
      autoPaginate: false,
    })) as unknown as [{ name: string }[], unknown, { prefixes: string[] }];
    expect(files.map((file) => file.name)).toEqual(['README.md', 'config.yaml', 'dir/', 'zzz-last']);
    expect(response.prefixes).toEqual(['dir/', 'runs/']);
  });

  it('keeps an object named like its prefix on the same page as the prefix, one entry a page', async () => {
    const items: string[] = [];
    const prefixes: string[] = [];
    let query: Record<string, unknown> | null = {
      delimiter: '/',
      includeTrailingDelimiter: true,
      autoPaginate: false,
      maxResults: 1,
    };
    while (query) {
      const [files, next, response] = (await bucket.getFiles(query)) as unknown as [
        { name: string }[],
        Record<string, unknown> | null,
        { prefixes?: string[] },
      ];
      items.push(...files.map((file) => file.name));
      prefixes.push(...(response.prefixes ?? []));
      query = next;
    }
    expect(items).toEqual(['README.md', 'config.yaml', 'dir/', 'zzz-last']);
    expect(prefixes).toEqual(['dir/', 'runs/']);
  });

  it('pages through one prefix with a small maxResults', async () => {
    const [files] = await bucket.getFiles({ prefix: 'runs/run-07/', autoPaginate: false, maxResults: 100 });
    expect(files).toHaveLength(50);
    const names: string[] = [];
    let query: Record<string, unknown> | null = {
      prefix: 'runs/run-07/',
      autoPaginate: false,
      maxResults: 16,
    };
    while (query) {
      const [page, next] = (await bucket.getFiles(query)) as unknown as [
        { name: string }[],
        Record<string, unknown> | null,
      ];
      names.push(...page.map((file) => file.name));
      query = next;
    }
    expect(names).toEqual(runNames.filter((name) => name.startsWith('runs/run-07/')).sort());
  });

  it('honours startOffset (inclusive) and endOffset (exclusive)', async () => {
    const [files] = await bucket.getFiles({
      startOffset: 'runs/run-48/step-048.json',
      endOffset: 'runs/run-49/step-002.json',
    });
    expect(files.map((file) => file.name)).toEqual([
      'runs/run-48/step-048.json',
      'runs/run-48/step-049.json',
      'runs/run-49/step-000.json',
      'runs/run-49/step-001.json',
    ]);
  });

  it.each([
    ['runs/run-0[0-2]/step-00[0-1].json', 6],
    ['runs/*/step-049.json', 50],
    ['**/step-04?.json', 500],
    ['runs/run-1{0,1}/step-00{0,1}.json', 4],
    ['*.{md,yaml}', 2],
    ['runs/**', 2500],
    ['**/inside.txt', 1],
    ['runs/[!r]*', 0],
  ])('filters with matchGlob %s', async (glob, count) => {
    const [files] = await bucket.getFiles({ matchGlob: glob });
    expect(files).toHaveLength(count);
  });

  it('returns only the selected fields', async () => {
    const [, , response] = (await bucket.getFiles({
      prefix: 'dir/',
      fields: 'items(name,size),nextPageToken',
      autoPaginate: false,
    })) as unknown as [unknown, unknown, Record<string, unknown>];
    expect(response).toEqual({
      items: [
        { name: 'dir/', size: '4' },
        { name: 'dir/inside.txt', size: '14' },
      ],
    });
  });

  it('rejects a page token it did not issue and a malformed glob with 400', async () => {
    await expectApiError(bucket.getFiles({ pageToken: 'not-a-token', autoPaginate: false }), 400);
    await expectApiError(bucket.getFiles({ matchGlob: 'runs/[0-9' }), 400);
  });
});

describe('listing versions', () => {
  it('lists noncurrent generations with versions=true, oldest first, and reads them by generation', async () => {
    const [versioned] = await env.storage.createBucket('versioned-bucket', { versioning: { enabled: true } });
    const file = versioned.file('model.pkl');
    await file.save('v1', { resumable: false });
    await file.save('v2', { resumable: false });
    await versioned.file('deleted.txt').save('gone', { resumable: false });
    await versioned.file('deleted.txt').delete();

    const [live] = await versioned.getFiles();
    expect(live.map((f) => f.name)).toEqual(['model.pkl']);

    const [all] = await versioned.getFiles({ versions: true });
    expect(all.map((f) => [f.name, f.metadata.timeDeleted !== undefined])).toEqual([
      ['deleted.txt', true],
      ['model.pkl', true],
      ['model.pkl', false],
    ]);
    const first = all[1]?.metadata.generation as string;
    expect((await versioned.file('model.pkl', { generation: first }).download())[0].toString()).toBe('v1');
    expect((await versioned.file('model.pkl').download())[0].toString()).toBe('v2');

    await versioned.file('model.pkl', { generation: first }).delete();
    const [after] = await versioned.getFiles({ versions: true });
    expect(after.map((f) => f.name)).toEqual(['deleted.txt', 'model.pkl']);
  });
});
