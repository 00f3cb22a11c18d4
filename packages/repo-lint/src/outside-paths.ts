import { posix } from 'node:path';
import { ALLOW_MARKER, type PathProblem } from './problem.ts';
import type { TextFile } from './tracked-files.ts';

export interface OutsidePathOptions {
  /**
   * Absolute paths of this machine that must never be written into the repository: the
   * checkout's own root and the folder it sits in (a clone elsewhere has neither).
   */
  machinePaths?: string[];
}

// The team's sibling folder "shared", however it is reached: by a slash, a backslash or path.join().
const SHARED = /\.\.['"`]?\s*(?:\/|\\{1,2}|,)\s*['"`]?shared\b/g;
// A relative path that climbs: `../x`, `../../x` (not the tail of a longer path such as a/../x).
const CLIMB = /(?<![\w.\\/@-])((?:\.\.\/)+)(?=[\w@.-])/g;
// Home folders and sandbox roots of a person's machine (the runner's /home/runner is public).
const MACHINE =
  /(?<![\w.:/\\-])(?:\/Users\/[\w.-]+\/|\/home\/(?!runner\/)[\w.-]+\/|\/work\/|[A-Za-z]:\\Users\\)/g;

/** Bundles and the lockfile are generated from sources checked here; only the plainest rules apply. */
export function isGenerated(path: string): boolean {
  return path === 'pnpm-lock.yaml' || path.startsWith('dist/') || /^actions\/[^/]+\/dist\//.test(path);
}

/** Every place where a file refers to a path outside the repository root. */
export function findOutsidePaths(files: TextFile[], options: OutsidePathOptions = {}): PathProblem[] {
  const problems: PathProblem[] = [];
  const machinePaths = (options.machinePaths ?? [])
    .filter((path) => path.length > 1)
    .map((path) => new RegExp(`(?<![\\w.:/\\\\-])${escapeRegExp(path)}`));
  for (const file of files) {
    const generated = isGenerated(file.path);
    const depth = posix.dirname(file.path) === '.' ? 0 : posix.dirname(file.path).split('/').length;
    forEachLine(file.text, (line, number, previous) => {
      if (line.includes(ALLOW_MARKER) || previous.includes(ALLOW_MARKER)) return;
      const report = (message: string) => problems.push({ file: file.path, line: number, message });
      const shared = [...line.matchAll(SHARED)];
      for (const match of shared) {
        const shown = match[0].includes(',') ? match[0] : pathAt(line, match.index);
        report(`'${shown}' refers to the folder beside the repository, which a clone does not have`);
      }
      // One report per place, the most telling one: this checkout's own path before the general rule.
      const absoluteAt = new Set<number>();
      for (const path of machinePaths) {
        const index = line.search(path);
        if (index === -1 || absoluteAt.has(index)) continue;
        absoluteAt.add(index);
        report(`'${pathAt(line, index)}' is an absolute path of this machine`);
      }
      if (generated) return;
      for (const match of line.matchAll(MACHINE))
        if (!absoluteAt.has(match.index)) report(`'${match[0]}' is an absolute path of a machine`);
      for (const match of line.matchAll(CLIMB)) {
        const end = match.index + (match[1] ?? '').length;
        const climbs = (match[1] ?? '').length / 3;
        if (climbs <= depth || shared.some(({ index }) => index >= match.index && index < end)) continue;
        report(
          `'${pathAt(line, match.index)}' climbs ${climbs} folder(s) from ${depth === 0 ? 'the root' : posix.dirname(file.path)}, out of the repository`,
        );
      }
    });
  }
  return problems;
}

/** Each line with the one before it (where the allow marker may stand instead). */
function forEachLine(text: string, visit: (line: string, number: number, previous: string) => void): void {
  let previous = '';
  for (const [index, line] of text.split('\n').entries()) {
    // Cheap pre-check: most lines of a large bundle name no path at all.
    if (line.includes('/') || line.includes('\\') || line.includes('..')) visit(line, index + 1, previous);
    previous = line;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The path token starting at `index`, for the message. */
function pathAt(line: string, index: number): string {
  return /^[^\s'"`)\]},;]+/.exec(line.slice(index))?.[0] ?? line.slice(index, index + 40);
}
