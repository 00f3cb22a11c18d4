import { describe, expect, it } from 'vitest';
import { canonicalJson, diffSpecs, hasChanges, normalise, specSha256 } from '../src/index.ts';
import { derivedSpec, kfp, kfpSpec, seed } from './seed.ts';

describe('specSha256', () => {
  it('is the same whatever the key order, and differs when anything changes', () => {
    const spec = seed().spec;
    const reordered = JSON.parse(JSON.stringify(normalise(spec)));
    const reversed = Object.fromEntries(Object.entries(reordered).reverse());
    expect(specSha256(reversed)).toBe(specSha256(spec));
    expect(specSha256(spec)).toMatch(/^[0-9a-f]{64}$/);
    expect(specSha256(derivedSpec((s) => (s.sdkVersion = 'tfx-1.9.1')))).not.toBe(specSha256(spec));
  });

  it('keeps a __proto__ key as data and orders integer-like keys the same way every time', () => {
    const a = JSON.parse('{"b": 1, "__proto__": {"x": 1}, "10": 0, "9": 0}');
    const b = JSON.parse('{"9": 0, "__proto__": {"x": 1}, "10": 0, "b": 1}');
    const c = JSON.parse('{"9": 0, "__proto__": {"x": 2}, "10": 0, "b": 1}');
    expect(specSha256(a)).toBe(specSha256(b));
    expect(specSha256(a)).not.toBe(specSha256(c));
    expect(canonicalJson(a)).toBe('{"9":0,"10":0,"__proto__":{"x":1},"b":1}');
  });
});

describe('diffSpecs', () => {
  it('finds nothing between a spec and itself', () => {
    const diff = diffSpecs(seed().spec, derivedSpec());
    expect(diff.identical).toBe(true);
    expect(hasChanges(diff)).toBe(false);
  });

  it('lists tasks added and removed, images and commands changed', () => {
    const before = seed().spec;
    const after = derivedSpec((s) => {
      delete s.root.dag.tasks.Pusher;
      s.root.dag.tasks.Pusher2 = s.root.dag.tasks.Evaluator;
      s.deploymentSpec.executors.Trainer_executor.container.image =
        'gcr.io/gcp-ml-172005/img-classification:v2';
      s.deploymentSpec.executors.Transform_executor.container.args.push('--beam_pipeline_args');
    });
    const diff = diffSpecs(before, after);
    expect(diff).toMatchObject({
      identical: false,
      tasksAdded: ['Pusher2'],
      tasksRemoved: ['Pusher'],
      imagesChanged: [
        {
          task: 'Trainer',
          before: 'gcr.io/gcp-ml-172005/img-classification',
          after: 'gcr.io/gcp-ml-172005/img-classification:v2',
        },
      ],
      commandsChanged: [{ task: 'Transform', field: 'args' }],
    });
    expect(hasChanges(diff)).toBe(true);
  });

  it('lists parameters added, removed, retyped and with a new default; nested tasks by path', () => {
    const before = kfp().spec;
    const after = kfpSpec();
    delete after.root.inputDefinitions.parameters.run_label;
    after.root.inputDefinitions.parameters.epochs.parameterType = 'NUMBER_DOUBLE';
    after.root.inputDefinitions.parameters.learning_rate.defaultValue = 0.1;
    after.root.inputDefinitions.parameters.batch_size = { parameterType: 'NUMBER_INTEGER', defaultValue: 32 };
    delete after.components['comp-condition-1'].dag.tasks.deploy;
    const diff = diffSpecs(before, after);
    expect(diff.parametersAdded).toEqual([
      { name: 'batch_size', type: 'NUMBER_INTEGER', defaultValue: 32, optional: true },
    ]);
    expect(diff.parametersRemoved.map((p) => p.name)).toEqual(['run_label']);
    expect(diff.parametersRetyped).toEqual([
      { name: 'epochs', before: 'NUMBER_INTEGER', after: 'NUMBER_DOUBLE' },
    ]);
    expect(diff.defaultsChanged).toEqual([{ name: 'learning_rate', before: 0.01, after: 0.1 }]);
    expect(diff.tasksRemoved).toEqual(['condition-1/deploy']);
  });
});
