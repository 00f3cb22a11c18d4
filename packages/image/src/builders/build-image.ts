import { readFileSync } from 'node:fs';
import type { CredentialsFor } from '../credentials/registry-credentials.ts';
import { NotLayerBuildable, whyNotLayerBuildable } from '../dockerfile/layer-support.ts';
import { parseDockerfile } from '../dockerfile/parse-dockerfile.ts';
import type { Platform } from '../platform.ts';
import type { ImageReference } from '../reference.ts';
import type { BuilderName, BuildResult, Log } from './build-result.ts';
import { buildWithCloudBuild, type CloudBuildOptions } from './cloud-build-builder.ts';
import { buildWithDocker } from './docker-builder.ts';
import { buildWithLayer } from './layer-builder.ts';

export type BuilderChoice = 'auto' | BuilderName;
export const BUILDER_CHOICES: readonly BuilderChoice[] = ['auto', 'layer', 'docker', 'cloud-build'];

export interface BuildImageOptions {
  builder: BuilderChoice;
  /** Absolute. */
  dockerfilePath: string;
  /** Absolute. */
  contextDir: string;
  target: ImageReference;
  tags: string[];
  buildArgs: Record<string, string>;
  platform: Platform;
  push: boolean;
  labels: Record<string, string>;
  credentials: CredentialsFor;
  log: Log;
  tempDir: string;
  docker?: string;
  signal?: AbortSignal;
  /** Needed by the cloud-build builder only. */
  cloudBuild?: Pick<
    CloudBuildOptions,
    | 'project'
    | 'region'
    | 'sourceStagingDir'
    | 'uploadIgnore'
    | 'storage'
    | 'timeoutSeconds'
    | 'buildTags'
    | 'pollIntervalMs'
    | 'client'
  >;
}

export interface BuildImageResult extends BuildResult {
  /** Why auto chose docker, when it did. */
  fallbackReason?: string;
}

/**
 * Builds and pushes with the chosen builder. `auto` reads the Dockerfile: when it holds only what
 * the layer builder applies it builds without Docker, otherwise (or when evaluating it finds, say,
 * an archive for ADD to unpack) it runs docker and says why.
 */
export async function buildImage(options: BuildImageOptions): Promise<BuildImageResult> {
  const dockerfile = parseDockerfile(readFileSync(options.dockerfilePath, 'utf8'));
  const common = { ...options, ...(options.signal ? { signal: options.signal } : {}) };
  if (options.builder === 'docker') return buildWithDocker(common);
  if (options.builder === 'cloud-build') {
    if (!options.cloudBuild)
      throw new Error('the cloud-build builder needs its project, region and staging settings');
    return buildWithCloudBuild({ ...common, ...options.cloudBuild });
  }
  const problem = whyNotLayerBuildable(dockerfile);
  if (options.builder === 'layer') {
    if (problem) throw layerRefusal(problem);
    try {
      return await buildWithLayer({ ...common, dockerfile });
    } catch (error) {
      throw error instanceof NotLayerBuildable ? layerRefusal(error) : error;
    }
  }
  let reason = problem?.message;
  if (!problem) {
    try {
      return await buildWithLayer({ ...common, dockerfile });
    } catch (error) {
      if (!(error instanceof NotLayerBuildable)) throw error;
      reason = error.message;
    }
  }
  options.log(`builder auto: building with docker, because ${reason}.`);
  return { ...(await buildWithDocker(common)), fallbackReason: reason };
}

function layerRefusal(problem: NotLayerBuildable): NotLayerBuildable {
  return new NotLayerBuildable(
    `The layer builder cannot build this Dockerfile: ${problem.message}. Use builder docker or cloud-build (or auto, which picks docker for it).`,
  );
}
