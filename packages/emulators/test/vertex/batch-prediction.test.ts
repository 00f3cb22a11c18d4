import { helpers } from '@google-cloud/aiplatform';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, PARENT, rejection, startHarness } from './harness.ts';

let h: Harness;
let model: string;

beforeAll(async () => {
  h = await startHarness({ batchShardSize: 3 });
  h.store.createBucket('inputs').createBucket('outputs');
  const lines = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) =>
      JSON.stringify({ id: `img-${from + i}`, pixels: [from + i, 1, 2] }),
    ).join('\n');
  await h.store.write('inputs', 'batch/part-1.jsonl', Buffer.from(`${lines(0, 3)}\n\n`));
  await h.store.write('inputs', 'batch/part-2.jsonl', Buffer.from(lines(3, 5)));
  await h.store.write('inputs', 'batch/readme.txt', Buffer.from('not an instance'));
  await h.store.write('inputs', 'other/part-9.jsonl', Buffer.from(lines(9, 10)));
  const [operation] = await h.models.uploadModel({
    parent: PARENT,
    modelId: 'cifar10',
    model: {
      displayName: 'cifar10-classifier',
      containerSpec: { imageUri: 'gcr.io/project/serving:latest' },
    },
  });
  await operation.promise();
  model = `${PARENT}/models/cifar10`;
});
afterAll(async () => {
  await h.close();
});

function batchJob(overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'nightly-batch',
    model,
    inputConfig: { instancesFormat: 'jsonl', gcsSource: { uris: ['gs://inputs/batch/*.jsonl'] } },
    outputConfig: {
      predictionsFormat: 'jsonl',
      gcsDestination: { outputUriPrefix: 'gs://outputs/predictions/' },
    },
    ...overrides,
  };
}

async function follow(name: string) {
  const states: string[] = [];
  for (let i = 0; i < 10; i++) {
    const [job] = await h.jobs.getBatchPredictionJob({ name });
    states.push(String(job.state));
    if (['JOB_STATE_SUCCEEDED', 'JOB_STATE_FAILED', 'JOB_STATE_CANCELLED'].includes(String(job.state)))
      return { states, job };
  }
  throw new Error(`${name} did not finish: ${states.join(', ')}`);
}

const lines = (bucket: string, name: string) =>
  (h.store.text(bucket, name) ?? '')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

