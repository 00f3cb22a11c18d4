import { isJsonObject, type Json, type JsonObject } from './proto-values.ts';
import { invalidArgument } from './vertex-error.ts';

/**
 * Reads a compiled pipeline spec (PipelineSpec IR, schema 2.0.0 from TFX or 2.1.0 from KFP v2) the
 * way Vertex AI checks it on CreatePipelineJob: schema version, pipeline name, a root DAG with
 * tasks whose componentRefs resolve (and whose components' executors exist), dependentTasks that
 * name sibling tasks without cycles, and typed root input parameters.
 */

export type ParameterKind = 'STRING' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'LIST' | 'STRUCT';

export interface ParameterDefinition {
  name: string;
  /** The type as the spec spells it (`INT`, `NUMBER_INTEGER`…), for error messages. */
  declared: string;
  kind: ParameterKind;
  required: boolean;
}

export interface SpecTask {
  name: string;
  dependentTasks: string[];
  /** Longest chain of dependencies before this task: 0 for tasks that can start at once. */
  level: number;
}

export interface PipelineSpecSummary {
  schemaVersion: string;
  pipelineName: string;
  /** The root DAG's tasks, ordered by level then name. */
  tasks: SpecTask[];
  parameters: Map<string, ParameterDefinition>;
  defaultPipelineRoot?: string;
}

export const SUPPORTED_SCHEMA_VERSIONS = ['2.0.0', '2.1.0'];

const FIELD = 'pipeline_job.pipeline_spec';

/** 2.0.0 `type` (TFX) and 2.1.0 `parameterType` (KFP) names → what values they take. */
const PARAMETER_KINDS: Record<string, ParameterKind> = {
  STRING: 'STRING',
  INT: 'INTEGER',
  DOUBLE: 'DOUBLE',
  NUMBER_INTEGER: 'INTEGER',
  NUMBER_DOUBLE: 'DOUBLE',
  BOOLEAN: 'BOOLEAN',
  LIST: 'LIST',
  STRUCT: 'STRUCT',
};

export function parsePipelineSpec(spec: JsonObject): PipelineSpecSummary {
  if (Object.keys(spec).length === 0)
    throw specError('PipelineJob.pipeline_spec is required and must not be empty.');
  const schemaVersion = spec.schemaVersion;
  if (typeof schemaVersion !== 'string') throw specError('pipeline_spec.schemaVersion is required.');
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(schemaVersion)) {
    throw specError(
      `Unsupported pipeline_spec.schemaVersion "${schemaVersion}"; supported: ${SUPPORTED_SCHEMA_VERSIONS.join(', ')}.`,
    );
  }
  const info = spec.pipelineInfo;
  const pipelineName = isJsonObject(info) ? info.name : undefined;
  if (typeof pipelineName !== 'string' || pipelineName === '') {
    throw specError('pipeline_spec.pipelineInfo.name is required.');
  }
  const root = spec.root;
  if (!isJsonObject(root) || !isJsonObject(root.dag)) throw specError('pipeline_spec.root.dag is required.');
  const components = isJsonObject(spec.components) ? spec.components : {};
  const executors = executorsOf(spec);
  const tasks = checkDag(root.dag, 'root', components, executors, new Set());
  if (tasks.length === 0) throw specError('pipeline_spec.root.dag.tasks must not be empty.');
  const defaultPipelineRoot =
    typeof spec.defaultPipelineRoot === 'string' ? spec.defaultPipelineRoot : undefined;
  return {
    schemaVersion,
    pipelineName,
    tasks,
    parameters: rootParameters(root),
    ...(defaultPipelineRoot ? { defaultPipelineRoot } : {}),
  };
}

function executorsOf(spec: JsonObject): JsonObject | undefined {
  const deployment = spec.deploymentSpec;
  if (!isJsonObject(deployment)) return undefined;
  return isJsonObject(deployment.executors) ? deployment.executors : {};
}

