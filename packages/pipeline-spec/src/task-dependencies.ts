import { entriesOf, isObject, objectOrEmpty, stringOrUndefined } from './json-object.ts';
import type { TaskSpec } from './types.ts';

/** One reference from a task to another task of its DAG, with where it is written. */
export interface TaskReference {
  task: string;
  /** Path segments below the task: `['dependentTasks', 0]`, `['inputs','artifacts','model','taskOutputArtifact','producerTask']`. */
  at: (string | number)[];
}

/**
 * Every task a task names: its `dependentTasks` and the `producerTask` of its inputs (an exit
 * handler's `taskFinalStatus` included). TFX lists
 * some data dependencies only as a producerTask, so both count as edges of the DAG.
 */
export function taskReferences(task: TaskSpec): TaskReference[] {
  if (!isObject(task)) return [];
  const references: TaskReference[] = [];
  const dependent = task.dependentTasks;
  if (Array.isArray(dependent)) {
    dependent.forEach((name, index) => {
      if (typeof name === 'string') references.push({ task: name, at: ['dependentTasks', index] });
    });
  }
  const inputs = objectOrEmpty(task.inputs);
  for (const [kind, field] of [
    ['parameters', 'taskOutputParameter'],
    ['parameters', 'taskFinalStatus'],
    ['artifacts', 'taskOutputArtifact'],
  ] as const) {
    for (const [name, input] of entriesOf(inputs[kind])) {
      const producer = stringOrUndefined(objectOrEmpty(objectOrEmpty(input)[field]).producerTask);
      if (producer !== undefined) {
        references.push({ task: producer, at: ['inputs', kind, name, field, 'producerTask'] });
      }
    }
  }
  return references;
}

/** The distinct tasks a task depends on, in the order they are first named. */
export function dependenciesOf(task: TaskSpec): string[] {
  return [...new Set(taskReferences(task).map((reference) => reference.task))];
}
