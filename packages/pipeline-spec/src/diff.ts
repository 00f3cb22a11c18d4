import { canonicalJson } from './canonical-json.ts';
import { objectOrEmpty } from './json-object.ts';
import { type RootParameter, rootParameters } from './parameters.ts';
import { specSha256 } from './spec-hash.ts';
import { listTasks, type TaskSummary } from './tasks.ts';
import type { PipelineJobFields, PipelineSpec } from './types.ts';

export interface SpecDiff {
  /** Same canonical spec (key order and formatting aside). */
  identical: boolean;
  /** Task names; nested ones as `condition-1/train`. */
  tasksAdded: string[];
  tasksRemoved: string[];
  imagesChanged: { task: string; before?: string; after?: string }[];
  parametersAdded: RootParameter[];
  parametersRemoved: RootParameter[];
  parametersRetyped: { name: string; before: string; after: string }[];
  defaultsChanged: { name: string; before?: unknown; after?: unknown }[];
  /** Tasks whose container command or args changed. */
  commandsChanged: {
    task: string;
    field: 'command' | 'args';
    before: readonly unknown[] | undefined;
    after: readonly unknown[] | undefined;
  }[];
}

export interface DiffOptions {
  /** The PipelineJobs around the specs, whose runtimeConfig may carry parameter defaults. */
  beforeJob?: PipelineJobFields;
  afterJob?: PipelineJobFields;
}

/** What changed from `before` to `after`: tasks, images, root parameters, container commands. */
export function diffSpecs(before: PipelineSpec, after: PipelineSpec, options: DiffOptions = {}): SpecDiff {
  const oldTasks = tasksByKey(before);
  const newTasks = tasksByKey(after);
  const diff: SpecDiff = {
    identical: specSha256(before) === specSha256(after),
    tasksAdded: [...newTasks.keys()].filter((key) => !oldTasks.has(key)),
    tasksRemoved: [...oldTasks.keys()].filter((key) => !newTasks.has(key)),
    imagesChanged: [],
    parametersAdded: [],
    parametersRemoved: [],
    parametersRetyped: [],
    defaultsChanged: [],
    commandsChanged: [],
  };
  for (const [key, task] of newTasks) {
    const old = oldTasks.get(key);
    if (old === undefined) continue;
    if (old.image !== task.image) {
      diff.imagesChanged.push({
        task: key,
        ...(old.image === undefined ? {} : { before: old.image }),
        ...(task.image === undefined ? {} : { after: task.image }),
      });
    }
    const oldContainer = containerOf(before, old);
    const newContainer = containerOf(after, task);
    for (const field of ['command', 'args'] as const) {
      const was = listOrUndefined(oldContainer[field]);
      const is = listOrUndefined(newContainer[field]);
      if (canonicalJson(was) !== canonicalJson(is)) {
        diff.commandsChanged.push({ task: key, field, before: was, after: is });
      }
    }
  }
  const oldParameters = new Map(rootParameters(before, options.beforeJob).map((p) => [p.name, p]));
  const newParameters = new Map(rootParameters(after, options.afterJob).map((p) => [p.name, p]));
  for (const [name, parameter] of newParameters) {
    const old = oldParameters.get(name);
    if (old === undefined) diff.parametersAdded.push(parameter);
    else if (old.type !== parameter.type)
      diff.parametersRetyped.push({ name, before: old.type, after: parameter.type });
    else if (canonicalJson(old.defaultValue) !== canonicalJson(parameter.defaultValue)) {
      diff.defaultsChanged.push({
        name,
        ...(old.defaultValue === undefined ? {} : { before: old.defaultValue }),
        ...(parameter.defaultValue === undefined ? {} : { after: parameter.defaultValue }),
      });
    }
  }
  for (const [name, parameter] of oldParameters) {
    if (!newParameters.has(name)) diff.parametersRemoved.push(parameter);
  }
  return diff;
}

/** Whether the diff shows any change worth listing (a re-ordered but equal spec shows none). */
export function hasChanges(diff: SpecDiff): boolean {
  return (
    diff.tasksAdded.length +
      diff.tasksRemoved.length +
      diff.imagesChanged.length +
      diff.parametersAdded.length +
      diff.parametersRemoved.length +
      diff.parametersRetyped.length +
      diff.defaultsChanged.length +
      diff.commandsChanged.length >
    0
  );
}

/** `Trainer`, or `condition-1/train` for a task of a nested DAG. */
export function taskKey(task: Pick<TaskSummary, 'path' | 'name'>): string {
  return task.path === 'root' ? task.name : `${task.path.slice('root/'.length)}/${task.name}`;
}

function tasksByKey(spec: PipelineSpec): Map<string, TaskSummary> {
  return new Map(listTasks(spec).map((task) => [taskKey(task), task]));
}

function containerOf(spec: PipelineSpec, task: TaskSummary): Record<string, unknown> {
  if (task.executorLabel === undefined) return {};
  const executor = objectOrEmpty(
    objectOrEmpty(objectOrEmpty(spec.deploymentSpec).executors)[task.executorLabel],
  );
  return objectOrEmpty(executor.container);
}

function listOrUndefined(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
