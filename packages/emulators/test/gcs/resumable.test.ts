import type { File } from '@google-cloud/storage';
import { beforeAll, describe, expect, it } from 'vitest';
import { crc32c, expectApiError, md5, pattern, raw, useStandIn } from './helpers.ts';

const env = useStandIn();
const bucketName = 'resumable-bucket';
const KIB = 1024;
const MIB = 1024 * KIB;

beforeAll(async () => {
  await env.storage.createBucket(bucketName);
});

/** Writes `data` through createWriteStream; `onProgress` sees bytes handed to the HTTP request so far. */
function upload(
  file: File,
  data: Buffer,
  options: Parameters<File['createWriteStream']>[0],
  onProgress?: (bytesWritten: number) => void,
): Promise<{ uri: string | undefined }> {
  return new Promise((resolve, reject) => {
    let uri: string | undefined;
    const stream = file.createWriteStream(options);
    stream.on('uri', (value: string) => {
      uri = value;
    });
    if (onProgress)
      stream.on('progress', (progress: { bytesWritten: number }) => onProgress(progress.bytesWritten));
    stream.on('error', (error) => Object.assign(error, { uri }) && reject(error));
    stream.on('finish', () => resolve({ uri }));
    stream.end(data);
  });
}

describe('resumable uploads through the client', () => {
  it('uploads 50 MB in 8 MiB chunks, loses the connection half-way, resumes and completes intact', async () => {
    const size = 50 * MIB;
    const data = pattern(size);
    const file = env.storage.bucket(bucketName).file('models/model-50mb.bin');
    const before = env.standIn.requests.length;
    let armed = false;
    // ifGenerationMatch makes the upload idempotent, so the client's default strategy retries it.
    await upload(
      file,
      data,
      { chunkSize: 8 * MIB, preconditionOpts: { ifGenerationMatch: 0 } },
      (written) => {
        if (!armed && written > size / 2) {
          armed = true;
          env.standIn.faults.add({
            method: 'PUT',
            route: '/upload/',
            action: { kind: 'drop', afterBytes: 3 * MIB },
          });
        }
      },
    );

    expect(env.standIn.faults.injected.filter((fault) => fault.action === 'drop')).toHaveLength(1);
    const puts = env.standIn.requests.slice(before).filter((request) => request.method === 'PUT');
    // After the drop the client asked where the session stood, then sent the rest from there.
    expect(puts.some((request) => request.contentRange === 'bytes */*' && request.status === 308)).toBe(true);
    const chunks = puts.filter((request) => request.contentRange !== 'bytes */*');
    let next = 0;
    for (const chunk of chunks) {
      const [, first, last] = /^bytes (\d+)-(\d+)\//.exec(chunk.contentRange as string) as RegExpExecArray;
      expect(Number(first)).toBe(next);
      next = Number(last) + 1;
    }
    expect(next).toBe(size);
    expect(chunks.at(-1)?.status).toBe(200);

    const [metadata] = await file.getMetadata();
    expect(metadata.size).toBe(String(size));
    expect(metadata.md5Hash).toBe(md5(data));
    expect(metadata.crc32c).toBe(crc32c(data));
    // The download is checked by the client against x-goog-hash as it streams.
    const [downloaded] = await file.download();
    expect(downloaded.equals(data)).toBe(true);
  });

  it('resumes a failed upload from its session URI, sending only what the session lacks', async () => {
    const data = pattern(MIB + 1000, 7);
    const file = env.storage.bucket(bucketName).file('resumed-later.bin');
    let armed = false;
    // Without a precondition the client does not retry an upload, so the drop fails it.
    const failure = (await upload(file, data, { chunkSize: 256 * KIB }, (written) => {
      if (!armed && written > 512 * KIB) {
        armed = true;
        env.standIn.faults.add({ method: 'PUT', route: '/upload/', action: { kind: 'drop', afterBytes: 1 } });
      }
    }).catch((error: unknown) => error)) as Error & { uri?: string };
    expect(failure).toBeInstanceOf(Error);
    expect(failure.uri).toContain('upload_id=');
    expect((await file.exists())[0]).toBe(false);

    const before = env.standIn.requests.length;
    await upload(file, data, { uri: failure.uri as string, chunkSize: 256 * KIB });
    const puts = env.standIn.requests.slice(before).filter((request) => request.method === 'PUT');
    expect(puts[0]).toMatchObject({ contentRange: 'bytes */*', status: 308 });
    expect(puts[1]?.contentRange).toMatch(/^bytes (524288|786432)-/);
    const [metadata] = await file.getMetadata();
    expect(metadata).toMatchObject({ size: String(data.length), md5Hash: md5(data), crc32c: crc32c(data) });
  });

  it('fails an upload whose chunk size is not a multiple of 256 KiB: GCS keeps none of such a chunk', async () => {
    const file = env.storage.bucket(bucketName).file('odd-chunks.bin');
    const error = await expectApiError(upload(file, pattern(250_000), { chunkSize: 100_000 }), 308);
    expect(error.message).toBe('Upload failed');
  });

  it('reports an upload shorter than its declared size as incomplete (308), creating nothing', async () => {
    const file = env.storage.bucket(bucketName).file('too-short.bin');
    await expectApiError(
      file.save(pattern(1000), { resumable: true, metadata: { contentLength: 2000 } }),
      308,
    );
    expect((await file.exists())[0]).toBe(false);
  });

  it('checks ifGenerationMatch when the session starts and again when it completes', async () => {
    const bucket = env.storage.bucket(bucketName);
    await bucket.file('guarded.txt').save('first', { resumable: false });
    await expectApiError(
      bucket
        .file('guarded.txt')
        .save('second', { resumable: true, preconditionOpts: { ifGenerationMatch: 0 } }),
      412,
    );

    const late = bucket.file('created-meanwhile.txt');
    const [uri] = await late.createResumableUpload({ preconditionOpts: { ifGenerationMatch: 0 } });
    await late.save('someone else', { resumable: false });
    await expectApiError(upload(late, Buffer.from('mine'), { uri }), 412);
    expect((await late.download())[0].toString()).toBe('someone else');
  });

  it('uploads an empty object, chunked and not', async () => {
    const bucket = env.storage.bucket(bucketName);
    await upload(bucket.file('empty-chunked'), Buffer.alloc(0), { chunkSize: 256 * KIB });
    await upload(bucket.file('empty-single'), Buffer.alloc(0), {});
    for (const name of ['empty-chunked', 'empty-single']) {
      expect((await bucket.file(name).getMetadata())[0]).toMatchObject({
        size: '0',
        crc32c: 'AAAAAA==',
        md5Hash: md5(''),
      });
    }
  });
});

