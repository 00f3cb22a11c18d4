import { blobExists, copyBlob, mountBlob, uploadBlob } from '../distribution/blobs.ts';
import type { Descriptor } from '../distribution/image-types.ts';
import { putManifest } from '../distribution/manifests.ts';
import type { RegistryClient } from '../distribution/registry-client.ts';
import type { LayerSummary, LayerTransfer, Log } from './build-result.ts';

export interface PushPlan {
  target: RegistryClient;
  targetRepository: string;
  base?: { client: RegistryClient; repository: string; layers: Descriptor[] };
  newLayer?: { descriptor: Descriptor; data: Buffer };
  config: { digest: string; data: Buffer };
  manifest: { mediaType: string; data: Buffer; digest: string };
  tags: string[];
  log: Log;
  chunkSize?: number;
}

const PARALLEL_LAYERS = 4;

/**
 * Makes every blob of the image present in the target repository — base layers by HEAD or
 * cross-repository mount (a byte-for-byte copy only when the base lives on another registry or
 * the registry declines the mount), the new layer and the config by upload — then PUTs the
 * manifest under each tag.
 */
export async function pushImage(plan: PushPlan): Promise<LayerSummary[]> {
  const { target, targetRepository, base, log } = plan;
  const baseSummaries = await mapLimited(base?.layers ?? [], PARALLEL_LAYERS, async (layer) => {
    const transfer = await placeBaseLayer(plan, layer);
    return { digest: layer.digest, size: layer.size, origin: 'base' as const, transfer };
  });
  const counts = countBy(baseSummaries.map((s) => s.transfer));
  if (baseSummaries.length > 0) {
    log(
      `Base layers in ${target.registry}/${targetRepository}: ${Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}.`,
    );
  }
  const summaries: LayerSummary[] = [...baseSummaries];
  if (plan.newLayer) {
    const { descriptor, data } = plan.newLayer;
    const present = await blobExists(target, targetRepository, descriptor.digest);
    if (!present) await uploadBlob(target, targetRepository, descriptor.digest, data, plan.chunkSize);
    summaries.push({
      digest: descriptor.digest,
      size: descriptor.size,
      origin: 'new',
      transfer: present ? 'present' : 'uploaded',
    });
  }
  if (!(await blobExists(target, targetRepository, plan.config.digest))) {
    await uploadBlob(target, targetRepository, plan.config.digest, plan.config.data, plan.chunkSize);
  }
  for (const tag of plan.tags) {
    const reported = await putManifest(
      target,
      targetRepository,
      tag,
      plan.manifest.mediaType,
      plan.manifest.data,
    );
    if (reported !== plan.manifest.digest) {
      throw new Error(
        `${target.registry} stored the manifest of ${targetRepository}:${tag} as ${reported}, not ${plan.manifest.digest}`,
      );
    }
    log(`Pushed ${target.registry}/${targetRepository}:${tag}`);
  }
  return summaries;
}

async function placeBaseLayer(plan: PushPlan, layer: Descriptor): Promise<LayerTransfer> {
  const { target, targetRepository, base } = plan;
  if (!base || layer.urls?.length) return 'present'; // foreign layers stay where their URLs point
  if (await blobExists(target, targetRepository, layer.digest)) return 'present';
  if (base.client === target && (await mountBlob(target, targetRepository, layer.digest, base.repository))) {
    return 'mounted';
  }
  plan.log(
    base.client === target
      ? `${target.registry} declined to mount ${layer.digest} from ${base.repository}; copying it (${layer.size} bytes).`
      : `Copying base layer ${layer.digest} (${layer.size} bytes) from ${base.client.registry} once; later builds find it in place.`,
  );
  await copyBlob(base.client, base.repository, target, targetRepository, layer);
  return 'copied';
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
