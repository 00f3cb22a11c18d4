import { credentialFileLeftOut } from '@mlops-actions/kit/credential-files';
import { walkContext } from '../context/context-walk.ts';
import { DockerIgnore } from '../context/dockerignore.ts';
import type { CredentialsFor } from '../credentials/registry-credentials.ts';
import type { Descriptor } from '../distribution/image-types.ts';
import { type ResolvedImage, resolveImage } from '../distribution/manifests.ts';
import { RegistryClient } from '../distribution/registry-client.ts';
import { buildContext } from '../dockerfile/copy-instruction.ts';
import { DockerfileError } from '../dockerfile/dockerfile-error.ts';
import { evaluateStage } from '../dockerfile/evaluate-stage.ts';
import type { Dockerfile } from '../dockerfile/parse-dockerfile.ts';
import { selectBase } from '../dockerfile/select-base.ts';
import { formatBytes } from '../format-bytes.ts';
import { buildLayerBlob } from '../layer/layer-blob.ts';
import { formatPlatform, type Platform } from '../platform.ts';
import {
  formatReference,
  type ImageReference,
  ImageReferenceError,
  parseImageReference,
  repositoryName,
} from '../reference.ts';
import { assembleImage } from './assemble-image.ts';
import type { BuildResult, LayerSummary, Log } from './build-result.ts';
import { pushImage } from './push-image.ts';

export interface LayerBuildOptions {
  dockerfile: Dockerfile;
  /** Absolute; used to find `<Dockerfile>.dockerignore`. */
  dockerfilePath: string;
  /** Absolute. */
  contextDir: string;
  /** The repository to push to (no tag or digest). */
  target: ImageReference;
  tags: string[];
  buildArgs: Record<string, string>;
  platform: Platform;
  push: boolean;
  /** Applied after the Dockerfile's own LABELs, as `docker build --label` is. */
  labels: Record<string, string>;
  credentials: CredentialsFor;
  log: Log;
  /** Upload chunk size for the new layer (default 16 MiB). */
  chunkSize?: number;
}

/**
 * Builds the image without a container engine: the base image's manifest and config are read
 * (never its layers), the Dockerfile's COPY/ADD files become one reproducible layer and its other
 * instructions config edits, and only the new layer, the config and the manifest are uploaded;
 * the base layers are found in the target repository or mounted into it from the base's.
 */
export async function buildWithLayer(options: LayerBuildOptions): Promise<BuildResult> {
  const { dockerfile, target, log } = options;
  const selection = selectBase(dockerfile, options.buildArgs, options.platform);
  const baseReference =
    selection.image === 'scratch' ? undefined : parseBase(selection.image, selection.line);
  const targetClient = await clientFor(target.registry, options, [
    `repository:${target.repository}:pull,push`,
    ...(baseReference?.registry === target.registry ? [`repository:${baseReference.repository}:pull`] : []),
  ]);
  const baseClient =
    baseReference === undefined || baseReference.registry === target.registry
      ? targetClient
      : await clientFor(baseReference.registry, options, [`repository:${baseReference.repository}:pull`]);

  let base: ResolvedImage | undefined;
  if (baseReference) {
    base = await resolveImage(baseClient, baseReference, selection.platform);
    log(
      `Base image ${formatReference(baseReference)} → ${base.digest}${base.indexDigest ? ` (${formatPlatform(selection.platform)} of index ${base.indexDigest})` : ''}: ${base.manifest.layers.length} layers, ${formatBytes(sum(base.manifest.layers))}, not downloaded.`,
    );
  } else {
    log('Base image: scratch (no layers).');
  }

  const context = buildContext(
    options.contextDir,
    walkContext(options.contextDir, DockerIgnore.read(options.contextDir, options.dockerfilePath), {
      onCredentialFile: (path) => log(credentialFileLeftOut(path)),
    }),
  );
  const stage = evaluateStage({
    dockerfile,
    buildArgs: options.buildArgs,
    platform: selection.platform,
    baseConfig: base?.config,
    context,
    labels: options.labels,
  });
  if (stage.unusedBuildArgs.length > 0) {
    log(`Build args not declared by any ARG (ignored, as docker does): ${stage.unusedBuildArgs.join(', ')}`);
  }
  const layer = stage.layer && buildLayerBlob(stage.layer);
  if (stage.layer && layer) {
    log(
      `New layer ${layer.digest}: ${stage.layer.length} entries from line${stage.layerLines.length === 1 ? '' : 's'} ${stage.layerLines.join(', ')}, ${formatBytes(layer.data.length)} compressed.`,
    );
  }
  const image = assembleImage(base, stage.config, layer);
  const baseLayers = base?.manifest.layers ?? [];
  const notPushed = (d: Descriptor, origin: 'base' | 'new'): LayerSummary => ({
    digest: d.digest,
    size: d.size,
    origin,
    transfer: 'not pushed',
  });
  let layers: LayerSummary[] = [
    ...baseLayers.map((d) => notPushed(d, 'base')),
    ...(image.newLayer ? [notPushed(image.newLayer, 'new')] : []),
  ];
  if (options.push) {
    layers = await pushImage({
      target: targetClient,
      targetRepository: target.repository,
      base: baseReference && { client: baseClient, repository: baseReference.repository, layers: baseLayers },
      newLayer: layer && image.newLayer && { descriptor: image.newLayer, data: layer.data },
      config: image.config,
      manifest: { mediaType: image.mediaType, data: image.manifestData, digest: image.digest },
      tags: options.tags,
      log,
      ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    });
  }
  const clients = baseClient === targetClient ? [targetClient] : [targetClient, baseClient];
  return {
    builder: 'layer',
    digest: image.digest,
    ...(options.push ? { image: `${repositoryName(target)}@${image.digest}` } : {}),
    configDigest: image.config.digest,
    tags: options.tags,
    pushed: options.push,
    ...(baseReference && base
      ? { baseImage: `${formatReference({ ...baseReference, digest: undefined })}@${base.digest}` }
      : {}),
    layers,
    bytesUploaded: clients.reduce((n, c) => n + c.bytesUploaded, 0),
    bytesDownloaded: clients.reduce((n, c) => n + c.bytesDownloaded, 0),
  };
}

function parseBase(image: string, line: number): ImageReference {
  try {
    return parseImageReference(image);
  } catch (error) {
    if (error instanceof ImageReferenceError) {
      throw new DockerfileError(`FROM ${image} is not a valid image reference: ${error.message}`, line);
    }
    throw error;
  }
}

async function clientFor(
  registry: string,
  options: LayerBuildOptions,
  scopes: string[],
): Promise<RegistryClient> {
  const credentials = await options.credentials(registry);
  return new RegistryClient(registry, { ...(credentials ? { credentials } : {}), scopes });
}

function sum(layers: Descriptor[]): number {
  return layers.reduce((n, l) => n + l.size, 0);
}