/**
 * The 308 protocol itself, step by step. The client hides these exchanges (Range values, status
 * checks, cancel), so these tests speak HTTP to a session the stand-in issued.
 */
describe('the resumable protocol on the wire', () => {
  async function startSession(name: string, headers: Record<string, string> = {}): Promise<string> {
    const response = await raw(
      env.standIn,
      'POST',
      `/upload/storage/v1/b/${bucketName}/o?uploadType=resumable&name=${name}`,
      {
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ contentType: 'application/x-test', metadata: { source: 'wire' } }),
      },
    );
    expect(response.status).toBe(200);
    const location = response.headers.get('location') as string;
    expect(location).toMatch(
      new RegExp(
        `^${env.standIn.url}/upload/storage/v1/b/${bucketName}/o\\?uploadType=resumable&name=${name}&upload_id=`,
      ),
    );
    return location.slice(env.standIn.url.length);
  }

  const put = (session: string, range: string, body: Buffer = Buffer.alloc(0)) =>
    raw(env.standIn, 'PUT', session, { headers: { 'content-range': range }, body });

  it('persists whole 256 KiB units of a chunk, reports them in Range, and completes with the object', async () => {
    const data = pattern(700 * KIB, 3);
    const session = await startSession('wire.bin');

    const status0 = await put(session, 'bytes */*');
    expect(status0.status).toBe(308);
    expect(status0.headers.get('range')).toBeNull();

    const small = await put(session, `bytes 0-${100 * KIB - 1}/*`, data.subarray(0, 100 * KIB));
    expect(small.status).toBe(308);
    expect(small.headers.get('range')).toBeNull();

    const partial = await put(session, `bytes 0-${300 * KIB - 1}/*`, data.subarray(0, 300 * KIB));
    expect(partial.status).toBe(308);
    expect(partial.headers.get('range')).toBe(`bytes=0-${256 * KIB - 1}`);
    expect((await put(session, 'bytes */*')).headers.get('range')).toBe(`bytes=0-${256 * KIB - 1}`);

    // Overlapping the persisted bytes is fine: they are skipped.
    const last = await put(
      session,
      `bytes ${200 * KIB}-${data.length - 1}/${data.length}`,
      data.subarray(200 * KIB),
    );
    expect(last.status).toBe(200);
    expect(last.json()).toMatchObject({
      name: 'wire.bin',
      size: String(data.length),
      contentType: 'application/x-test',
      metadata: { source: 'wire' },
      md5Hash: md5(data),
      crc32c: crc32c(data),
    });
    // A finished session keeps answering with the object.
    const after = await put(session, 'bytes */*');
    expect(after.status).toBe(200);
    expect(after.json()).toMatchObject({ name: 'wire.bin', size: String(data.length) });
  });

  it('finalizes with `bytes */TOTAL` once every byte is in, taking X-Goog-Meta- headers of that request', async () => {
    const session = await startSession('finalized-by-status.bin');
    const data = pattern(256 * KIB, 4);
    expect((await put(session, `bytes 0-${data.length - 1}/*`, data)).status).toBe(308);
    const done = await raw(env.standIn, 'PUT', session, {
      headers: { 'content-range': `bytes */${data.length}`, 'x-goog-meta-stage': 'final' },
    });
    expect(done.status).toBe(200);
    expect(done.json()).toMatchObject({
      size: String(data.length),
      metadata: { source: 'wire', stage: 'final' },
    });
  });

  it('rejects a chunk that leaves a gap, a body that disagrees with Content-Range, and a changed total', async () => {
    const session = await startSession('bad-chunks.bin', { 'x-upload-content-length': String(512 * KIB) });
    const gap = await put(session, `bytes ${256 * KIB}-${512 * KIB - 1}/${512 * KIB}`, pattern(256 * KIB));
    expect(gap.status).toBe(400);
    expect(gap.text).toContain('which exceeds already uploaded size of 0 byte(s)');
    const short = await put(session, `bytes 0-${256 * KIB - 1}/${512 * KIB}`, pattern(1000));
    expect(short.status).toBe(400);
    expect(short.text).toContain('There were 1000 byte(s) in the request body');
    const otherTotal = await put(session, `bytes 0-${256 * KIB - 1}/${600 * KIB}`, pattern(256 * KIB));
    expect(otherTotal.status).toBe(400);
    // The client never sends more than the X-Upload-Content-Length it declared; GCS refuses it.
    const tooLong = await put(session, `bytes 0-${600 * KIB - 1}/*`, pattern(600 * KIB));
    expect(tooLong.status).toBe(400);
    const unparsable = await put(session, 'bytes=0-10/20', pattern(11));
    expect(unparsable.status).toBe(400);
    expect(unparsable.text).toContain('Failed to parse Content-Range header.');
  });

  it('cancels a session with DELETE (499); afterwards it is gone (410); unknown sessions are 404', async () => {
    const session = await startSession('cancelled.bin');
    const cancel = await raw(env.standIn, 'DELETE', session);
    expect(cancel.status).toBe(499);
    expect((await put(session, 'bytes */*')).status).toBe(410);
    const unknown = await put(
      `/upload/storage/v1/b/${bucketName}/o?uploadType=resumable&upload_id=nope`,
      'bytes */*',
    );
    expect(unknown.status).toBe(404);
  });
});
