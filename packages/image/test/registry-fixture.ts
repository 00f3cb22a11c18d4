// A real distribution registry on loopback with base images pushed the way users' bases arrive:
// single-platform (skopeo from an OCI layout) and a multi-platform index (PUT by the client).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryStandIn, type RegistryStandInOptions, writeTinyImage } from '@mlops-actions/emulators';
import { putManifest } from '../src/distribution/manifests.ts';
import { OCI_INDEX } from '../src/distribution/media-types.ts';
import { RegistryClient, type RegistryCredentials } from '../src/distribution/registry-client.ts';

export interface BaseImages {
  registry: RegistryStandIn;
  work: string;
  /** `base/python:3.11`: one linux/amd64 image whose config sets PYTHONPATH, PATH and a CMD. */
  single: { reference: string; digest: string; layerDigest: string };
  /** `base/multi:1`: an index of linux/amd64 and linux/arm64 images. */
  multi: { reference: string; digest: string; amd64: string; arm64: string; amd64Layer: string };
  stop(): Promise<void>;
}

export async function startRegistryWithBases(
  options: RegistryStandInOptions = {},
  credentials?: RegistryCredentials,
): Promise<BaseImages> {
  const registry = await new RegistryStandIn({ accessLog: true, ...options }).start();
  const work = mkdtempSync(join(tmpdir(), 'image-test-'));
  const single = await writeTinyImage(join(work, 'single'), {
    tag: '3.11',
    files: { 'usr/lib/python/site.py': 'print("base")\n' },
    labels: { 'org.example.base': 'yes' },
    config: { Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'PYTHONPATH=/usr/lib/python'], Cmd: ['python3'] },
  });
  await registry.push(`oci:${single.dir}:3.11`, 'base/python:3.11');
  const amd64 = await writeTinyImage(join(work, 'amd64'), { files: { 'arch.txt': 'amd64\n' } });
  const arm64 = await writeTinyImage(join(work, 'arm64'), {
    files: { 'arch.txt': 'arm64\n' },
    architecture: 'arm64',
  });
  await registry.push(`oci:${amd64.dir}:latest`, `base/multi@${amd64.manifestDigest}`);
  await registry.push(`oci:${arm64.dir}:latest`, `base/multi@${arm64.manifestDigest}`);
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: arm64.manifestDigest,
          size: arm64.manifestSize,
          platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
        },
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: amd64.manifestDigest,
          size: amd64.manifestSize,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    }),
  );
  const client = new RegistryClient(
    registry.host,
    credentials ? { credentials, scopes: ['repository:base/multi:pull,push'] } : {},
  );
  const indexDigest = await putManifest(client, 'base/multi', '1', OCI_INDEX, index);
  registry.accessLog.clear();
  return {
    registry,
    work,
    single: {
      reference: `${registry.host}/base/python:3.11`,
      digest: single.manifestDigest,
      layerDigest: single.layerDigest,
    },
    multi: {
      reference: `${registry.host}/base/multi:1`,
      digest: indexDigest,
      amd64: amd64.manifestDigest,
      arm64: arm64.manifestDigest,
      amd64Layer: amd64.layerDigest,
    },
    async stop() {
      await registry.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
