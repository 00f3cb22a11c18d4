import { describe, expect, it } from 'vitest';
import { expectApiError, useStandIn } from './helpers.ts';

const env = useStandIn({ projectId: 'demo-project' });

describe('buckets through @google-cloud/storage', () => {
  it('creates a bucket, gets it and reports it exists', async () => {
    const [bucket, response] = await env.storage.createBucket('models-bucket', { location: 'europe-west4' });
    const created = response as Record<string, unknown>;
    expect(created).toMatchObject({
      kind: 'storage#bucket',
      name: 'models-bucket',
      location: 'EUROPE-WEST4',
    });
    expect(created.metageneration).toBe('1');
    expect(created.locationType).toBe('region');
    const [metadata] = await bucket.getMetadata();
    expect(metadata).toMatchObject({
      name: 'models-bucket',
      id: 'models-bucket',
      storageClass: 'STANDARD',
      etag: 'CAE=',
    });
    expect(metadata.projectNumber).toMatch(/^\d{12}$/);
    expect((await bucket.exists())[0]).toBe(true);
  });

  it('says a missing bucket does not exist, and a get is a 404 with GCS error body', async () => {
    expect((await env.storage.bucket('never-created').exists())[0]).toBe(false);
    const error = await expectApiError(env.storage.bucket('never-created').getMetadata(), 404, 'notFound');
    expect(error.message).toBe('The specified bucket does not exist.');
    expect(error.errors?.[0]).toEqual({
      message: 'The specified bucket does not exist.',
      domain: 'global',
      reason: 'notFound',
    });
  });

  it('answers 409 to a second create of the same name', async () => {
    await env.storage.createBucket('twice-bucket');
    const error = await expectApiError(env.storage.createBucket('twice-bucket'), 409, 'conflict');
    expect(error.message).toBe(
      'Your previous request to create the named bucket succeeded and you already own it.',
    );
  });

  it.each([
    ['ab', 'too short'],
    ['a'.repeat(64), 'too long without dots'],
    ['Upper-case', 'upper case'],
    ['-leading-dash', 'not starting with a letter or digit'],
    ['trailing-dash-', 'not ending with a letter or digit'],
    ['has space', 'space'],
    ['192.168.5.4', 'an IP address'],
    ['goog-bucket', 'the goog prefix'],
    ['my-google-bucket', 'contains google'],
    ['my-g00gle-bucket', 'a misspelling of google'],
    ['a..b', 'empty dotted part'],
    [`${'a'.repeat(64)}.example.com`, 'a dotted part over 63'],
  ])('rejects the bucket name %j (%s) with 400 invalid', async (name) => {
    const error = await expectApiError(env.storage.createBucket(name), 400, 'invalid');
    expect(error.message).toBe(`Invalid bucket name: '${name}'`);
  });

  it('accepts the longest names the rules allow', async () => {
    await env.storage.createBucket('a'.repeat(63));
    await env.storage.createBucket(`${'a'.repeat(63)}.${'b'.repeat(63)}.example_under-score`);
  });

  it('answers 404 to object calls in a bucket that does not exist', async () => {
    const bucket = env.storage.bucket('no-such-bucket');
    await expectApiError(bucket.file('x.txt').save('x', { resumable: false }), 404, 'notFound');
    await expectApiError(bucket.file('x.txt').save('x', { resumable: true }), 404);
    await expectApiError(bucket.getFiles(), 404, 'notFound');
    await expectApiError(bucket.file('x.txt').getMetadata(), 404, 'notFound');
    await expectApiError(bucket.file('x.txt').download(), 404);
  });

  it('lists buckets with a prefix', async () => {
    await env.storage.createBucket('listed-one');
    await env.storage.createBucket('listed-two');
    const [buckets] = await env.storage.getBuckets({ prefix: 'listed-' });
    expect(buckets.map((bucket) => bucket.name)).toEqual(['listed-one', 'listed-two']);
  });

  it('turns versioning on with a patch (metageneration goes up)', async () => {
    const [bucket] = await env.storage.createBucket('patched-bucket');
    const [metadata] = await bucket.setMetadata({ versioning: { enabled: true }, labels: { team: 'ml' } });
    expect(metadata).toMatchObject({
      versioning: { enabled: true },
      labels: { team: 'ml' },
      metageneration: '2',
    });
  });

  it('refuses to delete a bucket that holds objects (409), then deletes it once empty', async () => {
    const [bucket] = await env.storage.createBucket('deleted-bucket');
    await bucket.file('keep.txt').save('x', { resumable: false });
    const error = await expectApiError(bucket.delete(), 409, 'conflict');
    expect(error.message).toBe('The bucket you tried to delete is not empty.');
    await bucket.file('keep.txt').delete();
    await bucket.delete();
    expect((await bucket.exists())[0]).toBe(false);
  });
});
