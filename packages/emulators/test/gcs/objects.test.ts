import type { Bucket } from '@google-cloud/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectApiError, md5, raw, useStandIn } from './helpers.ts';

const env = useStandIn();
let bucket: Bucket;

beforeAll(async () => {
  [bucket] = await env.storage.createBucket('objects-bucket');
});

async function fresh(
  name: string,
  content = 'content',
): Promise<{ generation: string; metageneration: string }> {
  await bucket.file(name).save(content, { resumable: false });
  const [metadata] = await bucket.file(name).getMetadata();
  return { generation: metadata.generation as string, metageneration: metadata.metageneration as string };
}

describe('metadata', () => {
  it('patches metadata: fields replace, custom keys merge, null removes, metageneration goes up', async () => {
    const file = bucket.file('patched.txt');
    await file.save('x', {
      resumable: false,
      metadata: { contentType: 'text/plain', metadata: { a: '1', b: '2' } },
    });
    const [before] = await file.getMetadata();
    const [after] = await file.setMetadata({ contentLanguage: 'en', metadata: { b: null, c: '3' } });
    expect(after).toMatchObject({
      contentType: 'text/plain',
      contentLanguage: 'en',
      metadata: { a: '1', c: '3' },
    });
    expect(after.metadata).not.toHaveProperty('b');
    expect(after.metageneration).toBe('2');
    expect(after.generation).toBe(before.generation);
    expect(after.etag).not.toBe(before.etag);
    expect((after.updated as string) >= (before.updated as string)).toBe(true);
    // `metadata: null` clears every custom key; the client's types do not allow null there.
    const [cleared] = await file.setMetadata({ metadata: null } as never);
    expect(cleared.metadata).toBeUndefined();
    expect(cleared.metageneration).toBe('3');
  });

  it('deletes an object; a second delete and a get are 404 "No such object"', async () => {
    const file = bucket.file('deleted.txt');
    await file.save('x', { resumable: false });
    await file.delete();
    expect((await file.exists())[0]).toBe(false);
    const error = await expectApiError(file.delete(), 404, 'notFound');
    expect(error.message).toBe('No such object: objects-bucket/deleted.txt');
    await file.delete({ ignoreNotFound: true });
  });

  it('refuses custom metadata over 8 KiB', async () => {
    await expectApiError(
      bucket
        .file('big-metadata.txt')
        .save('x', { resumable: false, metadata: { metadata: { big: 'x'.repeat(9000) } } }),
      400,
    );
  });
});

