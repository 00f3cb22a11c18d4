import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { credentialFileLeftOut } from '@mlops-actions/kit/credential-files';
import {
  ProcessStartError,
  processFailure,
  type RunProcessOptions,
  runProcess,
} from '@mlops-actions/process';
import type { CredentialsFor } from '../credentials/registry-credentials.ts';
import { formatPlatform, type Platform } from '../platform.ts';
import { type ImageReference, repositoryName } from '../reference.ts';
import type { BuildResult, Log } from './build-result.ts';
import { prepareDockerContext } from './docker-context.ts';

export interface DockerBuildOptions {
  dockerfilePath: string;
  contextDir: string;
  target: ImageReference;
  tags: string[];
  buildArgs: Record<string, string>;
  platform: Platform;
  push: boolean;
  labels: Record<string, string>;
  credentials: CredentialsFor;
  log: Log;
  /** Where the metadata file goes (the runner's temp folder). */
  tempDir: string;
  /** The docker executable (default `docker` on PATH). */
  docker?: string;
  signal?: AbortSignal;
}

/** `docker buildx build` arguments: one list, never a shell string, so no input can inject a command. */
export function dockerBuildArgs(options: DockerBuildOptions, metadataFile: string): string[] {
  const name = repositoryName(options.target);
  return [
    'buildx',
    'build',
    '--file',
    options.dockerfilePath,
    '--platform',
    formatPlatform(options.platform),
    ...options.tags.flatMap((tag) => ['--tag', `${name}:${tag}`]),
    ...Object.entries(options.buildArgs).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
    ...Object.entries(options.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
    '--metadata-file',
    metadataFile,
    options.push ? '--push' : '--load',
    options.contextDir,
  ];
}

/**
 * Builds with `docker buildx build --push` (or `--load` when not pushing): logs in to the target
 * registry first when there are credentials (the password through standard input), keeps
 * credentials files out of the context (prepareDockerContext), and reads the digests back from
 * `--metadata-file`.
 */
export async function buildWithDocker(options: DockerBuildOptions): Promise<BuildResult> {
  const docker = options.docker ?? 'docker';
  const registry = options.target.registry;
  const credentials = options.push ? await options.credentials(registry) : undefined;
  const work = mkdtempSync(join(options.tempDir, 'build-image-docker-'));
  const metadataFile = join(work, 'metadata.json');
  try {
    const context = prepareDockerContext({
      contextDir: options.contextDir,
      dockerfilePath: options.dockerfilePath,
      workDir: work,
    });
    for (const path of context.credentialFiles) options.log(credentialFileLeftOut(path));
    if (context.ignoreFile) {
      options.log(
        `docker gets a copy of the Dockerfile with ${basename(context.ignoreFile)} beside it: the context's ignore rules and these exclusions; the workspace is not changed.`,
      );
    }
    if (credentials) {
      const login = await runDocker({
        command: docker,
        args: ['login', '--username', credentials.username, '--password-stdin', registry],
        stdin: credentials.password,
        onLine: options.log,
      });
      const failure = processFailure(login, { what: `docker login ${registry}` });
      if (failure) throw failure;
    }
    try {
      const args = dockerBuildArgs({ ...options, dockerfilePath: context.dockerfilePath }, metadataFile);
      options.log(`Running ${JSON.stringify([docker, ...args])}`);
      const build = await runDocker({
        command: docker,
        args,
        onLine: options.log,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const failure = processFailure(build, { what: 'docker buildx build' });
      if (failure) throw failure;
    } finally {
      if (credentials)
        await runDocker({ command: docker, args: ['logout', registry] }).catch(() => undefined);
    }
    const { digest, configDigest } = readDigests(metadataFile, options.push);
    return {
      builder: 'docker',
      // A loaded image is in the engine only: its manifest digest names nothing a registry holds.
      ...(options.push ? { digest, image: `${repositoryName(options.target)}@${digest}` } : {}),
      ...(configDigest ? { configDigest } : {}),
      tags: options.tags,
      pushed: options.push,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function runDocker(options: RunProcessOptions) {
  return runProcess(options).catch((error: unknown) => {
    if (error instanceof ProcessStartError && error.code === 'ENOENT') {
      throw new Error(`${options.command} was not found on PATH; install it or choose another builder`);
    }
    throw error;
  });
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The pushed manifest's digest (required when pushing) and the config's (required when loading). */
function readDigests(metadataFile: string, pushed: boolean): { digest?: string; configDigest?: string } {
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`docker buildx build wrote no readable --metadata-file: ${(error as Error).message}`);
  }
  const digest = metadata['containerimage.digest'];
  const configDigest = metadata['containerimage.config.digest'];
  const [key, value] = pushed
    ? ['containerimage.digest', digest]
    : ['containerimage.config.digest', configDigest];
  if (typeof value !== 'string' || !DIGEST.test(value)) {
    throw new Error(`docker buildx build's metadata file has no ${key} (got ${JSON.stringify(value)})`);
  }
  return {
    ...(typeof digest === 'string' && DIGEST.test(digest) ? { digest } : {}),
    ...(typeof configDigest === 'string' && DIGEST.test(configDigest) ? { configDigest } : {}),
  };
}
