import { existsSync, lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, parse, relative, resolve, sep } from 'node:path';
import { InputError, shown } from './input-error.ts';

/**
 * Resolves an input's relative path against `root` and refuses anything that leaves it: `..`, an
 * absolute path, or a symlink (anywhere along the path) that points outside — a dangling one too,
 * judged by its target. Parts that do not exist yet are taken as they are, so a link cannot smuggle
 * a future file out.
 */
export function resolveInside(input: string, value: string, root: string): string {
  const path = resolve(root, value);
  const realRoot = realpathOrSelf(root);
  const real = followLinks(path);
  const rel = real === undefined ? '..' : relative(realRoot, real);
  if (isAbsolute(value) || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) {
    throw new InputError(
      input,
      value,
      `Input "${input}" must be a relative path inside ${root}; got ${shown(value)}, which resolves outside it.`,
    );
  }
  return path;
}

/** resolveInside, for an input that must name an existing folder (a working directory, a build context). */
export function resolveFolderInside(input: string, value: string, root: string): string {
  const path = resolveInside(input, value, root);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    const what = existsSync(path) ? 'is not a folder' : 'does not exist';
    throw new InputError(
      input,
      value,
      `Input "${input}" must be a folder inside the workspace; got ${shown(value)}, which ${what}.`,
    );
  }
  return path;
}

function realpathOrSelf(path: string): string {
  return existsSync(path) ? realpathSync(path) : path;
}

const MAX_LINKS = 40; // as Linux's ELOOP limit

/**
 * The path with every symbolic link along it replaced by its target, component by component as
 * the kernel does, but carrying on past what does not exist: realpath fails on a dangling link,
 * and judging it by its parent instead would accept `out -> /elsewhere/missing`. Undefined for a
 * link loop.
 */
function followLinks(path: string): string | undefined {
  const { root } = parse(path);
  const pending = path.slice(root.length).split(sep).filter(Boolean);
  let current = root;
  let links = 0;
  while (pending.length > 0) {
    const next = resolve(current, pending.shift() as string);
    const stat = lstatOrUndefined(next);
    if (!stat?.isSymbolicLink()) {
      current = next;
      // Below a missing part nothing exists, so no link can follow: the rest is plain text.
      if (!stat) return resolve(current, ...pending);
      continue;
    }
    if (++links > MAX_LINKS) return undefined;
    const target = readlinkSync(next);
    const targetRoot = isAbsolute(target) ? parse(target).root : '';
    if (targetRoot) current = targetRoot;
    pending.unshift(...target.slice(targetRoot.length).split(/[\\/]/).filter(Boolean));
  }
  return current;
}

/** ENOENT and ENOTDIR (a file where a folder should be) both mean: nothing there. */
function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
