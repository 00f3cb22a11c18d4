import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tar } from './tar.ts';

export interface TinyImageOptions {
  /** The tag recorded in index.json (`oci:<dir>:<tag>`). */
  tag?: string;
  /** The one layer's files. */
  files?: Record<string, string | Buffer>;
  architecture?: string;
  os?: string;
  labels?: Record<string, string>;
  /** More fields of the config's `config` (Env, Cmd, WorkingDir…). */
  config?: Record<string, unknown>;
}

export interface OciLayoutImage {
  dir: string;
  tag: string;
  manifestDigest: string;
  /** The manifest's size in bytes, for an index that lists it. */
  manifestSize: number;
  configDigest: string;
  layerDigest: string;
  /** The uncompressed layer's digest, as the config's rootfs.diff_ids lists it. */
  diffId: string;
}

const sha256 = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/**
 * Writes a one-layer image as an OCI image layout in `dir` — what `skopeo copy oci:<dir>:<tag> …`
 * reads — without any container engine. The same options give the same digests.
 */
export async function writeTinyImage(dir: string, options: TinyImageOptions = {}): Promise<OciLayoutImage> {
  const tag = options.tag ?? 'latest';
  const files = options.files ?? { 'hello.txt': 'hello from a tiny image\n' };
  const layerTar = tar(Object.entries(files).map(([name, data]) => ({ name, data })));
  const layer = gzipSync(layerTar);
  const config = Buffer.from(
    JSON.stringify({
      created: '1970-01-01T00:00:00Z',
      architecture: options.architecture ?? 'amd64',
      os: options.os ?? 'linux',
      config: { ...(options.labels ? { Labels: options.labels } : {}), ...options.config },
      rootfs: { type: 'layers', diff_ids: [sha256(layerTar)] },
      history: [{ created: '1970-01-01T00:00:00Z', created_by: 'writeTinyImage' }],
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: sha256(layer),
          size: layer.length,
        },
      ],
    }),
  );
  const index = {
    schemaVersion: 2,
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256(manifest),
        size: manifest.length,
        annotations: { 'org.opencontainers.image.ref.name': tag },
      },
    ],
  };
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  for (const blob of [layer, config, manifest]) {
    await writeFile(join(blobs, sha256(blob).slice('sha256:'.length)), blob);
  }
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  return {
    dir,
    tag,
    manifestDigest: sha256(manifest),
    manifestSize: manifest.length,
    configDigest: sha256(config),
    layerDigest: sha256(layer),
    diffId: sha256(layerTar),
  };
}