describe('batch prediction through the ObjectStore', () => {
  it('reads the wildcard inputs, predicts, writes prediction.results-* shards and completion stats', async () => {
    const [created] = await h.jobs.createBatchPredictionJob({
      parent: PARENT,
      batchPredictionJob: batchJob(),
    });
    expect(created.name).toMatch(new RegExp(`^${PARENT}/batchPredictionJobs/\\d{19}$`));
    expect(created.state).toBe('JOB_STATE_PENDING');
    expect(created.modelVersionId).toBe('1');

    const { states, job } = await follow(created.name as string);
    expect(states).toEqual(['JOB_STATE_RUNNING', 'JOB_STATE_SUCCEEDED']);
    const stamp = (
      created.createTime?.seconds
        ? new Date(Number(created.createTime.seconds) * 1000 + (created.createTime.nanos ?? 0) / 1e6)
        : new Date()
    )
      .toISOString()
      .replace(/[-:.]/g, '_');
    const directory = `gs://outputs/predictions/prediction-cifar10-classifier-${stamp}`;
    expect(job.outputInfo?.gcsOutputDirectory).toBe(directory);
    expect(job.completionStats).toMatchObject({
      successfulCount: '5',
      failedCount: '0',
      incompleteCount: '0',
    });
    expect(job.startTime).toBeTruthy();
    expect(job.endTime).toBeTruthy();

    const prefix = directory.slice('gs://outputs/'.length);
    expect(h.store.names('outputs').filter((name) => name.startsWith(prefix))).toEqual([
      `${prefix}/prediction.errors_stats-00000-of-00001`,
      `${prefix}/prediction.results-00000-of-00002`,
      `${prefix}/prediction.results-00001-of-00002`,
    ]);
    const results = [
      ...lines('outputs', `${prefix}/prediction.results-00000-of-00002`),
      ...lines('outputs', `${prefix}/prediction.results-00001-of-00002`),
    ];
    expect(results.map((line) => line.instance.id)).toEqual(['img-0', 'img-1', 'img-2', 'img-3', 'img-4']);
    for (const line of results) {
      expect(line.prediction.score).toBeGreaterThanOrEqual(0);
      expect(line.prediction.score).toBeLessThan(1);
    }
    // The default predictor is deterministic.
    const again = await follow(
      (await h.jobs.createBatchPredictionJob({ parent: PARENT, batchPredictionJob: batchJob() }))[0]
        .name as string,
    );
    const againPrefix = String(again.job.outputInfo?.gcsOutputDirectory).slice('gs://outputs/'.length);
    expect(lines('outputs', `${againPrefix}/prediction.results-00000-of-00002`)).toEqual(results.slice(0, 3));
  });

  it('uses the pluggable predictor, counts its failures and writes them to errors_stats', async () => {
    h.standIn.setPredictor((instance, info) => {
      const { pixels } = instance as { pixels: number[] };
      if (pixels[0] === 4) throw new Error('pixel 4 is cursed');
      return {
        label: `class-${(pixels[0] as number) % 10}`,
        model: info.displayName,
        version: info.versionId,
      };
    });
    try {
      const [created] = await h.jobs.createBatchPredictionJob({
        parent: PARENT,
        batchPredictionJob: batchJob({
          inputConfig: {
            instancesFormat: 'jsonl',
            gcsSource: { uris: ['gs://inputs/batch/part-2.jsonl', 'gs://inputs/other/*'] },
          },
          instanceConfig: { keyField: 'id' },
        }),
      });
      const { job } = await follow(created.name as string);
      expect(job.completionStats).toMatchObject({ successfulCount: '2', failedCount: '1' });
      const prefix = String(job.outputInfo?.gcsOutputDirectory).slice('gs://outputs/'.length);
      expect(lines('outputs', `${prefix}/prediction.results-00000-of-00001`)).toEqual([
        { key: 'img-3', prediction: { label: 'class-3', model: 'cifar10-classifier', version: '1' } },
        { key: 'img-9', prediction: { label: 'class-9', model: 'cifar10-classifier', version: '1' } },
      ]);
      expect(lines('outputs', `${prefix}/prediction.errors_stats-00000-of-00001`)).toEqual([
        { key: 'img-4', error: { code: 3, message: 'pixel 4 is cursed' } },
      ]);
    } finally {
      h.standIn.setPredictor((instance) => ({ echo: instance }));
    }
  });

  it('fails the job when no input object matches, or the output bucket does not exist', async () => {
    const noInput = await follow(
      (
        await h.jobs.createBatchPredictionJob({
          parent: PARENT,
          batchPredictionJob: batchJob({
            inputConfig: { instancesFormat: 'jsonl', gcsSource: { uris: ['gs://inputs/none/*.jsonl'] } },
          }),
        })
      )[0].name as string,
    );
    expect(noInput.job.state).toBe('JOB_STATE_FAILED');
    expect(noInput.job.error?.message).toContain('gs://inputs/none/*.jsonl');

    const noBucket = await follow(
      (
        await h.jobs.createBatchPredictionJob({
          parent: PARENT,
          batchPredictionJob: batchJob({
            outputConfig: {
              predictionsFormat: 'jsonl',
              gcsDestination: { outputUriPrefix: 'gs://missing-bucket/x' },
            },
          }),
        })
      )[0].name as string,
    );
    expect(noBucket.job.state).toBe('JOB_STATE_FAILED');
    expect(noBucket.job.error?.message).toContain('gs://missing-bucket/x');
  });

  it('cancels a running job, and refuses to cancel a finished one', async () => {
    h.standIn.script((job) => job.kind === 'batchPredictionJob' && job.displayName === 'slow-batch', {
      stayRunning: true,
    });
    const [created] = await h.jobs.createBatchPredictionJob({
      parent: PARENT,
      batchPredictionJob: batchJob({ displayName: 'slow-batch' }),
    });
    const name = created.name as string;
    for (let i = 0; i < 4; i++)
      expect((await h.jobs.getBatchPredictionJob({ name }))[0].state).toBe('JOB_STATE_RUNNING');
    await h.jobs.cancelBatchPredictionJob({ name });
    const { states, job } = await follow(name);
    expect(states).toEqual(['JOB_STATE_CANCELLED']);
    expect(job.error?.code).toBe(status.CANCELLED);
    expect((await rejection(h.jobs.cancelBatchPredictionJob({ name }))).code).toBe(
      status.FAILED_PRECONDITION,
    );
    const [operation] = await h.jobs.deleteBatchPredictionJob({ name });
    await operation.promise();
    expect((await rejection(h.jobs.getBatchPredictionJob({ name }))).code).toBe(status.NOT_FOUND);
  });

  it('lists with filters and pages', async () => {
    const [all] = await h.jobs.listBatchPredictionJobs({ parent: PARENT });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const [succeeded] = await h.jobs.listBatchPredictionJobs({
      parent: PARENT,
      filter: 'state="JOB_STATE_SUCCEEDED"',
    });
    expect(succeeded.every((job) => job.state === 'JOB_STATE_SUCCEEDED')).toBe(true);
    const [byModel] = await h.jobs.listBatchPredictionJobs({
      parent: PARENT,
      filter: 'model_display_name="cifar10-classifier" AND display_name:"nightly*"',
    });
    expect(byModel.length).toBe(all.length);
    const [page] = await h.jobs.listBatchPredictionJobs(
      { parent: PARENT, pageSize: 2 },
      { autoPaginate: false },
    );
    expect(page).toHaveLength(2);
  });
});

