import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Failure, locateFailures } from './failures.ts';
import { JUnitReportError, parseJUnitReport } from './junit-report.ts';
import { pytestArguments } from './pytest-arguments.ts';
import { pytestEnvironment } from './pytest-environment.ts';
import { type PytestProcessResult, runPytestProcess } from './pytest-process.ts';
import { pytestUnavailable } from './python-availability.ts';
import { createSourceLocator, type SourceLocation } from './source-locator.ts';
import { countOutcomes, type TestCounts, type TestReport } from './test-results.ts';
import { interruptFrame } from './traceback-frames.ts';

export interface TestSuiteOptions {
  /** The interpreter: a command on PATH or a path. */
  python: string;
  /** Test files relative to workingDirectory, as findTestFiles returns them. */
  files: readonly string[];
  /** More pytest arguments, one element each. */
  extraArgs?: readonly string[];
  /** Absolute: pytest's cwd and rootdir. */
  workingDirectory: string;
  /** Absolute: the root that annotation paths are relative to, and what "inside the repository" means. */
  repositoryRoot: string;
  /** Absolute path of the JUnit XML report; a stale file there is removed first. */
  reportPath: string;
  timeoutMs: number;
  /** The environment to start from (default process.env). */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  graceMs?: number;
  /** Called with the interpreter and its arguments just before pytest starts. */
  onStart?: (command: readonly string[]) => void;
  onOutput?: (lines: string) => void;
}

export interface TestSuiteRun {
  /** The interpreter and its arguments, as run. */
  command: string[];
  reportPath: string;
  process: PytestProcessResult;
  /** Undefined when pytest wrote no readable report. */
  report: TestReport | undefined;
  /** What went wrong with the report, as the end of "pytest exited with 4 (usage error) and …". */
  reportProblem: string | undefined;
  counts: TestCounts;
  failures: Failure[];
  /** Where pytest was when a timeout or cancel stopped it, when that is a file of the repository. */
  stoppedAt: SourceLocation | undefined;
}

/**
 * Runs pytest on exactly `files` and reads what it reports. Throws PythonNotStartedError or
 * PytestUnavailableError when Python or pytest is missing; every other outcome (failures, a
 * timeout, a usage error) is a result to report.
 */
export async function runTestSuite(options: TestSuiteOptions): Promise<TestSuiteRun> {
  const args = pytestArguments({
    files: options.files,
    reportPath: options.reportPath,
    rootDir: options.workingDirectory,
    extraArgs: options.extraArgs,
  });
  // A report left by an earlier run must never pass for this one's.
  await rm(options.reportPath, { force: true });
  await mkdir(dirname(options.reportPath), { recursive: true });

  const command = [options.python, ...args];
  options.onStart?.(command);
  const pytest = await runPytestProcess({
    python: options.python,
    args,
    cwd: options.workingDirectory,
    env: pytestEnvironment(options.env ?? process.env),
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    graceMs: options.graceMs,
    onOutput: options.onOutput,
  });

  const { report, problem } = await readReport(options.reportPath);
  if (report === undefined) {
    const unavailable = pytestUnavailable(options.python, pytest.exitCode, pytest.outputTail);
    if (unavailable !== undefined) throw unavailable;
  }
  const locate = createSourceLocator(options.repositoryRoot, options.workingDirectory);
  const stopped = pytest.timedOut || pytest.cancelled ? interruptFrame(pytest.outputTail) : undefined;
  return {
    command,
    reportPath: options.reportPath,
    process: pytest,
    report,
    reportProblem: problem,
    counts: countOutcomes(report?.cases ?? []),
    failures: report === undefined ? [] : locateFailures(report, locate),
    stoppedAt: stopped === undefined ? undefined : locate(stopped),
  };
}

async function readReport(path: string): Promise<{ report?: TestReport; problem?: string }> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: 'wrote no report' };
    throw error;
  }
  try {
    return { report: parseJUnitReport(xml) };
  } catch (error) {
    if (error instanceof JUnitReportError)
      return { problem: `wrote a report that cannot be read (${error.message})` };
    throw error;
  }
}
