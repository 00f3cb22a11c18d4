import { helpers } from '@google-cloud/aiplatform';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asRequestJob,
  fixtureJob,
  type Harness,
  kfpSpec,
  PARENT,
  rejection,
  startHarness,
} from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

let counter = 0;
/** Creates a job from the fixture with some parts replaced; a fresh id each time. */
function create(
  overrides: {
    pipelineSpec?: Record<string, unknown>;
    labels?: Record<string, string>;
    runtimeConfig?: unknown;
  } = {},
  request: { parent?: string; pipelineJobId?: string } = {},
) {
  const job = { ...fixtureJob(), ...overrides };
  return h.pipelines.createPipelineJob({
    parent: request.parent ?? PARENT,
    pipelineJobId: request.pipelineJobId ?? `validation-${++counter}`,
    pipelineJob: asRequestJob(job as never),
  });
}

/** The object at a dotted path of a JSON tree, to edit a copy of the fixture. */
function at(tree: Record<string, unknown>, path: string): Record<string, unknown> {
  return path.split('.').reduce((node, key) => node[key] as Record<string, unknown>, tree);
}

const invalid = async (call: Promise<unknown>, field?: string) => {
  const answer = await rejection(call);
  expect(answer.code, answer.details).toBe(status.INVALID_ARGUMENT);
  if (field) expect(answer.fields).toContain(field);
  return answer.details;
};

describe('CreatePipelineJob request checks', () => {
  it('wants a parent of the form projects/{project}/locations/{location}', async () => {
    await invalid(create({}, { parent: 'projects/demo-project' }), 'parent');
    await invalid(create({}, { parent: 'projects/demo-project/regions/us-central1' }), 'parent');
  });

  it('wants pipelineJobId to match [a-z0-9][a-z0-9-]{0,127}', async () => {
    for (const id of ['Upper-case', 'under_score', '-leading-dash', 'dot.ted', `x${'y'.repeat(128)}`]) {
      await invalid(create({}, { pipelineJobId: id }), 'pipeline_job_id');
    }
    const [ok] = await create({}, { pipelineJobId: `0${'a'.repeat(127)}` });
    expect(ok.name).toMatch(/\/pipelineJobs\/0a{127}$/);
  });

  it('answers ALREADY_EXISTS for a pipelineJobId in use', async () => {
    await create({}, { pipelineJobId: 'taken' });
    const answer = await rejection(create({}, { pipelineJobId: 'taken' }));
    expect(answer.code).toBe(status.ALREADY_EXISTS);
    expect(answer.details).toBe('Pipeline job with the specified ID already exists.');
  });

  it('receives an empty spec when a plain object is passed where the Struct belongs, and refuses it', async () => {
    const fixture = fixtureJob();
    const details = await invalid(
      h.pipelines.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'plain-object',
        pipelineJob: fixture as never,
      }),
      'pipeline_job.pipeline_spec',
    );
    expect(details).toContain('pipeline_spec is required');
  });
});

describe('pipeline spec checks', () => {
  const spec = () => structuredClone(fixtureJob().pipelineSpec);

  it('wants a supported schemaVersion', async () => {
    const missing = spec();
    delete missing.schemaVersion;
    await invalid(create({ pipelineSpec: missing }), 'pipeline_job.pipeline_spec');
    expect(await invalid(create({ pipelineSpec: { ...spec(), schemaVersion: '1.0.0' } }))).toContain(
      'schemaVersion',
    );
  });

  it('wants pipelineInfo.name and a root DAG with tasks', async () => {
    await invalid(create({ pipelineSpec: { ...spec(), pipelineInfo: {} } }));
    await invalid(create({ pipelineSpec: { ...spec(), root: {} } }));
    await invalid(create({ pipelineSpec: { ...spec(), root: { dag: { tasks: {} } } } }));
  });

  it('wants every componentRef and executor to resolve', async () => {
    const unknownComponent = spec();
    at(unknownComponent, 'root.dag.tasks.Trainer.componentRef').name = 'NoSuchComponent';
    expect(await invalid(create({ pipelineSpec: unknownComponent }))).toContain('"NoSuchComponent"');

    const noExecutor = spec();
    delete at(noExecutor, 'deploymentSpec.executors').Trainer_executor;
    expect(await invalid(create({ pipelineSpec: noExecutor }))).toContain('Trainer_executor');
  });

  it('wants dependentTasks that name sibling tasks, without cycles', async () => {
    const unknownDep = spec();
    at(unknownDep, 'root.dag.tasks.Pusher').dependentTasks = ['Evaluator', 'Deployer'];
    expect(await invalid(create({ pipelineSpec: unknownDep }))).toContain('"Deployer"');

    const cycle = spec();
    at(cycle, 'root.dag.tasks.ImportExampleGen').dependentTasks = ['Pusher'];
    expect(await invalid(create({ pipelineSpec: cycle }))).toContain('cycle');
  });
});

