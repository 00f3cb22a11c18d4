import { ActionError, plural } from '@mlops-actions/kit';
import { findCredentials, jsonPath } from '@mlops-actions/pipeline-spec';
import type { PipelineJobRequest } from '@mlops-actions/vertex';

const LISTED = 5;

/**
 * The credential scan compile-pipeline applies to a spec, run on the whole job as it would be
 * submitted — the spec wherever it came from (file, gs://, template), the parameters applied, the
 * labels — since Vertex AI shows all of it to everyone who can view the project. Paths are named,
 * values never.
 */
export function refuseCredentials(request: PipelineJobRequest): void {
  const findings = findCredentials(request);
  if (findings.length === 0) return;
  const places = findings
    .slice(0, LISTED)
    .map((finding) => `${finding.kind} at ${jsonPath(finding.segments) || 'the top level'}`);
  const more = findings.length > LISTED ? ` and ${plural(findings.length - LISTED, 'more place')}` : '';
  throw new ActionError(
    `The pipeline job would carry what looks like ${places.join('; ')}${more}; Vertex AI shows a job's spec, parameters and labels to everyone who can view the project. Remove it and pass it at run time (for example from Secret Manager). Nothing was submitted.`,
  );
}
