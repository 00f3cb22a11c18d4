import { beforeAll, describe, expect, it } from 'vitest';
import { crc32c, expectApiError, md5, raw, useStandIn } from './helpers.ts';

const env = useStandIn();
const bucketName = 'uploads-bucket';

beforeAll(async () => {
  await env.storage.createBucket(bucketName);
});

describe('simple and multipart uploads', () => {
  it('stores a multipart upload with its metadata, checksums and string numbers as GCS returns them', async () => {
    const file = env.storage.bucket(bucketName).file('runs/1/metrics.json');
    const content = '{"accuracy":0.93}';
    await file.save(content, {
      resumable: false,
      metadata: {
        contentType: 'application/json',
        cacheControl: 'no-cache',
        contentDisposition: 'attachment',
        metadata: { run: '1', commit: 'abc123' },
      },
    });
    const [metadata] = await file.getMetadata();
    expect(metadata).toMatchObject({
      kind: 'storage#object',
      name: 'runs/1/metrics.json',
      bucket: bucketName,
      contentType: 'application/json',
      cacheControl: 'no-cache',
      contentDisposition: 'attachment',
      size: String(content.length),
      metageneration: '1',
      storageClass: 'STANDARD',
      md5Hash: md5(content),
      crc32c: crc32c(content),
      metadata: { run: '1', commit: 'abc123' },
    });
    expect(metadata.generation).toMatch(/^\d{16}$/);
    expect(metadata.id).toBe(`${bucketName}/runs/1/metrics.json/${metadata.generation}`);
    expect(metadata.timeCreated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(metadata.updated).toBe(metadata.timeCreated);
    expect(metadata.selfLink).toBe(`${env.standIn.url}/storage/v1/b/${bucketName}/o/runs%2F1%2Fmetrics.json`);
    expect(metadata.mediaLink).toContain(
      `/download/storage/v1/b/${bucketName}/o/runs%2F1%2Fmetrics.json?generation=`,
    );
    // The etag encodes generation and metageneration, as GCS's does.
    const etag = Buffer.from(metadata.etag as string, 'base64');
    expect(etag[0]).toBe(0x08);
    expect(etag.at(-2)).toBe(0x10);
    expect(etag.at(-1)).toBe(1);
  });

  it('gives the content type application/octet-stream when none is known', async () => {
    const file = env.storage.bucket(bucketName).file('blob-without-extension');
    await file.save(Buffer.from([1, 2, 3]), { resumable: false });
    expect((await file.getMetadata())[0].contentType).toBe('application/octet-stream');
  });

  it('gives every new generation a larger number', async () => {
    const file = env.storage.bucket(bucketName).file('overwritten.txt');
    const generations: bigint[] = [];
    for (let i = 0; i < 5; i++) {
      await file.save(`version ${i}`, { resumable: false });
      generations.push(BigInt((await file.getMetadata())[0].generation as string));
    }
    for (let i = 1; i < generations.length; i++)
      expect(generations[i] as bigint).toBeGreaterThan(generations[i - 1] as bigint);
    expect((await file.download())[0].toString()).toBe('version 4');
  });

  it('rejects an upload whose declared md5Hash does not match the bytes (400)', async () => {
    const file = env.storage.bucket(bucketName).file('bad-md5.txt');
    const error = await expectApiError(
      file.save('the bytes', {
        resumable: false,
        validation: false,
        metadata: { md5Hash: md5('other bytes') },
      }),
      400,
      'invalid',
    );
    expect(error.message).toBe(
      `Provided MD5 hash "${md5('other bytes')}" doesn't match calculated MD5 hash "${md5('the bytes')}".`,
    );
    expect((await file.exists())[0]).toBe(false);
  });

  it('rejects an upload whose declared crc32c does not match the bytes (400)', async () => {
    const file = env.storage.bucket(bucketName).file('bad-crc.txt');
    const error = await expectApiError(
      file.save('the bytes', { resumable: false, validation: false, metadata: { crc32c: crc32c('other') } }),
      400,
      'invalid',
    );
    expect(error.message).toContain("doesn't match calculated CRC32C");
  });

  it('accepts a matching declared md5Hash and crc32c', async () => {
    const file = env.storage.bucket(bucketName).file('good-hashes.txt');
    await file.save('the bytes', {
      resumable: false,
      metadata: { md5Hash: md5('the bytes'), crc32c: crc32c('the bytes') },
    });
    expect((await file.getMetadata())[0].md5Hash).toBe(md5('the bytes'));
  });

  it.each([
    ['a name with a line feed', 'line\nfeed.txt'],
    ['a name with a carriage return', 'carriage\rreturn.txt'],
    ['"."', '.'],
    ['".."', '..'],
    ['a name over 1024 bytes of UTF-8', 'é'.repeat(513)],
    ['a name under .well-known/acme-challenge/', '.well-known/acme-challenge/token'],
  ])('rejects %s with 400 invalid, on multipart and resumable uploads', async (_, name) => {
    const file = env.storage.bucket(bucketName).file(name);
    await expectApiError(file.save('x', { resumable: false }), 400, 'invalid');
    await expectApiError(file.save('x', { resumable: true }), 400);
  });

  it('accepts a name of exactly 1024 bytes and names with unusual characters', async () => {
    for (const name of [
      'a'.repeat(1024),
      'dir/',
      'with space/and+plus/%25 percent',
      'ünïcødé/名前.txt',
      '#hash?query',
    ]) {
      await env.storage.bucket(bucketName).file(name).save('ok', { resumable: false });
      expect((await env.storage.bucket(bucketName).file(name).download())[0].toString()).toBe('ok');
    }
  });
});

describe('what the client cannot send (raw HTTP)', () => {
  // @google-cloud/storage never uses uploadType=media; GCS supports it, so the stand-in must.
  it('stores a simple media upload, taking the content type from the request', async () => {
    const response = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=media&name=media%2Fone.csv`,
      {
        headers: { 'content-type': 'text/csv' },
        body: 'a,b\n1,2\n',
      },
    );
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'media/one.csv',
      contentType: 'text/csv',
      size: '8',
      md5Hash: md5('a,b\n1,2\n'),
    });
    expect((await env.storage.bucket(bucketName).file('media/one.csv').download())[0].toString()).toBe(
      'a,b\n1,2\n',
    );
  });

  // The client always sends a name; only a hand-made request can leave it out.
  it('answers 400 required to an upload without a name', async () => {
    const response = await raw(env.standIn, 'POST', `/upload/storage/v1/b/${bucketName}/o?uploadType=media`, {
      body: 'x',
    });
    expect(response.status).toBe(400);
    expect(response.json()).toEqual({
      error: {
        code: 400,
        message: 'Required',
        errors: [{ message: 'Required', domain: 'global', reason: 'required' }],
      },
    });
  });

  // The client always sets uploadType and uses the /upload/ path.
  it('answers 400 wrongUrlForUpload without uploadType, and 400 to an unknown one', async () => {
    const missing = await raw(env.standIn, 'POST', `/upload/storage/v1/b/${bucketName}/o?name=x`, {
      body: 'x',
    });
    expect(missing.status).toBe(400);
    expect((missing.json() as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason).toBe(
      'wrongUrlForUpload',
    );
    const wrongPath = await raw(
      env.standIn,
      'POST',
      `/storage/v1/b/${bucketName}/o?uploadType=media&name=x`,
      { body: 'x' },
    );
    expect(wrongPath.status).toBe(400);
    const unknown = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=chunked&name=x`,
      { body: 'x' },
    );
    expect(unknown.status).toBe(400);
  });

  // The client cannot produce these: `file('')` throws locally, and it only sends valid UTF-8.
  it('answers 400 to an empty name and to a name that is not valid UTF-8', async () => {
    const empty = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=media&name=`,
      { body: 'x' },
    );
    expect(empty.status).toBe(400);
    const notUtf8 = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=media&name=bad%FF%FEname`,
      {
        body: 'x',
      },
    );
    expect(notUtf8.status).toBe(400);
    expect((notUtf8.json() as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason).toBe(
      'invalid',
    );
  });

  // A hand-written multipart body can disagree with the query's name; GCS refuses that.
  it('answers 400 when the name in the metadata and in the query disagree, and to a malformed multipart body', async () => {
    const body = [
      '--b1',
      'Content-Type: application/json',
      '',
      '{"name":"one"}',
      '--b1',
      'Content-Type: text/plain',
      '',
      'x',
      '--b1--',
    ].join('\r\n');
    const headers = { 'content-type': 'multipart/related; boundary=b1' };
    const disagree = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=multipart&name=two`,
      {
        headers,
        body,
      },
    );
    expect(disagree.status).toBe(400);
    const agreed = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=multipart`,
      { headers, body },
    );
    expect(agreed.status).toBe(200);
    expect(agreed.json()).toMatchObject({ name: 'one', contentType: 'text/plain', size: '1' });
    const malformed = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=multipart&name=x`,
      {
        headers,
        body: '--b1\r\nno headers end',
      },
    );
    expect(malformed.status).toBe(400);
  });

  // X-Goog-Hash on a media upload is how other clients send checksums; the Node client does not.
  it('checks an X-Goog-Hash header against the bytes', async () => {
    const response = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=media&name=hashed`,
      {
        headers: { 'x-goog-hash': `crc32c=${crc32c('nope')}` },
        body: 'data',
      },
    );
    expect(response.status).toBe(400);
  });
});
