import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import type { PathProblem } from './problem.ts';
import type { TextFile } from './tracked-files.ts';

// Inline links and images `[text](target "title")`, and reference definitions `[id]: target`.
const INLINE = /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Addresses only this machine can open: a reader of the repository on GitHub cannot follow them.
const PRIVATE_URL = /^(?:file:|https?:\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(?:[:/]|$))/i;

/**
 * Every link of the repository's Markdown files that a reader on GitHub could not follow: a
 * relative one that leaves the repository or names nothing, or a URL of this machine.
 */
export function findBrokenLinks(root: string, files: TextFile[]): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const file of files.filter((candidate) => /\.md$/i.test(candidate.path))) {
    for (const { target, line } of linkTargets(file.text)) {
      const problem = checkTarget(root, file.path, target);
      if (problem) problems.push({ file: file.path, line, message: problem });
    }
  }
  return problems;
}

function checkTarget(root: string, from: string, rawTarget: string): string | undefined {
  const target = rawTarget.startsWith('<') ? rawTarget.slice(1, -1) : rawTarget;
  if (PRIVATE_URL.test(target)) return `link '${target}' is an address of one machine, not a public URL`;
  if (SCHEME.test(target) || target.startsWith('//') || target.startsWith('#')) return undefined;
  const path = decodeURIComponent(target.replace(/[?#].*$/, ''));
  if (path === '') return undefined;
  // GitHub resolves `/x` from the repository root and `x` from the file's folder.
  const resolved = path.startsWith('/')
    ? posix.normalize(path.slice(1))
    : posix.normalize(posix.join(posix.dirname(from), path));
  if (resolved === '..' || resolved.startsWith('../')) return `link '${target}' leaves the repository`;
  if (!existsSync(posix.join(root, resolved)))
    return `link '${target}' names ${resolved}, which is not in the repository`;
  return undefined;
}

/** Link targets outside fenced code blocks and code spans, with their line numbers. */
function* linkTargets(text: string): Generator<{ target: string; line: number }> {
  let fence: string | undefined;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (opener && (fence === undefined || opener.startsWith(fence))) {
      fence = fence === undefined ? opener : undefined;
      continue;
    }
    if (fence !== undefined) continue;
    const line = raw.replace(/(`+)[^`]*?\1/g, '');
    const definition = DEFINITION.exec(line);
    if (definition?.[1]) yield { target: definition[1], line: index + 1 };
    for (const match of line.matchAll(INLINE)) if (match[1]) yield { target: match[1], line: index + 1 };
  }
}
