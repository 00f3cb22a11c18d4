import {
  ActionError,
  createInputs,
  readRunContext,
  runAction,
  setOutputs,
  warning,
  writeSummary,
} from '@mlops-actions/kit';
import { redactedCopy, validatePipeline } from '@mlops-actions/pipeline-spec';
import { compareWithBaseline } from './baseline.ts';
import { compile, tailText } from './compile-step.ts';
import { readConfig } from './config.ts';
import { logOutcome } from './log.ts';
import { pinOrFail } from './pinning.ts';
import { readPipelineFile, writePinnedFile } from './pipeline-file.ts';
import { describePipeline, outputsFor } from './pipeline-report.ts';
import { errorsFirst, reportProblems, validationFailure } from './problem-report.ts';
import { findSpecFile, snapshot } from './spec-file.ts';
import { summaryMarkdown } from './summary.ts';

export function run(): Promise<void> {
  return runAction('compile-pipeline', async () => {
    const { workspace } = readRunContext();
    const config = await readConfig(createInputs(), workspace);

    // Compile (when asked), then find the one spec file the compiler wrote.
    const before = config.command === undefined ? undefined : snapshot(config.spec, config.workingDirectory);
    const compiled =
      config.command === undefined ? undefined : await compile(config.command, config.workingDirectory);
    const tail = compiled === undefined ? '' : tailText(compiled);
    const file = findSpecFile(config.spec, config.workingDirectory, workspace, before, tail);
    const pipeline = readPipelineFile(file);

    // Pin images first, so that the checks and the hash are those of the spec that will run.
    const pinning = pinOrFail(pipeline.parsed.spec, config.pins);
    const parsed = { ...pipeline.parsed, spec: pinning.spec };
    const problems = errorsFirst(validatePipeline(parsed));
    await reportProblems(problems, pipeline);
    const failure = validationFailure(problems, config.failOnWarnings, file.shown);

    const comparison =
      failure === undefined && config.baseline !== undefined
        ? await compareWithBaseline(config.baseline, parsed)
        : undefined;
    // A spec that carries a credential is described from a redacted copy: names, defaults and the
    // DAG go into the log and the summary.
    const shown = problems.some((p) => p.rule === 'credential') ? redactedCopy(parsed) : parsed;
    const report = describePipeline(shown);
    const written =
      failure === undefined && pinning.changes.length > 0
        ? writePinnedFile(pipeline, pinning.spec, workspace)
        : undefined;
    logOutcome(file.shown, report, problems, written && { changes: pinning.changes, path: written.shown });
    if (failure === undefined) setOutputs(outputsFor(report, (written ?? file).shown));
    await writeSummary(
      summaryMarkdown({
        specPath: file.shown,
        spec: shown.spec,
        report,
        problems,
        failed: failure !== undefined,
        pinned: pinning.changes,
        ...(comparison === undefined ? {} : { comparison }),
      }),
    );
    if (comparison !== undefined && 'missing' in comparison) warning(comparison.missing);
    if (failure !== undefined) throw new ActionError(failure);
  });
}
