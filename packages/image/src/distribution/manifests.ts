import { sha256Digest } from '../digest.ts';
import { formatPlatform, type Platform, platformMatches } from '../platform.ts';
import { formatReference, type ImageReference, manifestReference } from '../reference.ts';
import type { ImageConfig, ImageIndex, ImageManifest } from './image-types.ts';
import { ACCEPTED_MANIFESTS, INDEX_TYPES, MANIFEST_TYPES } from './media-types.ts';
import type { RegistryClient } from './registry-client.ts';
import { RegistryError } from './registry-error.ts';

export interface FetchedManifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

/** An image resolved to one platform: its manifest and config, never its layers. */
export interface ResolvedImage {
  reference: ImageReference;
  /** The platform manifest's digest. */
  digest: string;
  /** The index the manifest was picked from, when the reference named a multi-platform image. */
  indexDigest?: string;
  mediaType: string;
  manifest: ImageManifest;
  config: ImageConfig;
}

/** GETs a manifest by tag or digest; checks a by-digest answer against the digest asked for. */
export async function fetchManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
): Promise<FetchedManifest> {
  const what = `pull the manifest ${repository}:${reference}`.replace(':sha256:', '@sha256:');
  const response = await client.request('GET', `/v2/${repository}/manifests/${reference}`, {
    headers: { accept: ACCEPTED_MANIFESTS },
    expect: [200],
    what,
  });
  const bytes = await client.readBytes(response);
  const digest = sha256Digest(bytes);
  if (reference.startsWith('sha256:') && digest !== reference) {
    throw new Error(`${client.registry} answered ${what} with content whose digest is ${digest}`);
  }
  const declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType;
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
  return { mediaType: declared ?? contentType ?? '', digest, bytes };
}

/**
 * Reads an image's manifest and config, picking `platform` out of a multi-platform index. Only
 * metadata is read: the layers stay where they are.
 */
export async function resolveImage(
  client: RegistryClient,
  reference: ImageReference,
  platform: Platform,
): Promise<ResolvedImage> {
  const name = formatReference(reference);
  let fetched: FetchedManifest;
  try {
    fetched = await fetchManifest(client, reference.repository, manifestReference(reference));
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) {
      throw new RegistryError(
        `The image ${name} does not exist: ${client.registry} answered HTTP 404 (${error.codes.join(', ') || 'not found'}).`,
        404,
        error.codes,
      );
    }
    throw error;
  }
  let indexDigest: string | undefined;
  if ((INDEX_TYPES as readonly string[]).includes(fetched.mediaType)) {
    const index = JSON.parse(fetched.bytes.toString('utf8')) as ImageIndex;
    const entry = index.manifests.find(
      (m) =>
        (MANIFEST_TYPES as readonly string[]).includes(m.mediaType) && platformMatches(m.platform, platform),
    );
    if (!entry) {
      const available = index.manifests
        .filter((m) => m.platform && m.platform.architecture !== 'unknown')
        .map((m) => formatPlatform(m.platform as Platform));
      throw new Error(
        `The image ${name} has no ${formatPlatform(platform)} variant; it has ${available.join(', ') || 'none'}. Set the platform input to one of them.`,
      );
    }
    indexDigest = fetched.digest;
    fetched = await fetchManifest(client, reference.repository, entry.digest);
  }
  if (!(MANIFEST_TYPES as readonly string[]).includes(fetched.mediaType)) {
    throw new Error(
      `The image ${name} has a manifest of type ${fetched.mediaType || '(none)'}; only OCI and Docker schema 2 images can be built on.`,
    );
  }
  const manifest = JSON.parse(fetched.bytes.toString('utf8')) as ImageManifest;
  const config = JSON.parse(
    (await fetchBlob(client, reference.repository, manifest.config.digest)).toString('utf8'),
  );
  return {
    reference,
    digest: fetched.digest,
    ...(indexDigest ? { indexDigest } : {}),
    mediaType: fetched.mediaType,
    manifest,
    config: config as ImageConfig,
  };
}

/** A small blob (a config), verified against its digest. */
export async function fetchBlob(client: RegistryClient, repository: string, digest: string): Promise<Buffer> {
  const what = `pull the blob ${repository}@${digest}`;
  const response = await client.request('GET', `/v2/${repository}/blobs/${digest}`, { expect: [200], what });
  const bytes = await client.readBytes(response);
  if (sha256Digest(bytes) !== digest)
    throw new Error(`${client.registry} answered ${what} with other content`);
  return bytes;
}

/** PUTs a manifest under a tag (or its digest); returns the digest the registry reports. */
export async function putManifest(
  client: RegistryClient,
  repository: string,
  reference: string,
  mediaType: string,
  bytes: Buffer,
): Promise<string> {
  const response = await client.request('PUT', `/v2/${repository}/manifests/${reference}`, {
    headers: { 'content-type': mediaType },
    body: bytes,
    expect: [201, 200],
    what: `push the manifest ${repository}:${reference}`,
  });
  await response.body?.cancel();
  return response.headers.get('docker-content-digest') ?? sha256Digest(bytes);
}