describe('downloads', () => {
  const content = Buffer.from('0123456789abcdefghij');

  beforeAll(async () => {
    await bucket
      .file('digits.txt')
      .save(content, { resumable: false, metadata: { contentType: 'text/plain' } });
  });

  it('downloads with crc32c and md5 validation', async () => {
    expect((await bucket.file('digits.txt').download())[0]).toEqual(content);
    expect((await bucket.file('digits.txt').download({ validation: 'md5' }))[0]).toEqual(content);
  });

  it.each([
    [{ start: 0, end: 3 }, '0123'],
    [{ start: 10 }, 'abcdefghij'],
    [{ start: 15, end: 99 }, 'fghij'],
    [{ end: -4 }, 'ghij'],
    [{ start: 19, end: 19 }, 'j'],
  ])('serves the range %j', async (range, expected) => {
    expect((await bucket.file('digits.txt').download(range))[0].toString()).toBe(expected);
  });

  it('answers 206 with Content-Range, and 416 to a range past the end', async () => {
    // The client hides statuses and headers of a download; these are checked on the wire.
    const path = '/storage/v1/b/objects-bucket/o/digits.txt?alt=media';
    const partial = await raw(env.standIn, 'GET', path, { headers: { range: 'bytes=2-5' } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get('content-range')).toBe('bytes 2-5/20');
    expect(partial.text).toBe('2345');
    expect(partial.headers.get('x-goog-hash')).toBe(
      `crc32c=${(await bucket.file('digits.txt').getMetadata())[0].crc32c},md5=${md5(content)}`,
    );
    const whole = await raw(env.standIn, 'GET', path);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('x-goog-stored-content-encoding')).toBe('identity');
    expect(whole.headers.get('x-goog-generation')).toMatch(/^\d+$/);
    const unsatisfiable = await raw(env.standIn, 'GET', path, { headers: { range: 'bytes=20-' } });
    expect(unsatisfiable.status).toBe(416);
    expect(unsatisfiable.headers.get('content-range')).toBe('bytes */20');
  });

  it('rejects a download starting past the end through the client too (416)', async () => {
    await expectApiError(bucket.file('digits.txt').download({ start: 25 }), 416);
  });

  it('serves gzip-encoded objects as stored to a client that accepts gzip, and the client decompresses', async () => {
    const text = 'compressible '.repeat(200);
    await bucket
      .file('logs.txt')
      .save(text, { resumable: false, gzip: true, metadata: { contentType: 'text/plain' } });
    const [metadata] = await bucket.file('logs.txt').getMetadata();
    expect(metadata.contentEncoding).toBe('gzip');
    expect(Number(metadata.size)).toBeLessThan(text.length);
    expect((await bucket.file('logs.txt').download())[0].toString()).toBe(text);
    // The client always sends Accept-Encoding: gzip; without it GCS transcodes (whole object, decompressed).
    const plain = await raw(env.standIn, 'GET', '/storage/v1/b/objects-bucket/o/logs.txt?alt=media', {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.text).toBe(text);
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});

describe('preconditions', () => {
  it('ifGenerationMatch=0 creates only if absent', async () => {
    const file = bucket.file('create-once.txt');
    await file.save('first', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } });
    const error = await expectApiError(
      file.save('second', { resumable: false, preconditionOpts: { ifGenerationMatch: 0 } }),
      412,
      'conditionNotMet',
    );
    expect(error.message).toBe('At least one of the pre-conditions you specified did not hold.');
    expect((await file.download())[0].toString()).toBe('first');
  });

  it('ifGenerationMatch on uploads: the current generation passes, another fails, a missing object fails', async () => {
    const { generation } = await fresh('gen-match.txt');
    const file = bucket.file('gen-match.txt');
    await file.save('next', {
      resumable: false,
      preconditionOpts: { ifGenerationMatch: Number(generation) },
    });
    await expectApiError(
      file.save('stale', { resumable: false, preconditionOpts: { ifGenerationMatch: Number(generation) } }),
      412,
      'conditionNotMet',
    );
    await expectApiError(
      bucket.file('absent.txt').save('x', { resumable: false, preconditionOpts: { ifGenerationMatch: 123 } }),
      412,
    );
  });

  it('ifGenerationNotMatch and ifMetagenerationMatch on uploads', async () => {
    const { generation } = await fresh('not-match.txt');
    const file = bucket.file('not-match.txt');
    await expectApiError(
      file.save('x', { resumable: false, preconditionOpts: { ifGenerationNotMatch: Number(generation) } }),
      412,
    );
    await file.save('x', { resumable: false, preconditionOpts: { ifMetagenerationMatch: 1 } });
    await expectApiError(
      file.save('y', { resumable: false, preconditionOpts: { ifMetagenerationMatch: 2 } }),
      412,
    );
  });

  it('on reads: a failed *Match is 412, a failed *NotMatch is 304 Not Modified', async () => {
    const { generation } = await fresh('read-guard.txt');
    const file = bucket.file('read-guard.txt');
    await file.getMetadata({ ifGenerationMatch: generation });
    await expectApiError(file.getMetadata({ ifGenerationMatch: '1' }), 412, 'conditionNotMet');
    await expectApiError(file.getMetadata({ ifMetagenerationMatch: '2' }), 412, 'conditionNotMet');
    await expectApiError(file.getMetadata({ ifGenerationNotMatch: generation }), 304);
    await expectApiError(file.getMetadata({ ifMetagenerationNotMatch: '1' }), 304);
    await file.getMetadata({ ifMetagenerationNotMatch: '2' });
  });

  it('on patches and deletes: metageneration and generation guards are 412 when they fail', async () => {
    const { generation } = await fresh('write-guard.txt');
    const file = bucket.file('write-guard.txt');
    await expectApiError(
      file.setMetadata({ contentLanguage: 'fr' }, { ifMetagenerationMatch: 5 }),
      412,
      'conditionNotMet',
    );
    await file.setMetadata({ contentLanguage: 'fr' }, { ifMetagenerationMatch: 1 });
    await expectApiError(file.setMetadata({ contentLanguage: 'de' }, { ifMetagenerationNotMatch: 2 }), 412);
    await expectApiError(file.delete({ ifGenerationMatch: 1 }), 412, 'conditionNotMet');
    await expectApiError(file.delete({ ifGenerationNotMatch: Number(generation) }), 412);
    await file.delete({ ifGenerationMatch: Number(generation), ifMetagenerationMatch: 2 });
    expect((await file.exists())[0]).toBe(false);
  });

  it('answers 400 to a precondition that is not a number', async () => {
    // The client passes the value through; GCS's parameter validation rejects it.
    await expectApiError(
      bucket.file('x.txt').getMetadata({ ifGenerationMatch: 'abc' }),
      400,
      'invalidParameter',
    );
  });
});
