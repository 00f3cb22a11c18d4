import type { Bucket } from '@google-cloud/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { crc32c, expectApiError, md5, pattern, raw, useStandIn } from './helpers.ts';

const env = useStandIn();
/** A stand-in whose rewrites move 1 MiB per call, as GCS's do between locations. */
const slow = useStandIn({ maxRewriteBytesPerCall: 1024 * 1024 });
let bucket: Bucket;
let other: Bucket;

beforeAll(async () => {
  [bucket] = await env.storage.createBucket('rewrite-source');
  [other] = await env.storage.createBucket('rewrite-target');
  await bucket.file('source.json').save('{"a":1}', {
    resumable: false,
    metadata: { contentType: 'application/json', metadata: { owner: 'ml' } },
  });
});

describe('copy (objects.rewrite)', () => {
  it('copies within and across buckets, keeping content type, custom metadata and checksums', async () => {
    const [copy] = await bucket.file('source.json').copy(other.file('copies/source.json'));
    const [metadata] = await copy.getMetadata();
    const [source] = await bucket.file('source.json').getMetadata();
    expect(metadata).toMatchObject({
      bucket: 'rewrite-target',
      name: 'copies/source.json',
      contentType: 'application/json',
      metadata: { owner: 'ml' },
      md5Hash: source.md5Hash,
      crc32c: source.crc32c,
      size: source.size,
      metageneration: '1',
    });
    expect(BigInt(metadata.generation as string)).toBeGreaterThan(BigInt(source.generation as string));
    await bucket.file('source.json').copy('same-bucket-copy.json');
    expect((await bucket.file('same-bucket-copy.json').download())[0].toString()).toBe('{"a":1}');
  });

  it('takes the destination metadata from the request when it has any, without merging', async () => {
    await bucket.file('source.json').copy(bucket.file('relabelled.json'), { metadata: { stage: 'prod' } });
    const [metadata] = await bucket.file('relabelled.json').getMetadata();
    expect(metadata.metadata).toEqual({ stage: 'prod' });
    expect(metadata.contentType).toBe('application/octet-stream');
  });

  it('applies ifGenerationMatch to the destination and refuses names GCS refuses', async () => {
    await bucket
      .file('source.json')
      .copy(bucket.file('copy-once.json'), { preconditionOpts: { ifGenerationMatch: 0 } });
    await expectApiError(
      bucket
        .file('source.json')
        .copy(bucket.file('copy-once.json'), { preconditionOpts: { ifGenerationMatch: 0 } }),
      412,
      'conditionNotMet',
    );
    await expectApiError(bucket.file('source.json').copy(bucket.file('bad\nname')), 400, 'invalid');
  });

  it('answers 404 for a missing source and a missing destination bucket', async () => {
    const error = await expectApiError(bucket.file('missing.json').copy('anywhere.json'), 404, 'notFound');
    expect(error.message).toBe('No such object: rewrite-source/missing.json');
    await expectApiError(
      bucket.file('source.json').copy(env.storage.bucket('no-such-target').file('x')),
      404,
      'notFound',
    );
  });

  it('copies a given source generation', async () => {
    const file = bucket.file('two-versions.txt');
    await file.save('old', { resumable: false });
    const [old] = await file.getMetadata();
    // Overwriting a non-versioned object deletes the old generation, so that copy is a 404.
    await file.save('new', { resumable: false });
    await expectApiError(
      bucket.file('two-versions.txt', { generation: old.generation as string }).copy('from-old.txt'),
      404,
    );
    const [current] = await file.getMetadata();
    await bucket
      .file('two-versions.txt', { generation: current.generation as string })
      .copy('from-current.txt');
    expect((await bucket.file('from-current.txt').download())[0].toString()).toBe('new');
  });

  it('follows rewrite tokens when GCS answers in several calls', async () => {
    const [slowBucket] = await slow.storage.createBucket('slow-rewrites');
    const data = pattern(3 * 1024 * 1024 + 5, 9);
    await slowBucket.file('big.bin').save(data, { resumable: false });
    const before = slow.standIn.requests.length;
    await slowBucket.file('big.bin').copy('big-copy.bin');
    const calls = slow.standIn.requests
      .slice(before)
      .filter((request) => request.path.includes('/rewriteTo/'));
    expect(calls).toHaveLength(4);
    expect(calls.slice(1).every((request) => request.query.includes('rewriteToken='))).toBe(true);
    const [metadata] = await slowBucket.file('big-copy.bin').getMetadata();
    expect(metadata).toMatchObject({ size: String(data.length), md5Hash: md5(data), crc32c: crc32c(data) });
  });

  // The Node client only ever uses rewriteTo; copyTo is GCS's older single-call copy.
  it('serves objects.copy (copyTo) on the wire', async () => {
    const response = await raw(
      env.standIn,
      'POST',
      '/storage/v1/b/rewrite-source/o/source.json/copyTo/b/rewrite-target/o/copied-to.json',
    );
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'storage#object',
      name: 'copied-to.json',
      contentType: 'application/json',
    });
    const guarded = await raw(
      env.standIn,
      'POST',
      '/storage/v1/b/rewrite-source/o/source.json/copyTo/b/rewrite-target/o/copied-to.json?ifGenerationMatch=0',
    );
    expect(guarded.status).toBe(412);
  });
});

describe('compose', () => {
  beforeAll(async () => {
    await Promise.all(
      ['part-1', 'part-2', 'part-3'].map((name, index) =>
        bucket.file(name).save(`chunk ${index + 1};`, { resumable: false }),
      ),
    );
  });

  it('concatenates sources into a composite object: crc32c, no md5Hash, componentCount', async () => {
    const [combined] = await bucket.combine(['part-1', 'part-2', 'part-3'], bucket.file('combined.txt'));
    const [metadata] = await combined.getMetadata();
    const expected = 'chunk 1;chunk 2;chunk 3;';
    expect(metadata).toMatchObject({
      size: String(expected.length),
      crc32c: crc32c(expected),
      componentCount: 3,
      contentType: 'text/plain',
    });
    expect(metadata.md5Hash).toBeUndefined();
    expect((await combined.download())[0].toString()).toBe(expected);
    // md5 validation needs an md5 the composite object does not have: the client refuses.
    await expect(combined.download({ validation: 'md5' })).rejects.toMatchObject({
      code: 'MD5_NOT_AVAILABLE',
    });
  });

  it('counts components through nested composes', async () => {
    await bucket.combine(['combined.txt', 'part-1'], bucket.file('nested.txt'));
    expect((await bucket.file('nested.txt').getMetadata())[0].componentCount).toBe(4);
  });

  it('refuses more than 32 sources (400), a missing source (404) and a failed ifGenerationMatch (412)', async () => {
    const many = Array.from({ length: 33 }, () => bucket.file('part-1'));
    const error = await expectApiError(bucket.combine(many, bucket.file('too-many.txt')), 400, 'invalid');
    expect(error.message).toContain('(33)');
    await expectApiError(
      bucket.combine(['part-1', 'no-such-part'], bucket.file('broken.txt')),
      404,
      'notFound',
    );
    await expectApiError(
      bucket.combine(['part-1', 'part-2'], bucket.file('combined.txt'), { ifGenerationMatch: 0 }),
      412,
    );
  });

  it('uses the source generation the client pins', async () => {
    const stale = bucket.file('part-2', { generation: '1' });
    await expectApiError(bucket.combine([bucket.file('part-1'), stale], bucket.file('pinned.txt')), 404);
  });
});
