// The building blocks the data loop reuses: models and batch prediction jobs, through the
// JobService and ModelService clients that connectVertex imports only when asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelBatchPredictionJob,
  createBatchPredictionJob,
  jobState,
  listBatchPredictionJobs,
  waitForBatchPredictionJob,
} from '../src/batch-prediction.ts';
import { findModel, listModels } from '../src/models.ts';
import { fakeClock, type Harness, PARENT, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.gcs.store.createBucket('eval-data');
  h.gcs.store.createBucket('eval-out');
  await h.gcs.store.write(
    'eval-data',
    'span-2/instances.jsonl',
    Buffer.from(['{"id":"a","pixels":[1]}', '{"id":"b","pixels":[2]}'].join('\n')),
  );
  const models = await h.connection.models();
  const [operation] = await models.uploadModel({
    parent: PARENT,
    modelId: 'cifar10',
    model: {
      displayName: 'cifar10-classifier',
      labels: { stage: 'released' },
      containerSpec: { imageUri: 'gcr.io/p/serving:1' },
    },
  });
  await operation.promise();
});
afterAll(() => h.close());

describe('models', () => {
  it('finds a model by id (or says there is none) and lists by label', async () => {
    expect((await findModel(h.connection, 'cifar10'))?.displayName).toBe('cifar10-classifier');
    expect(await findModel(h.connection, 'no-such-model')).toBeUndefined();
    const released = await listModels(h.connection, { filter: 'labels.stage="released"' });
    expect(released.map((model) => model.name)).toEqual([`${PARENT}/models/cifar10`]);
  });
});

describe('batch prediction jobs', () => {
  it('runs one to the end and finds its output folder', async () => {
    const job = await createBatchPredictionJob(h.connection, {
      displayName: 'evaluate-span-2',
      model: 'cifar10',
      instancesFormat: 'jsonl',
      sourceUris: ['gs://eval-data/span-2/*.jsonl'],
      predictionsFormat: 'jsonl',
      outputUriPrefix: 'gs://eval-out/predictions/',
      labels: { span: '2' },
      keyField: 'id',
    });
    const states: string[] = [];
    const done = await waitForBatchPredictionJob(h.connection, job.name as string, {
      clock: fakeClock(),
      onState: (state) => states.push(state),
    });
    expect(done.state).toBe('SUCCEEDED');
    expect(states.at(-1)).toBe('SUCCEEDED');
    expect(done.job.outputInfo?.gcsOutputDirectory).toMatch(
      /^gs:\/\/eval-out\/predictions\/prediction-cifar10-classifier-/,
    );
    expect(
      (await listBatchPredictionJobs(h.connection, { filter: 'labels.span="2"' })).map((j) => j.name),
    ).toEqual([job.name]);
  });

  it('cancels one, and reports a finished one as such', async () => {
    const job = await createBatchPredictionJob(h.connection, {
      displayName: 'cancel-me',
      model: `${PARENT}/models/cifar10`,
      instancesFormat: 'jsonl',
      sourceUris: ['gs://eval-data/span-2/*.jsonl'],
      predictionsFormat: 'jsonl',
      outputUriPrefix: 'gs://eval-out/cancelled/',
    });
    expect(jobState(job)).toBe('PENDING');
    expect(await cancelBatchPredictionJob(h.connection, job.name as string)).toBe('cancelling');
    const ended = await waitForBatchPredictionJob(h.connection, job.name as string, { clock: fakeClock() });
    expect(ended.state).toBe('CANCELLED');
    expect(await cancelBatchPredictionJob(h.connection, job.name as string)).toBe('already-finished');
  });
});
