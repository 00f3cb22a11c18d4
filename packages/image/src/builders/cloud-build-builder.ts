import { setTimeout as delay } from 'node:timers/promises';
import type { CloudBuildClient, protos } from '@google-cloud/cloudbuild';
import { credentialFileLeftOut } from '@mlops-actions/kit/credential-files';
import { packContext, type UploadIgnore } from '../context/pack-context.ts';
import { formatPlatform, type Platform } from '../platform.ts';
import { type ImageReference, repositoryName } from '../reference.ts';
import type { BuildResult, Log } from './build-result.ts';
import type { BuildStorage } from './build-storage.ts';
import { createCloudBuildClient } from './cloud-build-client.ts';
import { createBuildRefusal } from './cloud-build-refusal.ts';
import { LogTail } from './log-tail.ts';

type Build = protos.google.devtools.cloudbuild.v1.IBuild;

export interface CloudBuildOptions {
  dockerfilePath: string;
  contextDir: string;
  target: ImageReference;
  tags: string[];
  buildArgs: Record<string, string>;
  platform: Platform;
  labels: Record<string, string>;
  project: string;
  /** `global` or a region such as `us-central1`. */
  region: string;
  /** `gs://bucket/prefix` where the packed context is uploaded. */
  sourceStagingDir: string;
  /** What the upload leaves out: `.gcloudignore`'s patterns, or gcloud's default. */
  uploadIgnore: UploadIgnore;
  storage: BuildStorage;
  /** The build's own timeout on Cloud Build. */
  timeoutSeconds: number;
  /** Tags on the build, to find it in the console (e.g. the run id). */
  buildTags?: string[];
  log: Log;
  /** A fixed wait between polls; by default 250 ms growing by half each poll up to 5 s. */
  pollIntervalMs?: number;
  signal?: AbortSignal;
  client?: CloudBuildClient;
}

const BUILDER = 'gcr.io/cloud-builders/docker';
const RUNNING = new Set(['STATUS_UNKNOWN', 'PENDING', 'QUEUED', 'WORKING']);

/**
 * Builds on Cloud Build: packs the context (honouring .gcloudignore and .dockerignore), uploads it
 * under its content digest, creates a build that runs `docker build` and pushes every tag, streams
 * the build's log into the step log while waiting, and takes the digest from the build's results.
 * A cancelled step cancels the build.
 */
