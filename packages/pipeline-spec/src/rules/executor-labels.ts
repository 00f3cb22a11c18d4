import { entriesOf, isObject, objectOrEmpty } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';
import type { PipelineSpec } from '../types.ts';

/** Every component either runs an executor that deploymentSpec defines, or is a DAG. */
export function checkExecutorLabels(spec: PipelineSpec, problems: ProblemList): void {
  const executors = objectOrEmpty(objectOrEmpty(spec.deploymentSpec).executors);
  for (const [name, component] of entriesOf(spec.components)) {
    const at = ['components', name];
    if (!isObject(component)) {
      problems.error('component', at, 'a component must be an object');
      continue;
    }
    const label = component.executorLabel;
    if (label === undefined) {
      if (!isObject(component.dag))
        problems.error('executor-label', at, 'has neither an executorLabel nor a dag');
      continue;
    }
    if (typeof label !== 'string' || label === '') {
      problems.error('executor-label', [...at, 'executorLabel'], 'must be the name of an executor');
    } else if (!Object.hasOwn(executors, label) || !isObject(executors[label])) {
      problems.error(
        'executor-label',
        [...at, 'executorLabel'],
        `executor ${JSON.stringify(label)} is not defined in deploymentSpec.executors`,
      );
    }
  }
}
