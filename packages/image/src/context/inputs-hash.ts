// The content hash of what an image is built from, for the tag `inputs-<hash>`: the same inputs
// give the same tag, so a later run can find the image of exactly its inputs without building.
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { credentialFiles } from '@mlops-actions/kit/credential-files';
import { formatPlatform, type Platform } from '../platform.ts';
import { type ImageReference, repositoryName } from '../reference.ts';
import { walkContext } from './context-walk.ts';
import { DockerIgnore } from './dockerignore.ts';
import { bothFilters } from './gitignore-filter.ts';

export interface InputsHashOptions {
  /** Absolute. */
  contextDir: string;
  /** Absolute. */
  dockerfilePath: string;
  buildArgs: Record<string, string>;
  /** The repository the image goes to. */
  target: ImageReference;
  platform: Platform;
  /**
   * Context paths left out of the hash (globs relative to the context, .dockerignore syntax):
   * files replaced at run time, such as training modules read from Cloud Storage.
   */
  exclude: readonly string[];
  /** Where the variables naming a credentials file are read (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** Bumped when what goes into the hash changes, so old tags stop matching. */
const VERSION = 'mlops-actions inputs-hash v1';

/** The tag an image built from these inputs carries. */
export function inputsTag(hash: string): string {
  return `inputs-${hash}`;
}

/**
 * SHA-256 (64 hex digits) over the Dockerfile's text, the build context as the builders walk it
 * (after .dockerignore: each entry's path, type, mode, link target and content), the build
 * arguments, the target repository and the platform — less the `exclude` paths.
 */
export function computeInputsHash(options: InputsHashOptions): string {
  const hash = createHash('sha256');
  const field = (name: string, value: string | Buffer) => {
    // Length-prefixed, so that no two different inputs can run together into the same bytes.
    hash.update(`${name} ${Buffer.byteLength(value)}\n`);
    hash.update(value);
    hash.update('\n');
  };
  field('version', VERSION);
  field('dockerfile', readFileSync(options.dockerfilePath));
  field('target', repositoryName(options.target));
  field('platform', formatPlatform(options.platform));
  for (const [name, value] of Object.entries(options.buildArgs).sort(([a], [b]) => (a < b ? -1 : 1))) {
    field('build-arg', `${name}=${value}`);
  }
  hashContext(options, field);
  return hash.digest('hex');
}

function hashContext(
  options: InputsHashOptions,
  field: (name: string, value: string | Buffer) => void,
): void {
  const dockerIgnore = DockerIgnore.read(options.contextDir, options.dockerfilePath);
  const excluded = new DockerIgnore(options.exclude.join('\n'));
  // The walk leaves credentials files out, as every builder's does: gha-creds-<hex>.json has a new
  // name every run, and would otherwise make every hash new and defeat reuse.
  const credentials = credentialFiles(options.env);
  for (const entry of walkContext(options.contextDir, bothFilters(dockerIgnore, excluded), { credentials })) {
    field('entry', `${entry.type} ${entry.mode.toString(8)} ${entry.path}`);
    if (entry.type === 'symlink') field('link', entry.target ?? '');
    if (entry.type === 'file') field('content', sha256Of(readFileSync(entry.absolutePath)));
  }
}

function sha256Of(data: Buffer): string {
  const hash: Hash = createHash('sha256');
  return hash.update(data).digest('hex');
}
