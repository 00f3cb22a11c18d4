import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ActionError, type CredentialFiles, credentialFiles, quote } from '@mlops-actions/kit';
import type { FileSelection } from './file-selection.ts';
import { UnjudgeableFileError } from './file-selection.ts';
import type { LocalFile } from './local-file.ts';

export type LeftOutReason = 'links outside the folder' | 'broken link' | 'link loop' | 'not a regular file';

/** An entry the walk did not take, and why: shown to the user, never silently dropped. */
export interface LeftOut {
  path: string;
  reason: LeftOutReason;
}

export interface LocalTree {
  /** The real path of the folder walked. */
  folder: string;
  /** Selected regular files, sorted by path. */
  files: LocalFile[];
  leftOut: LeftOut[];
  /** Files the selection took but that hold the runner's Google credentials: never uploaded. */
  credentialFiles: string[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Every file under `folder` that `selection` takes. Symbolic links are followed only while they
 * stay inside the folder; a link out of it, a broken link, a link back to a folder being walked,
 * and sockets or devices are left out and listed. Credentials files (kit's credentialFiles) are
 * left out whatever the selection says, and listed apart. A name that is not UTF-8 is an error:
 * it has no object name, and no rule can be matched against it.
 */
export function walkFolder(folder: string, selection: FileSelection): LocalTree {
  const root = realpathSync(folder);
  const tree: LocalTree = { folder: root, files: [], leftOut: [], credentialFiles: [] };
  walk(root, '', [root], { selection, credentials: credentialFiles() }, tree);
  tree.files.sort(byPath);
  tree.leftOut.sort(byPath);
  tree.credentialFiles.sort();
  return tree;
}

/** A single file as a tree: the folder is its parent and the selection does not apply. */
export function singleFileTree(file: string): LocalTree {
  if (credentialFiles().holds(file)) {
    throw new ActionError(
      `${quote(basename(file))} holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace); it is never uploaded. Nothing was uploaded.`,
    );
  }
  const absolutePath = realpathSync(file);
  return {
    folder: dirname(absolutePath),
    files: [{ path: basename(file), absolutePath, size: statSync(absolutePath).size }],
    leftOut: [],
    credentialFiles: [],
  };
}

interface WalkRules {
  selection: FileSelection;
  credentials: CredentialFiles;
}

function walk(directory: string, relativeDir: string, walking: string[], rules: WalkRules, tree: LocalTree) {
  const { selection } = rules;
  for (const entry of entries(directory, relativeDir)) {
    const name = nameOf(entry, relativeDir);
    const path = relativeDir === '' ? name : `${relativeDir}/${name}`;
    const absolute = join(directory, name);
    if (entry.isDirectory()) {
      if (selection.entersFolder(path)) descend(absolute, path, walking, rules, tree);
    } else if (entry.isFile()) {
      if (!selection.selects(path)) continue;
      if (rules.credentials.holds(absolute)) tree.credentialFiles.push(path);
      else tree.files.push({ path, absolutePath: absolute, size: statSync(absolute).size });
    } else if (entry.isSymbolicLink()) {
      followLink(absolute, path, walking, rules, tree);
    } else if (selection.selects(path)) {
      tree.leftOut.push({ path, reason: 'not a regular file' });
    }
  }
}

function descend(real: string, path: string, walking: string[], rules: WalkRules, tree: LocalTree) {
  walking.push(real);
  walk(real, path, walking, rules, tree);
  walking.pop();
}

function followLink(link: string, path: string, walking: string[], rules: WalkRules, tree: LocalTree) {
  const { selection } = rules;
  let target: string;
  try {
    target = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (selection.selects(path))
      tree.leftOut.push({ path, reason: code === 'ELOOP' ? 'link loop' : 'broken link' });
    return;
  }
  const stats = statSync(target);
  const inside = isInside(tree.folder, target);
  if (stats.isDirectory()) {
    if (!selection.entersFolder(path)) return;
    if (!inside) tree.leftOut.push({ path, reason: 'links outside the folder' });
    // A link to a folder on the way down here would repeat it forever.
    else if (walking.includes(target)) tree.leftOut.push({ path, reason: 'link loop' });
    else descend(target, path, walking, rules, tree);
    return;
  }
  if (!selection.selects(path)) return;
  if (!inside) tree.leftOut.push({ path, reason: 'links outside the folder' });
  else if (stats.isFile() && rules.credentials.holds(link)) tree.credentialFiles.push(path);
  else if (stats.isFile()) tree.files.push({ path, absolutePath: target, size: stats.size });
  else tree.leftOut.push({ path, reason: 'not a regular file' });
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

function entries(directory: string, relativeDir: string): Dirent<Buffer>[] {
  try {
    return readdirSync(directory, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ActionError(`Cannot read the folder ${relativeDir === '' ? '.' : relativeDir}: ${code}.`, {
      cause: error,
    });
  }
}

function nameOf(entry: Dirent<Buffer>, relativeDir: string): string {
  try {
    return decoder.decode(entry.name);
  } catch {
    const shown = entry.name.toString('utf8');
    throw new UnjudgeableFileError(
      relativeDir === '' ? shown : `${relativeDir}/${shown}`,
      'its name is not UTF-8, so it has no object name and no rule can match it',
    );
  }
}
