export interface PytestArgumentOptions {
  /** Test files, relative to the working directory (pytest's cwd). */
  files: readonly string[];
  /** Absolute path of the JUnit XML report. */
  reportPath: string;
  /** Absolute path of the working directory: pytest's rootdir. */
  rootDir: string;
  /** The user's extra arguments, one element each, passed through unchanged. */
  extraArgs?: readonly string[];
}

/**
 * The argument vector after `python`: never a shell string. Files come last, after `--`, so that
 * a file name starting with `-` stays a file and an option missing its value (`-k` at the end of
 * the extra arguments) is a usage error instead of silently swallowing the first file.
 */
export function pytestArguments(options: PytestArgumentOptions): string[] {
  return [
    '-m',
    'pytest',
    // Nothing of pytest's own cache (.pytest_cache) lands in the repository.
    '-p',
    'no:cacheprovider',
    `--rootdir=${options.rootDir}`,
    `--junitxml=${options.reportPath}`,
    // xunit1 adds each test's file and line, the fallback location of a failure.
    '-o',
    'junit_family=xunit1',
    ...(options.extraArgs ?? []),
    '--',
    ...options.files,
  ];
}

/** Options the action sets itself, or that need the cache it turns off, and what to do instead. */
const RESERVED: ReadonlyMap<string, string> = new Map([
  ['--junitxml', 'the action writes the JUnit report itself; use the report-path input'],
  ['--junit-xml', 'the action writes the JUnit report itself; use the report-path input'],
  ['--rootdir', 'the rootdir is the working directory; use the working-directory input'],
  ...[
    '--lf',
    '--last-failed',
    '--ff',
    '--failed-first',
    '--nf',
    '--new-first',
    '--sw',
    '--stepwise',
    '--sw-skip',
    '--stepwise-skip',
    '--lfnf',
    '--last-failed-no-failures',
    '--cache-show',
    '--cache-clear',
  ].map((option): [string, string] => [
    option,
    "it needs pytest's cache, which the action turns off so that nothing is written into the repository",
  ]),
]);

/**
 * Why one extra argument cannot be passed to pytest as given, or undefined when it can. Catches
 * options the action owns and lines that hold two arguments (`-m not slow`), which a shell would
 * have split but an argument vector does not.
 */
export function pytestArgumentProblem(arg: string): string | undefined {
  const option = arg.split('=', 1)[0] ?? arg;
  const reserved = RESERVED.get(option);
  if (reserved !== undefined) return `cannot be used: ${reserved}`;
  if (arg.startsWith('-')) {
    const space = arg.search(/\s/);
    const equals = arg.indexOf('=');
    if (space !== -1 && (equals === -1 || space < equals)) {
      const name = arg.slice(0, space);
      const value = arg.slice(space).trim();
      return `holds an option and its value in one line; put ${JSON.stringify(name)} and ${JSON.stringify(value)} on separate lines (one argument per line)`;
    }
  }
  return undefined;
}
