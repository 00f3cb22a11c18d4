import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TextFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/**
 * The repository's files as a clone would have them: tracked ones, plus new files not ignored
 * (so a reference is caught before it is committed). Binary files (a NUL byte) are left out.
 */
export function trackedTextFiles(root: string): TextFile[] {
  const listing = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const files: TextFile[] = [];
  for (const path of new Set(listing.split('\0').filter(Boolean))) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      continue; // deleted in the work tree, or a link to nothing: nothing a clone would read
    }
    if (bytes.includes(0)) continue;
    files.push({ path, text: bytes.toString('utf8') });
  }
  return files;
}
