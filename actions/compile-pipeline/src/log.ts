import { info, infoUntrusted, plural } from '@mlops-actions/kit';
import { type ImageChange, redactCredentials, type SpecProblem } from '@mlops-actions/pipeline-spec';
import type { PipelineReport } from './pipeline-report.ts';

/** One line on what was checked, and where the pinned spec went; names come from the spec, so untrusted. */
export function logOutcome(
  shown: string,
  report: PipelineReport,
  problems: readonly SpecProblem[],
  pinned: { changes: readonly ImageChange[]; path: string } | undefined,
): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  infoUntrusted(
    `Checked ${shown}: pipeline ${redactCredentials(JSON.stringify(report.name))}, ${plural(report.tasks.length, 'task')}, ${plural(report.images.length, 'image')}; ${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}.`,
  );
  if (pinned !== undefined) {
    const executors = pinned.changes.filter((change) => change.executor !== undefined).length;
    info(
      `Pinned ${plural(pinned.changes.length, 'image reference')} (${plural(executors, 'executor')}); the pinned spec is ${pinned.path}.`,
    );
  }
  info(`spec-sha256: ${report.sha256}`);
}
