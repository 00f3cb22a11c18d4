import {
  listImages,
  listTasks,
  type ParsedPipeline,
  pipelineName,
  type RootParameter,
  rootParameters,
  specSha256,
  type TaskSummary,
} from '@mlops-actions/pipeline-spec';

/** What the action tells about a pipeline, in outputs and in the summary. */
export interface PipelineReport {
  name: string;
  schemaVersion: string;
  sdkVersion: string;
  parameters: RootParameter[];
  images: string[];
  tasks: TaskSummary[];
  sha256: string;
}

export function describePipeline(parsed: ParsedPipeline): PipelineReport {
  const { spec } = parsed;
  return {
    name: pipelineName(spec),
    schemaVersion: typeof spec.schemaVersion === 'string' ? spec.schemaVersion : '',
    sdkVersion: typeof spec.sdkVersion === 'string' ? spec.sdkVersion : '',
    parameters: rootParameters(spec, parsed.job),
    images: listImages(spec),
    tasks: listTasks(spec),
    sha256: specSha256(spec),
  };
}

/** The step outputs; `parameters` maps each name to its type, default (when it has one) and optionality. */
export function outputsFor(report: PipelineReport, specPath: string): Record<string, string> {
  const parameters = Object.fromEntries(
    report.parameters.map((p) => [
      p.name,
      {
        type: p.type,
        ...(p.defaultValue === undefined ? {} : { default: p.defaultValue }),
        optional: p.optional,
      },
    ]),
  );
  return {
    spec: specPath,
    'pipeline-name': report.name,
    parameters: JSON.stringify(parameters),
    images: JSON.stringify(report.images),
    tasks: String(report.tasks.length),
    'spec-sha256': report.sha256,
  };
}
