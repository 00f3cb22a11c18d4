import { error, group, infoUntrusted, plural, warning } from '@mlops-actions/kit';
import { formatProblem, locateProblems, type SpecProblem } from '@mlops-actions/pipeline-spec';
import type { PipelineFile } from './pipeline-file.ts';

/** GitHub shows 10 annotations of each level per step; the step's own failure is one of the errors. */
const ERROR_ANNOTATIONS = 9;
const WARNING_ANNOTATIONS = 10;
const PROBLEMS_IN_MESSAGE = 20;

/** Errors before warnings, each in the order the rules found them. */
export function errorsFirst(problems: readonly SpecProblem[]): SpecProblem[] {
  return [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Logs every problem, and annotates the first ones at their line and column in the spec file. */
export async function reportProblems(
  problems: readonly SpecProblem[],
  pipeline: PipelineFile,
): Promise<void> {
  if (problems.length === 0) return;
  await group(`Problems in ${pipeline.file.shown} (${plural(problems.length, 'problem')})`, () =>
    infoUntrusted(problems.map((p) => `${p.severity}: ${formatProblem(p)}`).join('\n')),
  );
  const errors = problems.filter((p) => p.severity === 'error').slice(0, ERROR_ANNOTATIONS);
  const warnings = problems.filter((p) => p.severity === 'warning').slice(0, WARNING_ANNOTATIONS);
  const shown = [...errors, ...warnings];
  const positions = locateProblems(pipeline.text, pipeline.parsed, shown);
  shown.forEach((problem, index) => {
    const at = positions[index];
    const properties = {
      title: `Pipeline spec: ${problem.rule}`,
      file: pipeline.file.shown,
      ...(at === undefined ? {} : { startLine: at.line, startColumn: at.column }),
    };
    if (problem.severity === 'error') error(formatProblem(problem), properties);
    else warning(formatProblem(problem), properties);
  });
}

/** Why the step fails, or undefined: any error, or any warning with fail-on-warnings. */
export function validationFailure(
  problems: readonly SpecProblem[],
  failOnWarnings: boolean,
  shownPath: string,
): string | undefined {
  const errors = problems.filter((p) => p.severity === 'error');
  const failing = errors.length > 0 ? errors : failOnWarnings ? problems : [];
  if (failing.length === 0) return undefined;
  const what =
    errors.length > 0
      ? `has ${plural(errors.length, 'error')}`
      : `has ${plural(failing.length, 'warning')}, and fail-on-warnings is true`;
  const listed = failing.slice(0, PROBLEMS_IN_MESSAGE).map((p) => `- ${formatProblem(p)}`);
  const more =
    failing.length > listed.length
      ? `\n… and ${failing.length - listed.length} more in the job summary.`
      : '';
  return `The pipeline spec ${JSON.stringify(shownPath)} ${what}:\n${listed.join('\n')}${more}`;
}
