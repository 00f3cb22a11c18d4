import type { Dag } from '../dag-walk.ts';
import { entriesOf, isObject, objectOrEmpty } from '../json-object.ts';
import type { ProblemList } from '../problems.ts';
import { taskReferences } from '../task-dependencies.ts';
import type { ComponentSpec, PipelineSpec, TaskSpec } from '../types.ts';

/**
 * Within each DAG: dependentTasks and producerTask name tasks of that DAG, the outputs they read
 * exist on the producer's component, inputs taken from the enclosing component exist there, and
 * the DAG's own outputs come from its tasks.
 */
export function checkTaskReferences(spec: PipelineSpec, dags: readonly Dag[], problems: ProblemList): void {
  const components = objectOrEmpty<ComponentSpec>(spec.components);
  for (const dag of dags) {
    const tasks = new Map(dag.tasks);
    const enclosing = objectOrEmpty<unknown>(
      dag.component === undefined ? spec.root : components[dag.component],
    );
    const where = dag.path === 'root' ? 'the root DAG' : `the DAG of ${dag.path}`;
    for (const [name, task] of dag.tasks) {
      const at = [...dag.location, 'tasks', name];
      for (const reference of taskReferences(task)) {
        if (!tasks.has(reference.task)) {
          problems.error(
            'task-reference',
            [...at, ...reference.at],
            `task ${JSON.stringify(reference.task)} is not defined in ${where}`,
          );
        }
      }
      checkProducerOutputs(task, at, tasks, components, problems);
      checkEnclosingInputs(task, at, enclosing, problems);
    }
    checkDagOutputs(dag, tasks, problems);
  }
}

const OUTPUT_READERS = [
  { kind: 'parameters', field: 'taskOutputParameter', key: 'outputParameterKey' },
  { kind: 'artifacts', field: 'taskOutputArtifact', key: 'outputArtifactKey' },
] as const;

function checkProducerOutputs(
  task: TaskSpec,
  at: (string | number)[],
  tasks: Map<string, TaskSpec>,
  components: Record<string, ComponentSpec>,
  problems: ProblemList,
): void {
  const inputs = objectOrEmpty(isObject(task) ? task.inputs : undefined);
  for (const { kind, field, key } of OUTPUT_READERS) {
    for (const [input, spec] of entriesOf(inputs[kind])) {
      const reader = objectOrEmpty(objectOrEmpty(spec)[field]);
      const producer = tasks.get(String(reader.producerTask));
      const output = reader[key];
      if (producer === undefined || typeof output !== 'string') continue;
      const ref = objectOrEmpty(producer.componentRef).name;
      const component = objectOrEmpty<unknown>(typeof ref === 'string' ? components[ref] : undefined);
      if (!isObject(component) || Object.keys(component).length === 0) continue; // reported by component-ref
      const outputs = objectOrEmpty(objectOrEmpty(component.outputDefinitions)[kind]);
      if (!Object.hasOwn(outputs, output)) {
        const noun = kind === 'parameters' ? 'output parameter' : 'output artifact';
        problems.error(
          'task-reference',
          [...at, 'inputs', kind, input, field, key],
          `task ${JSON.stringify(reader.producerTask)} (component ${JSON.stringify(ref)}) has no ${noun} ${JSON.stringify(output)}`,
        );
      }
    }
  }
}

const ENCLOSING_READERS = [
  { kind: 'parameters', field: 'componentInputParameter' },
  { kind: 'artifacts', field: 'componentInputArtifact' },
] as const;

function checkEnclosingInputs(
  task: TaskSpec,
  at: (string | number)[],
  enclosing: Record<string, unknown>,
  problems: ProblemList,
): void {
  const inputs = objectOrEmpty(isObject(task) ? task.inputs : undefined);
  const defined = objectOrEmpty(enclosing.inputDefinitions);
  for (const { kind, field } of ENCLOSING_READERS) {
    const available = objectOrEmpty(defined[kind]);
    for (const [input, spec] of entriesOf(inputs[kind])) {
      const name = objectOrEmpty(spec)[field];
      if (typeof name === 'string' && !Object.hasOwn(available, name)) {
        const noun = kind === 'parameters' ? 'input parameter' : 'input artifact';
        problems.error(
          'task-reference',
          [...at, 'inputs', kind, input, field],
          `the enclosing ${at[0] === 'root' ? 'pipeline' : 'component'} has no ${noun} ${JSON.stringify(name)}`,
        );
      }
    }
  }
}

/** `dag.outputs`: artifactSelectors, valueFromParameter and valueFromOneof name subtasks of this DAG. */
function checkDagOutputs(dag: Dag, tasks: Map<string, TaskSpec>, problems: ProblemList): void {
  const at = [...dag.location, 'outputs'];
  const check = (name: unknown, segments: (string | number)[]) => {
    if (typeof name === 'string' && !tasks.has(name)) {
      problems.error(
        'task-reference',
        [...at, ...segments],
        `task ${JSON.stringify(name)} is not defined in this DAG`,
      );
    }
  };
  const outputs = objectOrEmpty(dag.outputs);
  for (const [output, spec] of entriesOf(outputs.artifacts)) {
    const selectors = objectOrEmpty(spec).artifactSelectors;
    if (!Array.isArray(selectors)) continue;
    selectors.forEach((selector, index) => {
      check(objectOrEmpty(selector).producerSubtask, [
        'artifacts',
        output,
        'artifactSelectors',
        index,
        'producerSubtask',
      ]);
    });
  }
  for (const [output, spec] of entriesOf(outputs.parameters)) {
    const value = objectOrEmpty(spec);
    check(objectOrEmpty(value.valueFromParameter).producerSubtask, [
      'parameters',
      output,
      'valueFromParameter',
      'producerSubtask',
    ]);
    const selectors = objectOrEmpty(value.valueFromOneof).parameterSelectors;
    if (!Array.isArray(selectors)) continue;
    selectors.forEach((selector, index) => {
      check(objectOrEmpty(selector).producerSubtask, [
        'parameters',
        output,
        'valueFromOneof',
        'parameterSelectors',
        index,
        'producerSubtask',
      ]);
    });
  }
}
