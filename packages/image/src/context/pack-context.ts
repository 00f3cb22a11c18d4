import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { sha256Digest } from '../digest.ts';
import { gzipReproducibly } from '../layer/gzip.ts';
import { type TarEntry, writeTar } from '../layer/tar-writer.ts';
import { type ContextEntry, walkContext } from './context-walk.ts';
import { DockerIgnore } from './dockerignore.ts';
import { bothFilters, gitignoreFilter } from './gitignore-filter.ts';

/** Where a Dockerfile from outside the context travels inside the uploaded archive. */
export const OUTSIDE_DOCKERFILE = '.build-image/Dockerfile';

/** The upload's own ignore rules (`.gcloudignore`, or gcloud's default), as the caller read them. */
export interface UploadIgnore {
  /** `.gitignore`-syntax patterns. */
  patterns: readonly string[];
  /** Where they came from, for the log: `.gcloudignore`, `gcloud's default`. */
  describedAs: string;
}

export interface PackedContext {
  /** gzipped tar, reproducible: the same files give the same bytes. */
  archive: Buffer;
  digest: string;
  files: number;
  /** The Dockerfile's path inside the archive, for `docker build -f`. */
  dockerfile: string;
  ignoreFiles: string[];
  /** Context paths of the credentials files left out whatever the ignore files say. */
  credentialFiles: string[];
}

/**
 * Packs the build context for Cloud Build: what the upload's ignore rules keep, less what
 * .dockerignore leaves out — except the Dockerfile and .dockerignore, which the remote
 * `docker build` itself needs.
 */
export function packContext(
  contextDir: string,
  dockerfilePath: string,
  uploadIgnore: UploadIgnore,
): PackedContext {
  const inside = relative(contextDir, dockerfilePath);
  const dockerfile =
    inside.startsWith('..') || inside.startsWith('/') ? undefined : inside.split('\\').join('/');
  const docker = DockerIgnore.read(contextDir, dockerfilePath);
  const keep = new Set([dockerfile, '.dockerignore', `${dockerfile}.dockerignore`]);
  const dockerFilter = {
    hasExceptions: docker.hasExceptions,
    ignores: (p: string) => !keep.has(p) && docker.ignores(p),
  };
  const credentialFiles: string[] = [];
  const entries = walkContext(contextDir, bothFilters(gitignoreFilter(uploadIgnore.patterns), dockerFilter), {
    onCredentialFile: (path) => credentialFiles.push(path),
  }).map(toTarEntry);
  if (dockerfile === undefined) {
    entries.push({
      type: 'file',
      path: OUTSIDE_DOCKERFILE,
      data: readFileSync(dockerfilePath),
      mode: 0o644,
      uid: 0,
      gid: 0,
    });
  }
  const archive = gzipReproducibly(writeTar(entries.sort((a, b) => (a.path < b.path ? -1 : 1))));
  return {
    archive,
    digest: sha256Digest(archive),
    files: entries.filter((e) => e.type === 'file').length,
    dockerfile: dockerfile ?? OUTSIDE_DOCKERFILE,
    ignoreFiles: [uploadIgnore.describedAs, ...(docker.source ? [relative(contextDir, docker.source)] : [])],
    credentialFiles,
  };
}

function toTarEntry(entry: ContextEntry): TarEntry {
  const owner = { uid: 0, gid: 0 };
  if (entry.type === 'directory') return { type: 'directory', path: entry.path, mode: 0o755, ...owner };
  if (entry.type === 'symlink')
    return { type: 'symlink', path: entry.path, target: entry.target ?? '', ...owner };
  return {
    type: 'file',
    path: entry.path,
    data: readFileSync(entry.absolutePath),
    mode: entry.mode & 0o111 ? 0o755 : 0o644,
    ...owner,
  };
}
