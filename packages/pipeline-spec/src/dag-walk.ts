import { entriesOf, isObject, objectOrEmpty, stringOrUndefined } from './json-object.ts';
import type { ComponentSpec, PipelineSpec, TaskSpec } from './types.ts';

/** One DAG of the pipeline: the root, or a nested one that a task runs (a condition, a loop, a sub-pipeline). */
export interface Dag {
  /** `root`, or the task names leading to it: `root/condition-1/for-loop-2`. */
  path: string;
  /** Where its tasks sit in the document: `['root','dag']` or `['components','comp-condition-1','dag']`. */
  location: string[];
  tasks: [string, TaskSpec][];
  /** The DAG's `outputs` (KFP 2: artifactSelectors, valueFromParameter, valueFromOneof). */
  outputs: unknown;
  /** The DAG component's name; undefined for the root. */
  component: string | undefined;
}

/** Guards against a hostile spec in which DAG components nest each other exponentially. */
const MAX_VISITED_TASKS = 1_000_000;

/**
 * Every DAG reachable from the root, parents before children. A DAG component that contains
 * itself (directly or not) is not entered again; the validator reports that recursion.
 */
export function walkDags(spec: PipelineSpec): Dag[] {
  const components = objectOrEmpty<ComponentSpec>(spec.components);
  const dags: Dag[] = [];
  let visited = 0;
  const visit = (dag: Dag, stack: Set<string>) => {
    dags.push(dag);
    visited += dag.tasks.length;
    for (const [name, task] of dag.tasks) {
      if (visited > MAX_VISITED_TASKS) return;
      const ref = componentRefOf(task);
      if (ref === undefined || stack.has(ref)) continue;
      const component = components[ref];
      if (!isObject(component) || !isObject(component.dag)) continue;
      stack.add(ref);
      visit(
        {
          path: `${dag.path}/${name}`,
          location: ['components', ref, 'dag'],
          tasks: entriesOf<TaskSpec>(component.dag.tasks),
          outputs: component.dag.outputs,
          component: ref,
        },
        stack,
      );
      stack.delete(ref);
    }
  };
  const rootDag = objectOrEmpty(objectOrEmpty(spec.root).dag);
  const root: Dag = {
    path: 'root',
    location: ['root', 'dag'],
    tasks: entriesOf<TaskSpec>(rootDag.tasks),
    outputs: rootDag.outputs,
    component: undefined,
  };
  visit(root, new Set());
  return dags;
}

export function componentRefOf(task: TaskSpec): string | undefined {
  return isObject(task) ? stringOrUndefined(objectOrEmpty(task.componentRef).name) : undefined;
}
