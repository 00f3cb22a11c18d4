import { isObject } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';
import type { PipelineSpec } from '../types.ts';

export const SUPPORTED_SCHEMA_VERSIONS: readonly string[] = ['2.0.0', '2.1.0'];

/** Vertex AI's rule for pipeline names, which the KFP compiler enforces too. */
const PIPELINE_NAME = /^[a-z0-9][a-z0-9-]{0,127}$/;

/** The spec's skeleton: a supported schema version, a usable name, a root DAG with tasks. */
export function checkStructure(spec: PipelineSpec, problems: ProblemList): void {
  const version = spec.schemaVersion;
  const supported = SUPPORTED_SCHEMA_VERSIONS.join(' or ');
  if (version === undefined) {
    problems.error('schema-version', ['schemaVersion'], `missing; expected ${supported}`);
  } else if (typeof version !== 'string' || !SUPPORTED_SCHEMA_VERSIONS.includes(version)) {
    problems.error(
      'schema-version',
      ['schemaVersion'],
      `${JSON.stringify(version)} is not supported; expected ${supported}`,
    );
  }

  const name = isObject(spec.pipelineInfo) ? spec.pipelineInfo.name : undefined;
  if (typeof name !== 'string' || name === '') {
    problems.error('pipeline-name', ['pipelineInfo', 'name'], 'missing; Vertex AI needs the pipeline name');
  } else if (!PIPELINE_NAME.test(name)) {
    problems.error(
      'pipeline-name',
      ['pipelineInfo', 'name'],
      `${JSON.stringify(name)} is not a valid Vertex AI pipeline name: lowercase letters, digits and "-", starting with a letter or digit, at most 128 characters`,
    );
  }

  for (const [segments, what] of [
    [['components'], 'an object of components'],
    [['deploymentSpec', 'executors'], 'an object of executors'],
  ] as const) {
    const value = segments.reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), spec);
    if (value === undefined) problems.error('structure', [...segments], `missing; expected ${what}`);
    else if (!isObject(value)) problems.error('structure', [...segments], `must be ${what}`);
  }

  const root = spec.root;
  if (!isObject(root)) {
    problems.error('structure', ['root'], 'missing; the pipeline has no root DAG');
    return;
  }
  if (!isObject(root.dag)) {
    problems.error('structure', ['root', 'dag'], 'missing; the pipeline has no root DAG');
    return;
  }
  const tasks = root.dag.tasks;
  if (!isObject(tasks))
    problems.error('structure', ['root', 'dag', 'tasks'], 'missing; the pipeline has no tasks');
  else if (Object.keys(tasks).length === 0)
    problems.error('structure', ['root', 'dag', 'tasks'], 'the pipeline has no tasks');
}
