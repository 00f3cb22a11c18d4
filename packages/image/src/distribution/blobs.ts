import type { Descriptor } from './image-types.ts';
import type { RegistryClient } from './registry-client.ts';
import { RegistryError } from './registry-error.ts';

/** Uploads of blobs larger than this go in PATCH chunks of this size; smaller ones in one PUT. */
export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
const UPLOAD_ATTEMPTS = 3;

/** HEAD: whether the repository already has the blob. */
export async function blobExists(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<boolean> {
  const response = await client.request('HEAD', `/v2/${repository}/blobs/${digest}`, {
    expect: [200, 404],
    what: `check for the blob ${repository}@${digest}`,
  });
  return response.status === 200;
}

/**
 * Cross-repository mount: the registry links a blob it already holds in `from` into `repository`
 * without any byte moving. False when it declines (it then opens an upload session, which is
 * cancelled here).
 */
export async function mountBlob(
  client: RegistryClient,
  repository: string,
  digest: string,
  from: string,
): Promise<boolean> {
  const query = new URLSearchParams({ mount: digest, from });
  const response = await client.request('POST', `/v2/${repository}/blobs/uploads/?${query}`, {
    headers: { 'content-length': '0' },
    expect: [201, 202],
    what: `mount the blob ${digest} from ${from} into ${repository}`,
  });
  await response.body?.cancel();
  if (response.status === 201) return true;
  const location = response.headers.get('location');
  if (location) {
    await client
      .request('DELETE', location, { expect: [204, 200, 404], what: 'cancel an unneeded upload', once: true })
      .then((r) => r.body?.cancel())
      .catch(() => undefined); // an abandoned session expires on its own
  }
  return false;
}

/**
 * Uploads a blob: one PUT when it fits in a chunk, otherwise PATCH chunks with Content-Range and
 * a closing PUT. A failed upload is started over from a fresh session.
 */
export async function uploadBlob(
  client: RegistryClient,
  repository: string,
  digest: string,
  data: Buffer,
  chunkSize = DEFAULT_CHUNK_SIZE,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await uploadOnce(client, repository, digest, data, chunkSize);
      return;
    } catch (error) {
      const transient = !(error instanceof RegistryError) || error.retryable;
      if (!transient || attempt >= UPLOAD_ATTEMPTS) throw error;
    }
  }
}

async function uploadOnce(
  client: RegistryClient,
  repository: string,
  digest: string,
  data: Buffer,
  chunkSize: number,
): Promise<void> {
  const what = `push the blob ${repository}@${digest}`;
  let location = await startUpload(client, repository, what);
  if (data.length > chunkSize) {
    for (let start = 0; start < data.length; start += chunkSize) {
      const chunk = data.subarray(start, Math.min(start + chunkSize, data.length));
      const response = await client.request('PATCH', location, {
        headers: {
          'content-type': 'application/octet-stream',
          'content-range': `${start}-${start + chunk.length - 1}`,
          'content-length': String(chunk.length),
        },
        body: chunk,
        expect: [202],
        what,
        once: true,
      });
      await response.body?.cancel();
      location = nextLocation(response, location);
    }
    await finishUpload(client, location, digest, undefined, what);
  } else {
    await finishUpload(client, location, digest, data, what);
  }
}

/** Streams a blob from one registry to another: for a base image on another registry, fetched once. */
export async function copyBlob(
  source: RegistryClient,
  sourceRepository: string,
  target: RegistryClient,
  targetRepository: string,
  descriptor: Descriptor,
): Promise<void> {
  const what = `push the blob ${targetRepository}@${descriptor.digest}`;
  const location = await startUpload(target, targetRepository, what);
  const response = await source.request('GET', `/v2/${sourceRepository}/blobs/${descriptor.digest}`, {
    expect: [200],
    what: `pull the blob ${sourceRepository}@${descriptor.digest}`,
  });
  if (!response.body) throw new Error(`${source.registry} sent no body for ${descriptor.digest}`);
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        source.bytesDownloaded += chunk.length;
        target.bytesUploaded += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  await finishUpload(target, location, descriptor.digest, counted, what, descriptor.size);
}

async function startUpload(client: RegistryClient, repository: string, what: string): Promise<string> {
  const response = await client.request('POST', `/v2/${repository}/blobs/uploads/`, {
    headers: { 'content-length': '0' },
    expect: [202],
    what,
  });
  await response.body?.cancel();
  return nextLocation(response, undefined);
}

async function finishUpload(
  client: RegistryClient,
  location: string,
  digest: string,
  body: Buffer | ReadableStream<Uint8Array> | undefined,
  what: string,
  size?: number,
): Promise<void> {
  const url = new URL(location, client.baseUrl);
  url.searchParams.set('digest', digest);
  const length = body instanceof Buffer ? body.length : (size ?? 0);
  const response = await client.request('PUT', url.toString(), {
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(length) },
    ...(body === undefined ? {} : { body }),
    expect: [201, 204],
    what,
    once: true,
  });
  await response.body?.cancel();
}

function nextLocation(response: Response, previous: string | undefined): string {
  const location = response.headers.get('location');
  if (!location) {
    if (previous) return previous;
    throw new Error(
      `The registry opened an upload session without a Location header (HTTP ${response.status})`,
    );
  }
  return location;
}
