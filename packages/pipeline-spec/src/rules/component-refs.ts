import type { Dag } from '../dag-walk.ts';
import { isObject, objectOrEmpty } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';
import type { PipelineSpec } from '../types.ts';

/** Every task of every DAG names a component that exists. */
export function checkComponentRefs(spec: PipelineSpec, dags: readonly Dag[], problems: ProblemList): void {
  const components = objectOrEmpty(spec.components);
  for (const dag of dags) {
    for (const [name, task] of dag.tasks) {
      const at = [...dag.location, 'tasks', name];
      if (!isObject(task)) {
        problems.error('task', at, 'a task must be an object');
        continue;
      }
      const ref = isObject(task.componentRef) ? task.componentRef.name : undefined;
      if (typeof ref !== 'string' || ref === '') {
        problems.error(
          'component-ref',
          [...at, 'componentRef', 'name'],
          'missing; a task must name its component',
        );
      } else if (!Object.hasOwn(components, ref) || !isObject(components[ref])) {
        problems.error(
          'component-ref',
          [...at, 'componentRef', 'name'],
          `component ${JSON.stringify(ref)} is not defined`,
        );
      }
    }
  }
}