describe('CreateBatchPredictionJob checks', () => {
  const create = (job: Record<string, unknown>) =>
    h.jobs.createBatchPredictionJob({ parent: PARENT, batchPredictionJob: job });
  const expectCode = async (job: Record<string, unknown>, code: number, field?: string) => {
    const answer = await rejection(create(job));
    expect(answer.code, answer.details).toBe(code);
    if (field) expect(answer.fields).toContain(field);
    return answer.details;
  };

  it('wants a model that exists in the same location', async () => {
    await expectCode(batchJob({ model: `${PARENT}/models/nope` }), status.NOT_FOUND);
    await expectCode(batchJob({ model: 'cifar10' }), status.INVALID_ARGUMENT);
    await expectCode(batchJob({ model: undefined }), status.INVALID_ARGUMENT, 'batch_prediction_job.model');
    await expectCode(
      batchJob({ displayName: '' }),
      status.INVALID_ARGUMENT,
      'batch_prediction_job.display_name',
    );
  });

  it('wants an input config: a known format, gs:// URIs', async () => {
    const field = 'batch_prediction_job.input_config';
    await expectCode(batchJob({ inputConfig: undefined }), status.INVALID_ARGUMENT, field);
    await expectCode(
      batchJob({ inputConfig: { gcsSource: { uris: ['gs://inputs/a.jsonl'] } } }),
      status.INVALID_ARGUMENT,
      `${field}.instances_format`,
    );
    await expectCode(
      batchJob({ inputConfig: { instancesFormat: 'json', gcsSource: { uris: ['gs://inputs/a.jsonl'] } } }),
      status.INVALID_ARGUMENT,
      `${field}.instances_format`,
    );
    await expectCode(
      batchJob({ inputConfig: { instancesFormat: 'jsonl', gcsSource: { uris: [] } } }),
      status.INVALID_ARGUMENT,
    );
    await expectCode(
      batchJob({ inputConfig: { instancesFormat: 'jsonl', gcsSource: { uris: ['/local/a.jsonl'] } } }),
      status.INVALID_ARGUMENT,
      `${field}.gcs_source.uris`,
    );
    // Valid on Vertex AI, beyond what the stand-in runs.
    await expectCode(
      batchJob({ inputConfig: { instancesFormat: 'csv', gcsSource: { uris: ['gs://inputs/a.csv'] } } }),
      status.UNIMPLEMENTED,
    );
  });

  it('wants an output config: jsonl and a gs:// outputUriPrefix', async () => {
    const field = 'batch_prediction_job.output_config';
    await expectCode(batchJob({ outputConfig: undefined }), status.INVALID_ARGUMENT, field);
    await expectCode(
      batchJob({ outputConfig: { gcsDestination: { outputUriPrefix: 'gs://outputs/x' } } }),
      status.INVALID_ARGUMENT,
      `${field}.predictions_format`,
    );
    await expectCode(
      batchJob({ outputConfig: { predictionsFormat: 'jsonl' } }),
      status.INVALID_ARGUMENT,
      `${field}.gcs_destination.output_uri_prefix`,
    );
    await expectCode(
      batchJob({
        outputConfig: { predictionsFormat: 'jsonl', gcsDestination: { outputUriPrefix: 's3://outputs/x' } },
      }),
      status.INVALID_ARGUMENT,
      `${field}.gcs_destination.output_uri_prefix`,
    );
    await expectCode(
      batchJob({
        outputConfig: {
          predictionsFormat: 'tf-record',
          gcsDestination: { outputUriPrefix: 'gs://outputs/x' },
        },
      }),
      status.INVALID_ARGUMENT,
    );
  });

  it('checks labels and instanceConfig', async () => {
    await expectCode(
      batchJob({ labels: { 'Has Space': 'x' } }),
      status.INVALID_ARGUMENT,
      'batch_prediction_job.labels',
    );
    await expectCode(
      batchJob({ instanceConfig: { includedFields: ['a'], excludedFields: ['b'] } }),
      status.INVALID_ARGUMENT,
      'batch_prediction_job.instance_config',
    );
    const [ok] = await create(batchJob({ modelParameters: helpers.toValue({ confidence: 0.5 }) }));
    expect(ok.state).toBe('JOB_STATE_PENDING');
  });
});
