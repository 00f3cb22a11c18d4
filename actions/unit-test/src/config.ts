import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  InputError,
  type Inputs,
  quote,
  resolveFolderInside,
  resolveInside,
  resolveInWorkspaceOrTemp,
} from '@mlops-actions/kit';
import {
  compileTestPatterns,
  DEFAULT_TEST_PATTERNS,
  pytestArgumentProblem,
  type TestPatterns,
  testPatternProblem,
} from '@mlops-actions/pytest';

export interface Config {
  /** Absolute. */
  workingDirectory: string;
  /** As given, for messages. */
  workingDirectoryInput: string;
  patterns: TestPatterns;
  python: string;
  args: string[];
  failOnEmpty: boolean;
  timeoutMs: number;
  /** Absolute; undefined means a new file under the runner's temporary folder. */
  reportPath: string | undefined;
}

const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/** Reads and validates every input before any file is searched or any process started. */
export function readConfig(inputs: Inputs, workspace: string, runnerTemp: string): Config {
  const workingDirectoryInput = inputs.string('working-directory', { default: '.' });
  const workingDirectory = resolveFolderInside('working-directory', workingDirectoryInput, workspace);
  return {
    workingDirectory,
    workingDirectoryInput,
    patterns: readPatterns(inputs.list('pattern')),
    python: readPython(inputs.string('python', { default: 'python3' }), workingDirectory),
    args: readArgs(inputs.list('args')),
    failOnEmpty: inputs.boolean('fail-on-empty', true),
    timeoutMs: readTimeout(inputs),
    reportPath: readReportPath(inputs.optionalString('report-path'), workspace, runnerTemp),
  };
}

function readPatterns(lines: string[]): TestPatterns {
  const patterns = lines.length > 0 ? lines : [...DEFAULT_TEST_PATTERNS];
  for (const pattern of patterns) {
    const problem = testPatternProblem(pattern);
    if (problem !== undefined) {
      throw new InputError(
        'pattern',
        pattern,
        `Input "pattern" must be glob patterns relative to working-directory, one per line, such as **/*_test.py; got ${quote(pattern)}, which ${problem}.`,
      );
    }
  }
  if (patterns.every((pattern) => pattern.startsWith('!'))) {
    throw new InputError(
      'pattern',
      patterns.join('\n'),
      `Input "pattern" must have at least one pattern without "!" (which only excludes); got ${quote(patterns.join('\n'))}.`,
    );
  }
  return compileTestPatterns(patterns);
}

function readPython(value: string, workingDirectory: string): string {
  if (/[\r\n]/.test(value)) {
    throw new InputError(
      'python',
      value,
      `Input "python" must be one interpreter, a command or a path; got ${quote(value)}.`,
    );
  }
  if (!value.includes('/')) return value; // looked up on PATH when started
  const path = resolve(workingDirectory, value);
  if (!existsSync(path)) {
    throw new InputError(
      'python',
      value,
      `Input "python" must be a command on PATH or the path of a Python interpreter (relative to working-directory); got ${quote(value)}, which does not exist. Set up Python with actions/setup-python and pass its python-path output.`,
    );
  }
  return path;
}

function readArgs(args: string[]): string[] {
  for (const arg of args) {
    const problem = pytestArgumentProblem(arg);
    if (problem !== undefined) {
      throw new InputError(
        'args',
        arg,
        `Input "args" must be pytest arguments, one per line; got ${quote(arg)}, which ${problem}.`,
      );
    }
  }
  return args;
}

function readTimeout(inputs: Inputs): number {
  const ms = inputs.duration('timeout', DEFAULT_TIMEOUT_MS);
  if (ms <= 0) {
    const value = inputs.string('timeout');
    throw new InputError(
      'timeout',
      value,
      `Input "timeout" must be a duration greater than zero, such as 90s, 15m, 2h or 1h30m; got ${quote(value)}.`,
    );
  }
  return ms;
}

function readReportPath(
  value: string | undefined,
  workspace: string,
  runnerTemp: string,
): string | undefined {
  if (value === undefined) return undefined;
  // The report may go into the workspace or the runner's temporary folder (`${{ runner.temp }}`),
  // nowhere else: neither `..`, an absolute path elsewhere, nor a symlink in the checkout leads out.
  const path = isAbsolute(value)
    ? resolveInWorkspaceOrTemp('report-path', value, workspace, runnerTemp)
    : resolveInside('report-path', value, workspace);
  if (value.endsWith('/') || (existsSync(path) && statSync(path).isDirectory())) {
    throw new InputError(
      'report-path',
      value,
      `Input "report-path" must be the path of a file (the JUnit XML report); got ${quote(value)}, which is a folder.`,
    );
  }
  return path;
}