export async function buildWithCloudBuild(options: CloudBuildOptions): Promise<BuildResult> {
  const { log } = options;
  const packed = packContext(options.contextDir, options.dockerfilePath, options.uploadIgnore);
  for (const path of packed.credentialFiles) log(credentialFileLeftOut(path));
  const staging = options.sourceStagingDir.replace(/\/+$/, '');
  const sourceUri = `${staging}/${packed.digest.slice('sha256:'.length)}.tgz`;
  const uploaded = await options.storage.uploadIfAbsent(sourceUri, packed.archive, 'application/gzip');
  log(
    `Context: ${packed.files} files, ${packed.archive.length} bytes (filtered by ${packed.ignoreFiles.join(' and ')}); ${uploaded === 'present' ? 'already at' : 'uploaded to'} ${sourceUri}`,
  );
  const { bucket, object } = splitGsUri(sourceUri);
  const name = repositoryName(options.target);
  const images = options.tags.map((tag) => `${name}:${tag}`);
  const build: Build = {
    source: { storageSource: { bucket, object } },
    steps: [
      {
        name: BUILDER,
        env: ['DOCKER_BUILDKIT=1'],
        args: [
          'build',
          '--platform',
          formatPlatform(options.platform),
          '--file',
          packed.dockerfile,
          ...images.flatMap((image) => ['--tag', image]),
          ...Object.entries(options.buildArgs).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
          ...Object.entries(options.labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
          '.',
        ],
      },
    ],
    images,
    timeout: { seconds: options.timeoutSeconds },
    tags: ['build-image', ...(options.buildTags ?? [])],
  };
  const client = options.client ?? (await createCloudBuildClient());
  try {
    // A regional build is addressed by its parent; a global one by project id (the first HTTP binding).
    const [operation] = await client
      .createBuild(
        options.region === 'global'
          ? { projectId: options.project, build }
          : { parent: `projects/${options.project}/locations/${options.region}`, build },
      )
      .catch((error: unknown) => {
        throw createBuildRefusal(error, options.project) ?? error;
      });
    const started = (operation.metadata as { build?: Build } | undefined)?.build;
    if (!started?.id) throw new Error('Cloud Build answered CreateBuild without a build id');
    log(`Cloud Build ${started.id} created: ${started.logUrl ?? ''}`);
    const finished = await follow(client, options, started);
    return result(finished, options, images);
  } finally {
    if (!options.client) await client.close();
  }
}

async function follow(client: CloudBuildClient, options: CloudBuildOptions, started: Build): Promise<Build> {
  const address =
    options.region === 'global'
      ? { projectId: options.project, id: started.id }
      : { name: `projects/${options.project}/locations/${options.region}/builds/${started.id}` };
  const logs = started.logsBucket
    ? new LogTail(
        `${started.logsBucket.replace(/\/+$/, '')}/log-${started.id}.txt`,
        options.storage,
        options.log,
      )
    : undefined;
  let cancelling: Promise<unknown> | undefined;
  const cancel = () => {
    cancelling = client.cancelBuild(address).catch(() => undefined);
  };
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) cancel(); // cancelled while the build was being created
  let wait = 250;
  try {
    for (;;) {
      const [build] = await client.getBuild(address);
      await logs?.poll();
      const finished = !RUNNING.has(statusName(build.status));
      if (finished) await logs?.finish();
      if (finished && !cancelling) return build;
      if (cancelling) {
        // The process is about to end: make sure the cancel request went out first.
        await cancelling;
        throw new Error(`The step was cancelled; Cloud Build ${started.id} was asked to cancel too.`);
      }
      await delay(options.pollIntervalMs ?? wait, undefined, { signal: options.signal }).catch(
        () => undefined,
      );
      wait = Math.min(5000, Math.round(wait * 1.5));
    }
  } finally {
    options.signal?.removeEventListener('abort', cancel);
  }
}

function result(build: Build, options: CloudBuildOptions, images: string[]): BuildResult {
  const status = statusName(build.status);
  if (status !== 'SUCCESS') {
    const detail = build.failureInfo?.detail || build.statusDetail || '';
    throw new Error(
      `Cloud Build ${build.id} ended ${status}${detail ? `: ${detail}` : ''}. Log: ${build.logUrl ?? `${build.logsBucket}/log-${build.id}.txt`}`,
    );
  }
  const pushed = build.results?.images ?? [];
  const digest = pushed.find((image) => image.name === images[0])?.digest ?? pushed[0]?.digest;
  if (!digest)
    throw new Error(`Cloud Build ${build.id} succeeded but reported no image digest in its results`);
  return {
    builder: 'cloud-build',
    digest,
    image: `${repositoryName(options.target)}@${digest}`,
    tags: options.tags,
    pushed: true,
    cloudBuild: { id: build.id ?? '', logUrl: build.logUrl ?? '' },
  };
}

/** Decoded messages carry enum numbers, JSON answers enum names: both become names. */
function statusName(status: unknown): string {
  if (typeof status === 'string') return status;
  const names = [
    'STATUS_UNKNOWN',
    'QUEUED',
    'WORKING',
    'SUCCESS',
    'FAILURE',
    'INTERNAL_ERROR',
    'TIMEOUT',
    'CANCELLED',
    'EXPIRED',
    'PENDING',
  ];
  // Cloud Build's Status numbers: PENDING is 10, the others are their position above.
  if (status === 10) return 'PENDING';
  return names[Number(status)] ?? 'STATUS_UNKNOWN';
}

function splitGsUri(uri: string): { bucket: string; object: string } {
  const match = /^gs:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new Error(`not a gs:// object URI: ${uri}`);
  return { bucket: match[1] as string, object: match[2] as string };
}
