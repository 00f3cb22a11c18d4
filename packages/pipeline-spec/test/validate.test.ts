import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  type PipelineSpec,
  type SpecProblem,
  validatePipeline,
  validateSpec,
} from '../src/index.ts';
import { derivedSpec, kfp, kfpSpec, seed } from './seed.ts';

const errors = (problems: SpecProblem[]) => problems.filter((p) => p.severity === 'error').map(formatProblem);
const warnings = (problems: SpecProblem[]) =>
  problems.filter((p) => p.severity === 'warning').map(formatProblem);
const errorsOf = (spec: PipelineSpec) => errors(validateSpec(spec));

describe('validateSpec on the real TFX spec', () => {
  it('finds no error, and warns about the unpinned image and the zone given as a region', () => {
    const problems = validatePipeline(seed());
    expect(errors(problems)).toEqual([]);
    expect(warnings(problems)).toEqual([
      'deploymentSpec.executors.Evaluator_executor.container.image: "gcr.io/gcp-ml-172005/img-classification" (used by 7 executors) has no tag or digest, so it runs whatever :latest is when the pipeline starts; pin a digest (the image input of compile-pipeline takes the one build-image outputs) or a version tag',
      'root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue: ai_platform_vertex_region is "us-central1-a", which is a zone; Vertex AI expects a region such as "us-central1"',
    ]);
  });

  it('finds nothing wrong with the KFP 2.1.0 spec (nested DAG, importer, platform spec)', () => {
    expect(validatePipeline(kfp())).toEqual([]);
  });
});

