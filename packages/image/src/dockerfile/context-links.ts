import { posix } from 'node:path';
import type { ContextEntry } from '../context/context-walk.ts';
import { DockerfileError } from './dockerfile-error.ts';

const MAX_LINKS = 40; // Linux's limit before ELOOP, which BuildKit's resolver shares

/** What the lookup needs of the build context: its entries by path, after .dockerignore. */
export interface ContextPaths {
  directory: string;
  byPath: Map<string, ContextEntry>;
}

/**
 * The context entry a COPY/ADD source names, with every symbolic link along the path followed —
 * the last one too — as BuildKit does for a source (fsutil's copy with FollowLinks, on the
 * context it was sent). Unlike BuildKit, which reads an absolute target or a `..` past the root as
 * a path inside the context, a link that leaves the context is refused: the image must never hold
 * a file of the runner, and a link that seems to point at one is a mistake worth naming.
 * Undefined when nothing is at `path` itself; a link whose target is missing is an error naming both.
 */
export function followSourceLinks(
  context: ContextPaths,
  path: string,
  keyword: string,
  line: number,
): ContextEntry | undefined {
  const pending = path.split('/').filter((part) => part !== '' && part !== '.');
  const resolved: string[] = [];
  let links = 0;
  let lastLink: { path: string; target: string } | undefined;
  while (pending.length > 0) {
    const part = pending.shift() as string;
    if (part === '..') {
      resolved.pop(); // callers refuse a source path with `..` past the root; targets are checked below
      continue;
    }
    const candidate = [...resolved, part].join('/');
    const entry = context.byPath.get(candidate);
    if (entry?.type !== 'symlink') {
      resolved.push(part);
      continue;
    }
    const target = entry.target ?? '';
    const shown = { path: candidate, target };
    if (++links > MAX_LINKS) {
      throw new DockerfileError(
        `${keyword} ${path}: too many levels of symbolic links at ${candidate}`,
        line,
      );
    }
    const joined = posix.normalize(posix.join(resolved.join('/'), target));
    if (posix.isAbsolute(target) || joined === '..' || joined.startsWith('../')) {
      throw new DockerfileError(
        `${keyword} ${path}: ${candidate} is a symbolic link to ${target}, which is outside the build context; the layer builder follows links only inside it`,
        line,
      );
    }
    lastLink = shown;
    resolved.length = 0;
    pending.unshift(...joined.split('/').filter((p) => p !== '' && p !== '.'));
  }
  const found =
    resolved.length === 0
      ? { path: '', type: 'directory' as const, mode: 0o755, size: 0, absolutePath: context.directory }
      : context.byPath.get(resolved.join('/'));
  if (!found && lastLink) {
    throw new DockerfileError(
      `${keyword} ${path}: ${lastLink.path} is a symbolic link to ${lastLink.target}, which is not in the build context (or left out by .dockerignore)`,
      line,
    );
  }
  return found;
}
