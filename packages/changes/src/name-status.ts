import type { ChangedFile } from './changed-file.ts';

const STATUS_BY_LETTER: Record<string, ChangedFile['status']> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  T: 'modified', // type change (file ↔ symlink): the path is still there, its content changed
  U: 'modified',
};

/**
 * Parses `git diff --name-status -z` output. Splitting on NUL before decoding keeps every byte of
 * a name (newlines, quotes, non-ASCII) intact. Renames and copies, should git report them, become
 * the old path deleted and the new path added.
 */
export function parseNameStatus(output: Buffer): ChangedFile[] {
  const fields = output.toString('utf8').split('\0');
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length) {
    const code = fields[i++];
    if (!code) continue; // the trailing NUL leaves one empty field
    const letter = code[0] as string;
    if (letter === 'R' || letter === 'C') {
      const from = fields[i++];
      const to = fields[i++];
      if (from === undefined || to === undefined)
        throw new Error(`truncated git diff output after "${code}"`);
      if (letter === 'R') files.push({ path: from, status: 'deleted' });
      files.push({ path: to, status: 'added' });
      continue;
    }
    const status = STATUS_BY_LETTER[letter];
    const path = fields[i++];
    if (status === undefined || path === undefined) {
      throw new Error(`unexpected git diff status ${JSON.stringify(code)}`);
    }
    files.push({ path, status });
  }
  return files;
}

/** Parses `git ls-tree -r -z --name-only` output: every file of a tree, each reported as added. */
export function parseTreeListing(output: Buffer): ChangedFile[] {
  return output
    .toString('utf8')
    .split('\0')
    .filter((path) => path !== '')
    .map((path) => ({ path, status: 'added' as const }));
}
