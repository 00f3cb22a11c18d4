import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError, shown } from './input-error.ts';

/**
 * Resolves an input's relative path against `root` and refuses anything that leaves it: `..`, an
 * absolute path, or a symlink (anywhere along the path) that points outside. Paths that do not exist
 * yet are judged by their deepest existing ancestor, so a link cannot smuggle a future file out.
 */
export function resolveInside(input: string, value: string, root: string): string {
  const path = resolve(root, value);
  const realRoot = realpathOrSelf(root);
  const rel = relative(realRoot, realpathOfDeepestExisting(path));
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

function realpathOfDeepestExisting(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = resolve(existing, '..');
    if (parent === existing) return path;
    rest.unshift(relative(parent, existing));
    existing = parent;
  }
  return resolve(realpathSync(existing), ...rest);
}
