import { componentRefOf } from '../dag-walk.ts';
import { entriesOf, isObject, objectOrEmpty } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';
import type { ComponentSpec, PipelineSpec, TaskSpec } from '../types.ts';

/** No DAG component contains itself through its tasks (it would nest forever). */
export function checkComponentRecursion(spec: PipelineSpec, problems: ProblemList): void {
  const components = objectOrEmpty<ComponentSpec>(spec.components);
  const uses = new Map<string, { task: string; component: string }[]>();
  for (const [name, component] of entriesOf<ComponentSpec>(components)) {
    if (!isObject(component) || !isObject(component.dag)) continue;
    const inner: { task: string; component: string }[] = [];
    for (const [task, taskSpec] of entriesOf<TaskSpec>(component.dag.tasks)) {
      const ref = componentRefOf(taskSpec);
      if (ref !== undefined && isObject(components[ref]) && isObject(components[ref].dag)) {
        inner.push({ task, component: ref });
      }
    }
    uses.set(name, inner);
  }
  const reported = new Set<string>();
  const done = new Set<string>();
  const walk = (name: string, stack: string[]) => {
    if (done.has(name)) return;
    for (const use of uses.get(name) ?? []) {
      const from = stack.indexOf(use.component);
      if (from !== -1 || use.component === name) {
        const loop = [...stack.slice(from === -1 ? stack.length : from), name, use.component];
        if (!reported.has(name)) {
          reported.add(name);
          problems.error(
            'component-recursion',
            ['components', name, 'dag', 'tasks', use.task, 'componentRef', 'name'],
            `component ${JSON.stringify(use.component)} contains itself: ${loop.map((c) => JSON.stringify(c)).join(' → ')}`,
          );
        }
        continue;
      }
      walk(use.component, [...stack, name]);
    }
    done.add(name);
  };
  for (const name of uses.keys()) walk(name, []);
}
