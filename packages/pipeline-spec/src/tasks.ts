import { componentRefOf, type Dag, walkDags } from './dag-walk.ts';
import { executorOf } from './executors.ts';
import { dependenciesOf } from './task-dependencies.ts';
import type { PipelineSpec } from './types.ts';

export interface TaskSummary {
  name: string;
  /** The DAG the task is in: `root`, or `root/<task that runs the nested DAG>`. */
  path: string;
  dependsOn: string[];
  componentRef: string;
  executorLabel?: string;
  /** The container image; undefined for importers, resolvers and nested DAGs. */
  image?: string;
}

/**
 * Every task of every DAG, nested ones included, depth first: a task that runs a nested DAG is
 * followed by that DAG's tasks.
 */
export function listTasks(spec: PipelineSpec): TaskSummary[] {
  const dags = new Map(walkDags(spec).map((dag) => [dag.path, dag]));
  const tasks: TaskSummary[] = [];
  const emit = (dag: Dag) => {
    for (const [name, task] of dag.tasks) {
      const componentRef = componentRefOf(task) ?? '';
      const executor = executorOf(spec, componentRef);
      tasks.push({
        name,
        path: dag.path,
        dependsOn: dependenciesOf(task),
        componentRef,
        ...(executor.label === undefined ? {} : { executorLabel: executor.label }),
        ...(executor.image === undefined ? {} : { image: executor.image }),
      });
      const nested = dags.get(`${dag.path}/${name}`);
      if (nested !== undefined) emit(nested);
    }
  };
  const root = dags.get('root');
  if (root !== undefined) emit(root);
  return tasks;
}