describe('each rule, on specs derived from the real one', () => {
  it('schemaVersion must be supported', () => {
    expect(errorsOf(derivedSpec((s) => (s.schemaVersion = '3.0.0')))).toEqual([
      'schemaVersion: "3.0.0" is not supported; expected 2.0.0 or 2.1.0',
    ]);
    expect(errorsOf(derivedSpec((s) => delete s.schemaVersion))).toEqual([
      'schemaVersion: missing; expected 2.0.0 or 2.1.0',
    ]);
  });

  it('the pipeline needs a name Vertex AI accepts', () => {
    expect(errorsOf(derivedSpec((s) => (s.pipelineInfo.name = 'Img_Classification')))).toEqual([
      'pipelineInfo.name: "Img_Classification" is not a valid Vertex AI pipeline name: lowercase letters, digits and "-", starting with a letter or digit, at most 128 characters',
    ]);
    expect(errorsOf(derivedSpec((s) => delete s.pipelineInfo))).toEqual([
      'pipelineInfo.name: missing; Vertex AI needs the pipeline name',
    ]);
  });

  it('the root DAG must exist and have tasks', () => {
    expect(errorsOf(derivedSpec((s) => (s.root.dag.tasks = {})))).toEqual([
      'root.dag.tasks: the pipeline has no tasks',
    ]);
    expect(errorsOf(derivedSpec((s) => delete s.root))).toEqual([
      'root: missing; the pipeline has no root DAG',
    ]);
  });

  it("every task's componentRef exists", () => {
    const spec = derivedSpec((s) => (s.root.dag.tasks.Trainer.componentRef.name = 'comp-trainer'));
    expect(errorsOf(spec)).toEqual([
      'root.dag.tasks.Trainer.componentRef.name: component "comp-trainer" is not defined',
    ]);
  });

  it("every component's executorLabel exists in deploymentSpec.executors", () => {
    const spec = derivedSpec((s) => delete s.deploymentSpec.executors.Pusher_executor);
    expect(errorsOf(spec)).toEqual([
      'components.Pusher.executorLabel: executor "Pusher_executor" is not defined in deploymentSpec.executors',
    ]);
  });

  it('dependentTasks must name tasks of the same DAG', () => {
    const spec = derivedSpec((s) => s.root.dag.tasks.Pusher.dependentTasks.push('Evaluater'));
    expect(errorsOf(spec)).toEqual([
      'root.dag.tasks.Pusher.dependentTasks[2]: task "Evaluater" is not defined in the root DAG',
    ]);
  });

  it('producerTask must name a task of the same DAG, and the output it reads must exist', () => {
    const missingTask = derivedSpec((s) => {
      s.root.dag.tasks.Evaluator.inputs.artifacts.model.taskOutputArtifact.producerTask = 'Trainer2';
    });
    expect(errorsOf(missingTask)).toEqual([
      'root.dag.tasks.Evaluator.inputs.artifacts.model.taskOutputArtifact.producerTask: task "Trainer2" is not defined in the root DAG',
    ]);
    const missingOutput = derivedSpec((s) => {
      s.root.dag.tasks.Evaluator.inputs.artifacts.model.taskOutputArtifact.outputArtifactKey = 'modle';
    });
    expect(errorsOf(missingOutput)).toEqual([
      'root.dag.tasks.Evaluator.inputs.artifacts.model.taskOutputArtifact.outputArtifactKey: task "Trainer" (component "Trainer") has no output artifact "modle"',
    ]);
  });

  it('inputs taken from the pipeline must be pipeline parameters', () => {
    const spec = derivedSpec((s) => {
      s.root.dag.tasks.Trainer.inputs.parameters.train_args = { componentInputParameter: 'train_steps' };
    });
    expect(errorsOf(spec)).toEqual([
      'root.dag.tasks.Trainer.inputs.parameters.train_args.componentInputParameter: the enclosing pipeline has no input parameter "train_steps"',
    ]);
  });

  it('each DAG is acyclic', () => {
    const spec = derivedSpec((s) => (s.root.dag.tasks.ImportExampleGen.dependentTasks = ['Pusher']));
    // Reported once for the group, from its first task in declaration order, along the shortest cycle.
    expect(errorsOf(spec)).toEqual([
      'root.dag.tasks.Evaluator.dependentTasks[1]: tasks depend on each other in a cycle: "Evaluator" → "Transform" → "ImportExampleGen" → "Pusher" → "Evaluator" (→ means "depends on")',
    ]);
    const self = derivedSpec((s) => s.root.dag.tasks.SchemaGen.dependentTasks.push('SchemaGen'));
    expect(errorsOf(self)).toEqual([
      'root.dag.tasks.SchemaGen.dependentTasks[1]: tasks depend on each other in a cycle: "SchemaGen" → "SchemaGen" (→ means "depends on")',
    ]);
  });

  it('a nested DAG sees only its own tasks', () => {
    // The real spec's Pusher moved into a condition, still depending on root tasks by name.
    const spec = derivedSpec((s) => {
      s.components['comp-condition-1'] = { dag: { tasks: { Pusher: s.root.dag.tasks.Pusher } } };
      s.root.dag.tasks['condition-1'] = {
        componentRef: { name: 'comp-condition-1' },
        dependentTasks: ['Evaluator'],
        taskInfo: { name: 'condition-1' },
      };
      delete s.root.dag.tasks.Pusher;
    });
    expect(errorsOf(spec)).toEqual([
      'components.comp-condition-1.dag.tasks.Pusher.dependentTasks[0]: task "Evaluator" is not defined in the DAG of root/condition-1',
      'components.comp-condition-1.dag.tasks.Pusher.dependentTasks[1]: task "Trainer" is not defined in the DAG of root/condition-1',
      'components.comp-condition-1.dag.tasks.Pusher.inputs.artifacts.model.taskOutputArtifact.producerTask: task "Trainer" is not defined in the DAG of root/condition-1',
      'components.comp-condition-1.dag.tasks.Pusher.inputs.artifacts.model_blessing.taskOutputArtifact.producerTask: task "Evaluator" is not defined in the DAG of root/condition-1',
    ]);
  });

  it('nested DAGs are checked too, and may not contain themselves', () => {
    const cyclic = kfpSpec();
    cyclic.components['comp-condition-1'].dag.tasks.deploy.dependentTasks = ['deploy'];
    expect(errorsOf(cyclic)).toEqual([
      'components.comp-condition-1.dag.tasks.deploy.dependentTasks[0]: tasks depend on each other in a cycle: "deploy" → "deploy" (→ means "depends on")',
    ]);
    const recursive = kfpSpec();
    recursive.components['comp-condition-1'].dag.tasks.again = { componentRef: { name: 'comp-condition-1' } };
    expect(errorsOf(recursive)).toEqual([
      'components.comp-condition-1.dag.tasks.again.componentRef.name: component "comp-condition-1" contains itself: "comp-condition-1" → "comp-condition-1"',
    ]);
  });

  it('parameter types must be valid in either style, and defaults and constants must fit them', () => {
    const badType = derivedSpec(
      (s) => (s.components.Trainer.inputDefinitions.parameters.run_fn.type = 'TEXT'),
    );
    expect(errorsOf(badType)).toEqual([
      'components.Trainer.inputDefinitions.parameters.run_fn.type: "TEXT" is not a parameter type; expected one of STRING, INT, DOUBLE',
    ]);
    const badNewType = derivedSpec((s) => {
      s.components.Trainer.inputDefinitions.parameters.run_fn = { parameterType: 'NUMBER' };
    });
    expect(errorsOf(badNewType)).toEqual([
      'components.Trainer.inputDefinitions.parameters.run_fn.parameterType: "NUMBER" is not a parameter type; expected one of STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN, LIST, STRUCT, TASK_FINAL_STATUS',
    ]);
    const badConstant = derivedSpec((s) => {
      s.root.dag.tasks.ImportExampleGen.inputs.parameters.output_data_format.runtimeValue.constantValue = {
        intValue: 'six',
      };
    });
    expect(errorsOf(badConstant)).toEqual([
      'root.dag.tasks.ImportExampleGen.inputs.parameters.output_data_format.runtimeValue.constantValue.intValue: must be an integer',
    ]);
    const mismatch = derivedSpec((s) => {
      s.root.dag.tasks.ImportExampleGen.inputs.parameters.output_data_format.runtimeValue.constantValue = {
        stringValue: '6',
      };
    });
    expect(errorsOf(mismatch)).toEqual([
      "root.dag.tasks.ImportExampleGen.inputs.parameters.output_data_format.runtimeValue.constantValue.stringValue: a stringValue constant does not fit the parameter's type NUMBER_INTEGER",
    ]);
    const badDefault = kfpSpec();
    badDefault.root.inputDefinitions.parameters.epochs.defaultValue = 'ten';
    expect(errorsOf(badDefault)).toEqual([
      'root.inputDefinitions.parameters.epochs.defaultValue: the default is a string, which does not fit the type NUMBER_INTEGER',
    ]);
  });

  it('a task input the component does not declare is a warning', () => {
    const spec = derivedSpec((s) => {
      s.root.dag.tasks.Pusher.inputs.parameters.extra = {
        runtimeValue: { constantValue: { stringValue: 'x' } },
      };
    });
    expect(warnings(validateSpec(spec))).toContain(
      'root.dag.tasks.Pusher.inputs.parameters.extra: component "Pusher" has no input parameter "extra"',
    );
  });

  it('container images must be well-formed references; latest is a warning', () => {
    const setImage = (image: unknown) =>
      derivedSpec((s) => (s.deploymentSpec.executors.Trainer_executor.container.image = image));
    expect(errorsOf(setImage('gcr.io/gcp-ml-172005/Img-Classification:v1'))).toEqual([
      'deploymentSpec.executors.Trainer_executor.container.image: "gcr.io/gcp-ml-172005/Img-Classification:v1" is not a valid image reference: its path component "Img-Classification" must be lowercase letters and digits, separated by ".", "_", "__" or "-"',
    ]);
    expect(errorsOf(setImage('gcr.io/p/img@sha256:1234'))).toEqual([
      'deploymentSpec.executors.Trainer_executor.container.image: "gcr.io/p/img@sha256:1234" is not a valid image reference: its digest is not algorithm:hex (such as sha256: and 64 hex digits)',
    ]);
    expect(errorsOf(setImage(undefined))).toEqual([
      'deploymentSpec.executors.Trainer_executor.container.image: missing; a container executor needs an image',
    ]);
    expect(warnings(validateSpec(setImage('gcr.io/p/img:latest')))).toContain(
      'deploymentSpec.executors.Trainer_executor.container.image: "gcr.io/p/img:latest" runs whatever :latest is when the pipeline starts; pin a digest (the image input of compile-pipeline takes the one build-image outputs) or a version tag',
    );
    // A placeholder resolved at run time is not judged.
    expect(errorsOf(setImage("{{$.inputs.parameters['image']}}"))).toEqual([]);
  });

  it('reports every problem at once, not only the first', () => {
    const spec = derivedSpec((s) => {
      s.schemaVersion = '9';
      s.root.dag.tasks.Trainer.componentRef.name = 'nope';
      delete s.deploymentSpec.executors.Pusher_executor;
    });
    expect(errorsOf(spec)).toHaveLength(3);
  });

  it('survives a spec of the wrong shape without throwing', () => {
    for (const spec of [
      {},
      { root: [] },
      { root: { dag: { tasks: [1, 2] } }, components: 'x' },
      { components: { a: 1 } },
    ]) {
      expect(() => validateSpec(spec as PipelineSpec)).not.toThrow();
      expect(errorsOf(spec as PipelineSpec).length).toBeGreaterThan(0);
    }
  });
});
