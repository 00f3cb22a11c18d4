import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { type CredentialFiles, credentialFiles } from '@mlops-actions/kit/credential-files';

/** A file, folder or symbolic link of the build context. */
export interface ContextEntry {
  /** Relative to the context, `/`-separated, no leading `./`. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  absolutePath: string;
  /** Permission bits from the file system (the layer normalises them). */
  mode: number;
  size: number;
  /** Symbolic links only: the target as stored. */
  target?: string;
}

export interface ContextFilter {
  /** Whether the path is left out. */
  ignores(path: string, isDirectory?: boolean): boolean;
  /** Whether a left-out folder may still hold included paths (a `!` pattern), so it must be walked. */
  readonly hasExceptions: boolean;
}

export interface WalkOptions {
  /** Told the context path of each credentials file the filter kept but the walk left out. */
  onCredentialFile?: (path: string) => void;
  /** Default: the rule for this process's environment. */
  credentials?: CredentialFiles;
}

/**
 * Every entry of the context that the filter keeps, in sorted order. Sockets, devices and FIFOs
 * are skipped as Docker skips them; symbolic links are kept as links. Files (or links to files)
 * holding the runner's Google credentials are always left out: no ignore file can bring them back.
 */
export function walkContext(
  contextDir: string,
  filter: ContextFilter,
  options: WalkOptions = {},
): ContextEntry[] {
  const credentials = options.credentials ?? credentialFiles();
  const entries: ContextEntry[] = [];
  const visit = (relative: string) => {
    const names = readdirSync(join(contextDir, relative)).sort();
    for (const name of names) {
      const path = relative === '' ? name : `${relative}/${name}`;
      const absolutePath = join(contextDir, path);
      const stat = lstatSync(absolutePath);
      const ignored = filter.ignores(path, stat.isDirectory());
      if (!ignored && !stat.isDirectory() && credentials.holds(absolutePath)) {
        options.onCredentialFile?.(path);
        continue;
      }
      if (stat.isDirectory()) {
        if (!ignored)
          entries.push({ path, type: 'directory', absolutePath, mode: stat.mode & 0o7777, size: 0 });
        if (!ignored || filter.hasExceptions) visit(path);
      } else if (!ignored && stat.isFile()) {
        entries.push({ path, type: 'file', absolutePath, mode: stat.mode & 0o7777, size: stat.size });
      } else if (!ignored && stat.isSymbolicLink()) {
        entries.push({
          path,
          type: 'symlink',
          absolutePath,
          mode: 0o777,
          size: 0,
          target: readlinkSync(absolutePath),
        });
      }
    }
  };
  visit('');
  return entries;
}
