import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GcsStandIn,
  GitHubStandIn,
  RegistryStandIn,
  VertexStandIn,
  writeTinyImage,
} from '@mlops-actions/emulators';

export interface DemoStandIns {
  gcs: GcsStandIn;
  vertex: VertexStandIn;
  github: GitHubStandIn;
  registry: RegistryStandIn;
  /** The Dockerfile's FROM, and where its tiny stand-in now lives in the local registry. */
  baseImage: { from: string; local: string; digest: string };
  stop(): Promise<void>;
}

export interface StandInSettings {
  owner: string;
  repo: string;
  project: string;
  bucket: string;
  /** The image the example's Dockerfile starts FROM, e.g. tensorflow/tfx:1.9.1. */
  baseImage: string;
}

/**
 * Every stand-in the code loop talks to, on loopback: Cloud Storage (with the modules bucket),
 * Vertex AI (jobs move on by themselves, a DAG level every 100 ms, so a run takes about a second),
 * GitHub REST, and the real CNCF registry holding a tiny image under the Dockerfile's FROM name.
 */
export async function startStandIns(settings: StandInSettings): Promise<DemoStandIns> {
  const started: { stop(): Promise<void> }[] = [];
  try {
    const gcs = await new GcsStandIn({ projectId: settings.project }).start();
    started.push(gcs);
    gcs.store.createBucket(settings.bucket);
    const vertex = await new VertexStandIn({
      store: gcs.store,
      project: settings.project,
      advanceEveryMs: 100,
    }).start();
    started.push(vertex);
    const github = await new GitHubStandIn({ owner: settings.owner, repo: settings.repo }).start();
    started.push(github);
    const registry = await new RegistryStandIn().start();
    started.push(registry);
    const baseImage = await pushTinyBase(registry, settings.baseImage);
    return {
      gcs,
      vertex,
      github,
      registry,
      baseImage,
      stop: async () => {
        await Promise.allSettled(started.map((standIn) => standIn.stop()));
      },
    };
  } catch (error) {
    await Promise.allSettled(started.map((standIn) => standIn.stop()));
    throw error;
  }
}

/** A one-layer image written without any container engine, pushed as `<registry>/<from>`. */
async function pushTinyBase(registry: RegistryStandIn, from: string): Promise<DemoStandIns['baseImage']> {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-base-image-'));
  try {
    const image = await writeTinyImage(dir, {
      files: { 'etc/stand-in-base.txt': `a tiny stand-in for ${from}, which is several gigabytes\n` },
      labels: { 'org.opencontainers.image.title': `stand-in for ${from}` },
    });
    await registry.push(`oci:${dir}:${image.tag}`, from);
    return { from, local: registry.reference(from), digest: image.manifestDigest };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
