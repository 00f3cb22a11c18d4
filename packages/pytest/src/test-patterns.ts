import picomatch from 'picomatch';

/** What the action collects when no pattern is given: the project's `*_test.py` modules. */
export const DEFAULT_TEST_PATTERNS: readonly string[] = ['**/*_test.py'];

export interface TestPatterns {
  /** The patterns as given, for messages. */
  readonly patterns: readonly string[];
  /** True for a working-directory-relative POSIX path that one pattern matches and no `!` pattern does. */
  readonly matches: (path: string) => boolean;
  /** Folders (relative, `''` for the root) that hold every possible match: the walk starts there. */
  readonly startDirectories: readonly string[];
}

const GLOB_OPTIONS = {
  windows: false, // `\` escapes, `/` separates, on every runner
  nonegate: true, // the one leading `!` is ours; picomatch sees the rest
  debug: true, // throw on an invalid glob instead of returning a regex that never matches
};

/** Why a pattern is unusable, or undefined when it is fine. */
export function testPatternProblem(pattern: string): string | undefined {
  const body = withoutNegation(pattern);
  if (body === '') return 'is empty';
  if (body.startsWith('/')) return 'is absolute; patterns are relative to working-directory';
  if (body.split('/').includes('..')) return 'leaves working-directory with ".."';
  try {
    picomatch.makeRe(body, GLOB_OPTIONS);
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`;
  }
  return undefined;
}

/**
 * Compiles glob patterns (picomatch syntax, relative to the working directory). A leading `!`
 * excludes; at least one pattern must include. Call testPatternProblem first for messages.
 */
export function compileTestPatterns(patterns: readonly string[]): TestPatterns {
  const includes = patterns.filter((p) => !p.startsWith('!')).map(globOf);
  const excludes = patterns.filter((p) => p.startsWith('!')).map(globOf);
  if (includes.length === 0) throw new Error('at least one pattern must not start with "!"');
  const include = picomatch(includes, GLOB_OPTIONS);
  const exclude = excludes.length > 0 ? picomatch(excludes, GLOB_OPTIONS) : () => false;
  return {
    patterns,
    matches: (path) => include(path) && !exclude(path),
    startDirectories: outermost(includes.map(startDirectory)),
  };
}

/**
 * The glob picomatch gets. A pattern without `/` matches a file name at any depth, as in
 * .gitignore: `test_*.py` finds tests in every folder, never only the top one.
 */
function globOf(pattern: string): string {
  const body = withoutNegation(pattern);
  return body.includes('/') ? body : `**/${body}`;
}

/** `!models/**` → `models/**`; a leading `./` is dropped since paths are matched without it. */
function withoutNegation(pattern: string): string {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  return body.replace(/^(\.\/)+/, '');
}

/** The literal folder a pattern begins with: `models/**\/*_test.py` → `models`; `a/b_test.py` → `a`. */
function startDirectory(pattern: string): string {
  const scan = picomatch.scan(pattern);
  const base = scan.isGlob ? scan.base : pattern.slice(0, Math.max(0, pattern.lastIndexOf('/')));
  return base.replace(/\/+$/, '');
}

/** Drops folders inside others in the list, so no file is visited twice. */
function outermost(directories: readonly string[]): string[] {
  const unique = [...new Set(directories)].sort();
  return unique.filter(
    (dir) => !unique.some((other) => other !== dir && (other === '' || dir.startsWith(`${other}/`))),
  );
}
