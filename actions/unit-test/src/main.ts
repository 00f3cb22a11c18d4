import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import {
  ActionError,
  createInputs,
  error,
  infoUntrusted,
  readRunContext,
  runAction,
  setOutputs,
  untilTerminated,
  warning,
  writeSummary,
} from '@mlops-actions/kit';
import { findTestFiles, runTestSuite } from '@mlops-actions/pytest';
import { annotationsFor } from './annotations.ts';
import { readConfig } from './config.ts';
import { logCommand, logSearch } from './log.ts';
import { outputsFor } from './outputs.ts';
import { summaryMarkdown } from './summary.ts';
import { noFilesVerdict, runVerdict } from './verdict.ts';

export function run(): Promise<void> {
  return runAction('unit-test', async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context.workspace, context.runnerTemp);

    const search = findTestFiles(config.workingDirectory, config.patterns);
    await logSearch(search, config);
    const testRun =
      search.files.length === 0
        ? undefined
        : await untilTerminated((signal) =>
            runTestSuite({
              python: config.python,
              files: search.files,
              extraArgs: config.args,
              workingDirectory: config.workingDirectory,
              repositoryRoot: context.workspace,
              reportPath: config.reportPath ?? freshReportPath(context.runnerTemp),
              timeoutMs: config.timeoutMs,
              signal,
              onStart: logCommand,
              // Test output is the repository's text: no line of it may act as a workflow command.
              onOutput: infoUntrusted,
            }),
          );
    const verdict =
      testRun === undefined
        ? noFilesVerdict(config, search.linksOutside)
        : runVerdict(testRun, search.files.length, config);

    for (const annotation of testRun === undefined ? [] : annotationsFor(testRun)) {
      error(annotation.message, annotation.properties);
    }
    setOutputs(outputsFor(testRun));
    await writeSummary(
      summaryMarkdown({ run: testRun, fileCount: search.files.length, config, verdict, context }),
    );
    if (verdict.warning !== undefined) warning(verdict.warning);
    if (verdict.failure !== undefined) throw new ActionError(verdict.failure);
  });
}

/** A report of this step's own: several unit-test steps in one job never share one. */
function freshReportPath(runnerTemp: string): string {
  return join(mkdtempSync(join(runnerTemp, 'unit-test-')), 'junit.xml');
}