/** Checks one DAG (and, once each, the sub-DAGs its components hold); returns its tasks by level. */
function checkDag(
  dag: JsonObject,
  where: string,
  components: JsonObject,
  executors: JsonObject | undefined,
  checked: Set<string>,
): SpecTask[] {
  const rawTasks = dag.tasks;
  if (rawTasks !== undefined && !isJsonObject(rawTasks))
    throw specError(`pipeline_spec ${where}.dag.tasks must be a map.`);
  const entries = Object.entries(rawTasks ?? {});
  const names = new Set(entries.map(([name]) => name));
  const dependencies = new Map<string, string[]>();
  for (const [name, task] of entries) {
    if (!isJsonObject(task)) throw specError(`pipeline_spec task "${name}" in ${where} must be an object.`);
    const ref = isJsonObject(task.componentRef) ? task.componentRef.name : undefined;
    if (typeof ref !== 'string' || ref === '') {
      throw specError(`pipeline_spec task "${name}" in ${where} has no componentRef.name.`);
    }
    const component = components[ref];
    if (!isJsonObject(component)) {
      throw specError(
        `pipeline_spec task "${name}" refers to component "${ref}", which is not in pipeline_spec.components.`,
      );
    }
    checkComponent(ref, component, components, executors, checked);
    const deps = task.dependentTasks ?? [];
    if (!Array.isArray(deps) || deps.some((dep) => typeof dep !== 'string')) {
      throw specError(`pipeline_spec task "${name}": dependentTasks must be a list of task names.`);
    }
    for (const dep of deps as string[]) {
      if (!names.has(dep)) {
        throw specError(
          `pipeline_spec task "${name}" depends on "${dep}", which is not a task of the same DAG.`,
        );
      }
    }
    dependencies.set(name, deps as string[]);
  }
  return levelled(dependencies, where);
}

function checkComponent(
  name: string,
  component: JsonObject,
  components: JsonObject,
  executors: JsonObject | undefined,
  checked: Set<string>,
): void {
  if (checked.has(name)) return;
  checked.add(name);
  if (isJsonObject(component.dag)) {
    checkDag(component.dag, `component "${name}"`, components, executors, checked);
    return;
  }
  const label = component.executorLabel;
  if (typeof label !== 'string' || label === '') {
    throw specError(`pipeline_spec component "${name}" has neither an executorLabel nor a dag.`);
  }
  if (executors && !isJsonObject(executors[label])) {
    throw specError(
      `pipeline_spec component "${name}" uses executor "${label}", which is not in pipeline_spec.deploymentSpec.executors.`,
    );
  }
}

/** Orders tasks by their longest dependency chain; a cycle is INVALID_ARGUMENT. */
function levelled(dependencies: Map<string, string[]>, where: string): SpecTask[] {
  const levels = new Map<string, number>();
  const visiting = new Set<string>();
  const levelOf = (name: string): number => {
    const known = levels.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name))
      throw specError(`pipeline_spec ${where}.dag has a dependency cycle through "${name}".`);
    visiting.add(name);
    const level = Math.max(-1, ...(dependencies.get(name) ?? []).map(levelOf)) + 1;
    visiting.delete(name);
    levels.set(name, level);
    return level;
  };
  return [...dependencies.keys()]
    .map((name) => ({ name, dependentTasks: dependencies.get(name) ?? [], level: levelOf(name) }))
    .sort((a, b) => a.level - b.level || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function rootParameters(root: JsonObject): Map<string, ParameterDefinition> {
  const parameters = new Map<string, ParameterDefinition>();
  const inputs = root.inputDefinitions;
  const raw: Json | undefined = isJsonObject(inputs) ? inputs.parameters : undefined;
  if (!isJsonObject(raw)) return parameters;
  for (const [name, definition] of Object.entries(raw)) {
    if (!isJsonObject(definition))
      throw specError(`pipeline_spec root input parameter "${name}" must be an object.`);
    const declared = definition.parameterType ?? definition.type;
    const kind = typeof declared === 'string' ? PARAMETER_KINDS[declared] : undefined;
    if (!kind) {
      throw specError(
        `pipeline_spec root input parameter "${name}" has unknown type ${JSON.stringify(declared ?? null)}; ` +
          'expected type STRING|INT|DOUBLE or parameterType STRING|NUMBER_INTEGER|NUMBER_DOUBLE|BOOLEAN|LIST|STRUCT.',
      );
    }
    const required = definition.defaultValue === undefined && definition.isOptional !== true;
    parameters.set(name, { name, declared: declared as string, kind, required });
  }
  return parameters;
}

function specError(message: string) {
  return invalidArgument(message, FIELD);
}
