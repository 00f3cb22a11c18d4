import type { ImageReference } from '@mlops-actions/image';
import { InputError, type Inputs, quote } from '@mlops-actions/kit';

export interface CloudBuildSettings {
  project: string;
  region: string;
  /** `gs://bucket/prefix`, validated. */
  sourceStagingDir: string;
  timeoutSeconds: number;
}

const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const REGION = /^(global|[a-z]+-[a-z]+\d+)$/;
const MAX_TIMEOUT_SECONDS = 24 * 3600;

/** Checks a gs:// URI and throws an InputError naming the input (@mlops-actions/gcs's parseGsUri). */
export type GsUriParser = (text: string, input: string) => { bucket: string; path: string };

/** The cloud-build inputs, with the project taken from the image name when it is a Google registry's. */
export function readCloudBuildSettings(
  inputs: Inputs,
  target: ImageReference,
  env: NodeJS.ProcessEnv,
  parseGsUri: GsUriParser,
): CloudBuildSettings {
  const given = inputs.optionalString('project');
  const project =
    given ?? projectOfImage(target) ?? (env.GOOGLE_CLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT || undefined);
  if (project === undefined) {
    throw new InputError(
      'project',
      '',
      'Input "project" is required with builder cloud-build when the image is not in Artifact Registry or gcr.io and GOOGLE_CLOUD_PROJECT is not set; got nothing.',
    );
  }
  if (!PROJECT.test(project)) {
    throw new InputError(
      'project',
      project,
      `Input "project" must be a Google Cloud project id (6 to 30 lowercase letters, digits and hyphens, starting with a letter); got ${quote(project)}.`,
    );
  }
  const region = inputs.string('region', { default: 'global' });
  if (!REGION.test(region)) {
    throw new InputError(
      'region',
      region,
      `Input "region" must be global or a region such as us-central1; got ${quote(region)}.`,
    );
  }
  const sourceStagingDir = inputs.optionalString('source-staging-dir') ?? `gs://${project}_cloudbuild/source`;
  parseGsUri(sourceStagingDir, 'source-staging-dir');
  const timeoutMs = inputs.duration('timeout', 30 * 60_000);
  if (timeoutMs < 1000 || timeoutMs > MAX_TIMEOUT_SECONDS * 1000) {
    const raw = inputs.string('timeout');
    throw new InputError(
      'timeout',
      raw,
      `Input "timeout" must be a duration from 1s to 24h, such as 20m; got ${quote(raw)}.`,
    );
  }
  return { project, region, sourceStagingDir, timeoutSeconds: Math.round(timeoutMs / 1000) };
}

/** `us-docker.pkg.dev/<project>/…` and `gcr.io/<project>/…` name their project. */
function projectOfImage(target: ImageReference): string | undefined {
  const host = target.registry.toLowerCase();
  if (!host.endsWith('-docker.pkg.dev') && host !== 'gcr.io' && !host.endsWith('.gcr.io')) return undefined;
  const first = target.repository.split('/')[0];
  // Domain-scoped projects (example.com:project) appear as example.com/project in image names.
  return first && PROJECT.test(first) ? first : undefined;
}