describe('runtime parameters typed against root inputDefinitions', () => {
  const kfp = kfpSpec({
    epochs: { parameterType: 'NUMBER_INTEGER' },
    learning_rate: { parameterType: 'NUMBER_DOUBLE', defaultValue: 0.01 },
    model_name: { parameterType: 'STRING', defaultValue: 'resnet' },
    dry_run: { parameterType: 'BOOLEAN', isOptional: true },
    layers: { parameterType: 'LIST', isOptional: true },
    extra: { parameterType: 'STRUCT', isOptional: true },
  });
  const kfpJob = (parameterValues: Record<string, unknown>, parameters?: Record<string, unknown>) =>
    create({
      pipelineSpec: kfp,
      runtimeConfig: {
        gcsOutputDirectory: 'gs://bucket/root',
        parameterValues: Object.fromEntries(
          Object.entries(parameterValues).map(([k, v]) => [k, helpers.toValue(v as object)]),
        ),
        ...(parameters ? { parameters } : {}),
      },
    });

  it('accepts KFP 2.1.0 parameterValues of every type', async () => {
    const [job] = await kfpJob({
      epochs: 3,
      learning_rate: 0.5,
      model_name: 'vit',
      dry_run: true,
      layers: [64, 32],
      extra: { seed: 7 },
    });
    expect(job.state).toBe('PIPELINE_STATE_PENDING');
    expect(job.runtimeConfig?.parameterValues?.epochs?.numberValue).toBe(3);
  });

  it('refuses an unknown parameter, naming it', async () => {
    const details = await invalid(
      kfpJob({ epochs: 3, batch_size: 32 }),
      'pipeline_job.runtime_config.parameter_values',
    );
    expect(details).toContain('"batch_size"');
  });

  it('refuses mistyped values, naming the parameter and its declared type', async () => {
    expect(await invalid(kfpJob({ epochs: 'ten' }))).toMatch(
      /"epochs" is declared NUMBER_INTEGER .* a string/,
    );
    expect(await invalid(kfpJob({ epochs: 2.5 }))).toContain('"epochs"');
    expect(await invalid(kfpJob({ epochs: 3, dry_run: 'yes' }))).toContain('"dry_run" is declared BOOLEAN');
    expect(await invalid(kfpJob({ epochs: 3, layers: { a: 1 } }))).toContain('"layers" is declared LIST');
    expect(await invalid(kfpJob({ epochs: 3, extra: [1] }))).toContain('"extra" is declared STRUCT');
    expect(await invalid(kfpJob({ epochs: 3, model_name: 5 }))).toContain('"model_name" is declared STRING');
  });

  it('refuses a missing required parameter (no defaultValue, not optional)', async () => {
    expect(await invalid(kfpJob({ model_name: 'vit' }))).toContain('"epochs" is required');
  });

  it('types TFX 2.0.0 parameters (type: INT|DOUBLE|STRING), also in the legacy runtimeConfig.parameters', async () => {
    const tfx = fixtureJob().pipelineSpec;
    at(tfx, 'root').inputDefinitions = {
      parameters: {
        train_steps: { type: 'INT' },
        threshold: { type: 'DOUBLE' },
        data_root: { type: 'STRING' },
      },
    };
    const job = (parameters: Record<string, unknown>) =>
      create({
        pipelineSpec: tfx,
        runtimeConfig: { gcsOutputDirectory: 'gs://bucket/root', parameters },
      });
    const [ok] = await job({
      train_steps: { intValue: 100 },
      threshold: { doubleValue: 0.5 },
      data_root: { stringValue: 'gs://bucket/data' },
    });
    expect(ok.runtimeConfig?.parameters?.train_steps?.intValue).toBe('100');
    expect(
      await invalid(
        job({
          train_steps: { stringValue: '100' },
          threshold: { doubleValue: 1 },
          data_root: { stringValue: 'x' },
        }),
      ),
    ).toMatch(/"train_steps" is declared INT .* a stringValue/);
    expect(
      await invalid(job({ steps: { intValue: 1 } }), 'pipeline_job.runtime_config.parameters'),
    ).toContain('"steps"');
  });
});

describe('labels', () => {
  it('refuses labels that break the rules, with Vertex AI’s message and a field violation', async () => {
    const cases: Record<string, string>[] = [
      { Env: 'prod' },
      { env: 'Prod' },
      { '1env': 'prod' },
      { 'env.name': 'prod' },
      { ['k'.repeat(64)]: 'v' },
      { env: 'v'.repeat(64) },
      { '': 'v' },
      Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`key${i}`, 'v'])),
    ];
    for (const labels of cases) {
      const details = await invalid(create({ labels }), 'pipeline_job.labels');
      expect(details).toMatch(
        /^List of found errors:\t1\.Field: pipeline_job\.labels; Message: There can be no more than 64 labels/,
      );
    }
  });

  it('accepts the edges: 64 labels, 63-character keys and values, empty values, international letters', async () => {
    const labels = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`key_${i}`, '']));
    await create({ labels });
    await create({ labels: { ['k'.repeat(63)]: 'v'.repeat(63), ключ: 'значение', 'a-b_c': '0-9_x' } });
  });
});

describe('runtimeConfig.gcsOutputDirectory', () => {
  it('is required and must be a gs:// URI', async () => {
    const field = 'pipeline_job.runtime_config.gcs_output_directory';
    await invalid(create({ runtimeConfig: {} }), field);
    expect(await invalid(create({ runtimeConfig: { gcsOutputDirectory: '/tmp/out' } }), field)).toBe(
      'Invalid Cloud Storage URI for gcs_output_directory: "/tmp/out".',
    );
    await invalid(create({ runtimeConfig: { gcsOutputDirectory: 'gs://' } }), field);
  });

  it('may be left out when a KFP spec carries defaultPipelineRoot', async () => {
    const [job] = await create({
      pipelineSpec: { ...kfpSpec(), defaultPipelineRoot: 'gs://bucket/default-root' },
      runtimeConfig: {},
    });
    expect(job.state).toBe('PIPELINE_STATE_PENDING');
  });
});
