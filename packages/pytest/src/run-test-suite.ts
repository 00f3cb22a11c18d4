import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type ProcessResult, ProcessStartError, runProcess, STOP_GRACE_MS } from '@mlops-actions/process';
import { type Failure, locateFailures } from './failures.ts';
import { JUnitReportError, parseJUnitReport } from './junit-report.ts';
import { pytestArguments } from './pytest-arguments.ts';
import { pytestEnvironment } from './pytest-environment.ts';
import { PythonNotStartedError, pytestUnavailable } from './python-availability.ts';
import { createSourceLocator, type SourceLocation } from './source-locator.ts';
import { countOutcomes, type TestCounts, type TestReport } from './test-results.ts';
import { interruptFrame } from './traceback-frames.ts';

/** Enough of the output to diagnose a run that wrote no report. */
const OUTPUT_TAIL_BYTES = 64 * 1024;

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
  /** How long pytest gets after SIGINT (a timeout or cancel) before SIGKILL (default 5 s). */
  graceMs?: number;
  /** Called with the interpreter and its arguments just before pytest starts. */
  onStart?: (command: readonly string[]) => void;
  /** Each line of pytest's output as it arrives. */
  onOutput?: (line: string) => void;
}

export interface TestSuiteRun {
  /** The interpreter and its arguments, as run. */
  command: string[];
  reportPath: string;
  process: ProcessResult;
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
  const pytest = await runProcess({
    command: options.python,
    args,
    cwd: options.workingDirectory,
    env: pytestEnvironment(options.env ?? process.env),
    timeoutMs: options.timeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
    // SIGINT first: pytest then reports where it was interrupted and still writes its report.
    stop: [{ signal: 'SIGINT', graceMs: options.graceMs ?? STOP_GRACE_MS }],
    ...(options.onOutput ? { onLine: options.onOutput } : {}),
    maxOutputBytes: OUTPUT_TAIL_BYTES,
  }).catch((error: unknown) => {
    throw error instanceof ProcessStartError ? new PythonNotStartedError(options.python, error.cause) : error;
  });

  const { report, problem } = await readReport(options.reportPath);
  if (report === undefined) {
    const unavailable = pytestUnavailable(options.python, pytest.exitCode, pytest.output);
    if (unavailable !== undefined) throw unavailable;
  }
  const locate = createSourceLocator(options.repositoryRoot, options.workingDirectory);
  const stopped = pytest.timedOut || pytest.cancelled ? interruptFrame(pytest.output) : undefined;
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
