import { describe, expect, it } from 'vitest';
import { parsePipelineFile, rootParameters } from '../src/index.ts';
import { derivedSpec, kfp, seed } from './seed.ts';

describe('rootParameters', () => {
  it('the real TFX spec has none', () => {
    expect(rootParameters(seed().spec, seed().job)).toEqual([]);
  });

  it('reads KFP 2.1.0 parameterType, defaultValue and isOptional', () => {
    expect(rootParameters(kfp().spec)).toEqual([
      { name: 'epochs', type: 'NUMBER_INTEGER', defaultValue: 10, optional: true },
      { name: 'learning_rate', type: 'NUMBER_DOUBLE', defaultValue: 0.01, optional: true },
      { name: 'run_label', type: 'STRING', optional: false },
    ]);
  });

  it("reads TFX 2.0.0 type with the defaults TFX keeps in the job's runtimeConfig.parameters", () => {
    const spec = derivedSpec((s) => {
      s.root.inputDefinitions = {
        parameters: {
          train_steps: { type: 'INT' },
          learning_rate: { type: 'DOUBLE' },
          data_root: { type: 'STRING' },
        },
      };
    });
    const job = {
      ...seed().document,
      pipelineSpec: spec,
      runtimeConfig: {
        parameters: { train_steps: { intValue: '160' }, learning_rate: { doubleValue: 0.001 } },
      },
    };
    const parsed = parsePipelineFile(JSON.stringify(job), 'job.json');
    expect(rootParameters(parsed.spec, parsed.job)).toEqual([
      { name: 'train_steps', type: 'NUMBER_INTEGER', defaultValue: 160, optional: true },
      { name: 'learning_rate', type: 'NUMBER_DOUBLE', defaultValue: 0.001, optional: true },
      { name: 'data_root', type: 'STRING', optional: false },
    ]);
  });

  it("prefers a KFP job's parameterValues, and decodes 2.0.0-style defaults in the spec", () => {
    const spec = derivedSpec((s) => {
      s.root.inputDefinitions = {
        parameters: { a: { type: 'INT', defaultValue: { intValue: '3' } }, b: { parameterType: 'LIST' } },
      };
    });
    expect(rootParameters(spec)).toEqual([
      { name: 'a', type: 'NUMBER_INTEGER', defaultValue: 3, optional: true },
      { name: 'b', type: 'LIST', optional: false },
    ]);
    expect(rootParameters(spec, { runtimeConfig: { parameterValues: { b: [1, 2] } } })[1]).toEqual({
      name: 'b',
      type: 'LIST',
      defaultValue: [1, 2],
      optional: true,
    });
  });

  it('leaves out parameters whose type is invalid (the validator reports them)', () => {
    const spec = derivedSpec((s) => {
      s.root.inputDefinitions = { parameters: { a: { type: 'TEXT' }, b: { type: 'STRING' } } };
    });
    expect(rootParameters(spec).map((p) => p.name)).toEqual(['b']);
  });
});
