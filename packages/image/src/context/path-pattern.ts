// Path patterns as Docker matches them (moby/patternmatcher): `*` and `?` stay within one path
// component, `**` spans any number of them, `[…]` is a class (`[!…]` negated), `\` escapes.

const SPECIAL = new Set([...'.+()|{}^$']);

/** A regular expression for `pattern`; `doubleStar` false makes `**` an ordinary `*` (filepath.Match). */
export function compilePathPattern(pattern: string, doubleStar = true): RegExp {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '*') {
      if (doubleStar && pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        source += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else {
        while (pattern[i + 1] === '*') i++;
        source += '[^/]*';
      }
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) {
        source += '\\[';
      } else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\(?!.)/g, '\\\\')}]`;
        i = end;
      }
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next !== undefined) {
        source += escapeRegExp(next);
        i++;
      } else {
        source += '\\\\';
      }
    } else {
      source += SPECIAL.has(ch) ? `\\${ch}` : ch;
    }
  }
  return new RegExp(`${source}$`);
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

/** Cleans a pattern as Go's filepath.Clean does, without a leading `/`: `./a//b/../c/` → `a/c`. */
export function cleanPattern(pattern: string): string {
  const parts: string[] = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/') || '.';
}

/** Whether a pattern has wildcards, so that it names a set of paths rather than one path. */
export function hasWildcards(pattern: string): boolean {
  return /[*?[\\]/.test(pattern);
}
