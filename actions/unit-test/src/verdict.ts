import { formatDuration, plural } from '@mlops-actions/kit';
import { meaningfulTail } from '@mlops-actions/process';
import { describeExitCode, PYTEST_EXIT, type TestSuiteRun } from '@mlops-actions/pytest';
import type { Config } from './config.ts';
import { searchDescription } from './search-description.ts';

/** How the step ends: a failure message (the step fails), a warning, or neither. */
export interface Verdict {
  failure?: string;
  warning?: string;
}

type VerdictConfig = Pick<
  Config,
  'patterns' | 'workingDirectoryInput' | 'args' | 'failOnEmpty' | 'timeoutMs'
>;

const EMPTY_IS_FINE = 'Set fail-on-empty: false if running no tests is expected.';

/** The verdict when no file matched the pattern, so pytest never ran. */
export function noFilesVerdict(config: VerdictConfig, linksOutside: readonly string[]): Verdict {
  const links =
    linksOutside.length > 0
      ? ` (${plural(linksOutside.length, 'matching symbolic link')} pointing outside working-directory ${linksOutside.length === 1 ? 'was' : 'were'} left out)`
      : '';
  const message = `No test files match the ${searchDescription(config)}${links}. Check the pattern and working-directory inputs.`;
  return config.failOnEmpty ? { failure: `${message} ${EMPTY_IS_FINE}` } : { warning: message };
}

/** The verdict of a pytest run: any failure, error, timeout, or a run in which no test ran. */
export function runVerdict(run: TestSuiteRun, fileCount: number, config: VerdictConfig): Verdict {
  const { process, report, counts } = run;
  if (process.timedOut || process.cancelled) return { failure: stoppedMessage(run, config) };
  if (report === undefined) {
    return {
      failure: `pytest exited with ${describeExitCode(process.exitCode, process.signal)} and ${run.reportProblem ?? 'wrote no report'}:\n${meaningfulTail(process.output, { lines: 8 }).join('\n')}`,
    };
  }
  if (counts.failed + counts.errors > 0) return { failure: failuresMessage(run) };
  if (process.exitCode !== PYTEST_EXIT.ok && process.exitCode !== PYTEST_EXIT.noTestsCollected) {
    return {
      failure: `pytest exited with ${describeExitCode(process.exitCode, process.signal)} although no test failed:\n${meaningfulTail(process.output, { lines: 8 }).join('\n')}`,
    };
  }
  if (counts.total - counts.skipped === 0) {
    const message = noTestRanMessage(run, fileCount, config);
    return config.failOnEmpty ? { failure: `${message} ${EMPTY_IS_FINE}` } : { warning: message };
  }
  return {};
}

function stoppedMessage(run: TestSuiteRun, config: VerdictConfig): string {
  const { process, counts, stoppedAt } = run;
  const why = process.timedOut
    ? `pytest did not finish within ${formatDuration(config.timeoutMs)} (the timeout input) and was stopped`
    : 'The run was cancelled and pytest was stopped';
  const where = stoppedAt === undefined ? '' : ` at ${stoppedAt.file}:${stoppedAt.line}`;
  const killed = process.killed ? ', then killed since it ignored SIGINT' : '';
  const finished =
    run.report === undefined
      ? 'It wrote no report.'
      : `${plural(counts.total, 'test')} finished before that: ${countsText(run)}.`;
  const advice = process.timedOut ? ' Fix the test that hangs, or raise the timeout.' : '';
  return `${why}${where}${killed}. ${finished}${advice}`;
}

function failuresMessage(run: TestSuiteRun): string {
  const { counts, report, process } = run;
  const uncollected = (report?.cases ?? []).filter((c) => c.collectionError).length;
  const parts: string[] = [];
  if (counts.failed > 0) parts.push(`${counts.failed} of ${plural(counts.total, 'test')} failed`);
  const otherErrors = counts.errors - uncollected;
  if (otherErrors > 0) parts.push(`${plural(otherErrors, 'test')} had an error in setup or teardown`);
  if (uncollected > 0) parts.push(`${plural(uncollected, 'test module')} could not be collected`);
  let message = `${sentence(parts)}; see the annotations and the job summary.`;
  if (uncollected > 0 && process.exitCode === PYTEST_EXIT.interrupted) {
    message +=
      ' pytest stops before running any test when a module fails to import; add --continue-on-collection-errors to args to run the others anyway.';
  }
  return message;
}

function noTestRanMessage(run: TestSuiteRun, fileCount: number, config: VerdictConfig): string {
  const { total } = run.counts;
  const files = `${plural(fileCount, 'file')} matching the ${searchDescription(config)}`;
  const what =
    total === 0
      ? `pytest collected no tests from ${files}`
      : `${total === 1 ? 'the only test' : `all ${total} tests`} from ${files} ${total === 1 ? 'was' : 'were'} skipped`;
  const hint =
    total > 0
      ? ''
      : config.args.length > 0
        ? ` The args input (${config.args.join(' ')}) may deselect every test.`
        : ' The files define no tests pytest recognises (test* functions, Test* classes, unittest.TestCase).';
  return `No test ran: ${what}.${hint}`;
}

/** `3 passed, 1 failed, 1 skipped`: the non-zero counts. */
export function countsText(run: Pick<TestSuiteRun, 'counts'>): string {
  const { passed, failed, errors, skipped } = run.counts;
  const parts = [
    [passed, 'passed'],
    [failed, 'failed'],
    [errors, errors === 1 ? 'error' : 'errors'],
    [skipped, 'skipped'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`);
  return shown.length > 0 ? shown.join(', ') : 'none';
}

function sentence(parts: readonly string[]): string {
  const text = parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
