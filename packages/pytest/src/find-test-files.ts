import { type Dirent, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { TestPatterns } from './test-patterns.ts';

export interface TestFileSearch {
  /** Working-directory-relative POSIX paths, sorted, each once. */
  files: string[];
  /** Matching symbolic links that were left out because they point outside the working directory. */
  linksOutside: string[];
}

// The folders pytest itself never searches (its default `norecursedirs`), plus bytecode folders.
const SKIPPED_NAMES = new Set([
  '_darcs',
  'build',
  'CVS',
  'dist',
  'node_modules',
  'venv',
  '{arch}',
  '__pycache__',
]);

function skippedByName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.egg') || SKIPPED_NAMES.has(name);
}

/** A virtual environment, whatever its name: its site-packages hold other projects' tests. */
function isVirtualEnvironment(entries: readonly Dirent[]): boolean {
  return entries.some((entry) => entry.name === 'pyvenv.cfg' && !entry.isDirectory());
}

/**
 * Finds the files the patterns match under `root`. Symbolic links to folders are never followed
 * (no cycles, no escape); a link to a file counts only when its target is inside `root`. Hidden,
 * build and virtual-environment folders are skipped as pytest skips them, unless a pattern names
 * the folder literally (`build/**\/*_test.py` searches build/).
 */
export function findTestFiles(root: string, patterns: TestPatterns): TestFileSearch {
  const realRoot = realpathSync(root);
  const files = new Set<string>();
  const linksOutside: string[] = [];

  const visit = (relativeDir: string, entries: readonly Dirent[]): void => {
    for (const entry of entries) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (skippedByName(entry.name)) continue;
        const children = readEntries(join(root, path));
        if (!isVirtualEnvironment(children)) visit(path, children);
      } else if (entry.isFile()) {
        if (patterns.matches(path)) files.add(path);
      } else if (entry.isSymbolicLink() && patterns.matches(path)) {
        if (isFileInside(join(root, path), realRoot)) files.add(path);
        else linksOutside.push(path);
      }
    }
  };

  for (const start of patterns.startDirectories) {
    if (start === '') visit('', readEntries(root));
    else if (isPlainDirectory(root, start)) visit(start, readEntries(join(root, start)));
  }
  return { files: [...files].sort(byCodePoint), linksOutside: linksOutside.sort(byCodePoint) };
}

function readEntries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    // A folder we may not read holds no tests we could run either.
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return [];
    throw error;
  }
}

/** True when every component of `path` below root is a real folder, not a link. */
function isPlainDirectory(root: string, path: string): boolean {
  let current = root;
  for (const part of path.split('/')) {
    current = join(current, part);
    try {
      const stat = lstatSync(current);
      if (!stat.isDirectory()) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function isFileInside(link: string, realRoot: string): boolean {
  try {
    const target = realpathSync(link);
    const rel = relative(realRoot, target);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && statSync(target).isFile();
  } catch {
    return false; // dangling link
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
