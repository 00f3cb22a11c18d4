import { status } from '@grpc/grpc-js';
import { createBackoffSettings, createRetryOptions } from 'google-gax';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asRequestJob, fixtureJob, type Harness, PARENT, rejection, startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.standIn.faults.clear();
});

const PIPELINE = '/google.cloud.aiplatform.v1.PipelineService';
const OPERATIONS = '/google.longrunning.Operations';

let counter = 0;
async function createJob(id = `fault-${++counter}`) {
  const [job] = await h.pipelines.createPipelineJob({
    parent: PARENT,
    pipelineJobId: id,
    pipelineJob: asRequestJob(fixtureJob()),
  });
  return job.name as string;
}

const codesOf = (method: string) =>
  h.standIn.calls.filter((call) => call.method === method).map((call) => call.code);

describe('injected UNAVAILABLE and the client’s own retry settings', () => {
  const upload = (displayName: string, options?: object) =>
    h.models.uploadModel(
      { parent: PARENT, model: { displayName, containerSpec: { imageUri: 'gcr.io/p/i' } } },
      options,
    );

  it('surfaces from operation.promise(): the polls reuse UploadModel’s call settings, which do not retry', async () => {
    // GetOperation is idempotent in google-gax's own Operations config, but an operation's polls run
    // with the settings of the call that started it (aiplatform 7.4: UploadModel is non-idempotent).
    const [operation] = await upload('not-retried');
    h.standIn.faults.add({
      route: `${OPERATIONS}/GetOperation`,
      action: { kind: 'grpc', code: status.UNAVAILABLE },
    });
    expect((await rejection(operation.promise())).code).toBe(status.UNAVAILABLE);
  });

  it('is ridden out while polling when the caller passes retry options to uploadModel', async () => {
    const retry = createRetryOptions(
      [status.UNAVAILABLE],
      createBackoffSettings(10, 1.5, 100, 5000, 1, 5000, 10000),
    );
    const [operation] = await upload('retried', { retry });
    h.standIn.faults.add({
      route: `${OPERATIONS}/GetOperation`,
      action: { kind: 'grpc', code: status.UNAVAILABLE },
      times: 2,
    });
    const before = codesOf('GetOperation').length;
    const injectedBefore = h.standIn.faults.injected.length;
    const [response] = await operation.promise();
    expect(response.modelVersionId).toBe('1');
    expect(codesOf('GetOperation').slice(before)).toEqual([
      status.UNAVAILABLE,
      status.UNAVAILABLE,
      status.OK,
    ]);
    expect(h.standIn.faults.injected.slice(injectedBefore).map((fault) => fault.route)).toEqual([
      `${OPERATIONS}/GetOperation`,
      `${OPERATIONS}/GetOperation`,
    ]);
  });

  it('surfaces on CreatePipelineJob, which the client config marks non-idempotent (no retry), and creates nothing', async () => {
    h.standIn.faults.add({
      method: 'CreatePipelineJob',
      action: { kind: 'grpc', code: status.UNAVAILABLE, message: 'try later' },
    });
    const answer = await rejection(createJob('not-created'));
    expect(answer.code).toBe(status.UNAVAILABLE);
    expect(answer.details).toBe('try later');
    expect(h.standIn.pipelineJob('not-created')).toBeUndefined();
    // The next attempt, made by the caller, goes through.
    await createJob('not-created');
  });

  it('surfaces on GetPipelineJob by default (aiplatform 7.4 marks every PipelineService method non-idempotent)', async () => {
    const name = await createJob();
    h.standIn.faults.add({
      route: `${PIPELINE}/GetPipelineJob`,
      action: { kind: 'grpc', code: status.UNAVAILABLE },
    });
    expect((await rejection(h.pipelines.getPipelineJob({ name }))).code).toBe(status.UNAVAILABLE);
  });

  it('is ridden out on GetPipelineJob when the caller passes retry options', async () => {
    const name = await createJob();
    h.standIn.faults.add({
      route: `${PIPELINE}/GetPipelineJob`,
      action: { kind: 'grpc', code: status.UNAVAILABLE },
      times: 3,
    });
    const retry = createRetryOptions(
      [status.UNAVAILABLE],
      createBackoffSettings(10, 1.5, 100, 5000, 1, 5000, 10000),
    );
    const [job] = await h.pipelines.getPipelineJob({ name }, { retry });
    expect(job.state).toBe('PIPELINE_STATE_RUNNING');
    expect(codesOf('GetPipelineJob').slice(-4)).toEqual([14, 14, 14, 0]);
  });
});

describe('other faults', () => {
  it('answers an HTTP-style status rule with the matching gRPC code (429 → RESOURCE_EXHAUSTED)', async () => {
    h.standIn.faults.add({ method: 'ListPipelineJobs', action: { kind: 'status', status: 429 } });
    expect((await rejection(h.pipelines.listPipelineJobs({ parent: PARENT }))).code).toBe(
      status.RESOURCE_EXHAUSTED,
    );
  });

  it('delays: a slow answer runs into the caller’s deadline', async () => {
    h.standIn.faults.add({ method: 'ListPipelineJobs', action: { kind: 'delay', ms: 400 } });
    const answer = await rejection(h.pipelines.listPipelineJobs({ parent: PARENT }, { timeout: 100 }));
    expect(answer.code).toBe(status.DEADLINE_EXCEEDED);
    h.standIn.faults.add({ method: 'ListPipelineJobs', action: { kind: 'delay', ms: 150 } });
    const started = Date.now();
    await h.pipelines.listPipelineJobs({ parent: PARENT });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection: the call fails UNAVAILABLE, and the client reconnects for the next one', async () => {
    const name = await createJob();
    h.standIn.faults.add({ method: 'GetPipelineJob', action: { kind: 'drop' } });
    expect((await rejection(h.pipelines.getPipelineJob({ name }))).code).toBe(status.UNAVAILABLE);
    const [job] = await h.pipelines.getPipelineJob({ name });
    expect(job.name).toBe(name);
  });

  it('injects into a fraction of matching calls, repeatably with a seed', async () => {
    const name = await createJob();
    const run = async () => {
      h.standIn.faults.clear();
      h.standIn.faults.reseed(7);
      h.standIn.faults.add({
        method: 'GetPipelineJob',
        action: { kind: 'grpc', code: status.INTERNAL },
        fraction: 0.5,
      });
      const codes: number[] = [];
      for (let i = 0; i < 12; i++) {
        codes.push(
          await h.pipelines.getPipelineJob({ name }).then(
            () => 0,
            (error: { code: number }) => error.code,
          ),
        );
      }
      return codes;
    };
    const first = await run();
    expect(first).toContain(status.INTERNAL);
    expect(first).toContain(0);
    expect(await run()).toEqual(first);
  });

  it('answers UNIMPLEMENTED for methods the stand-in does not serve, after the fault rules', async () => {
    const answer = await rejection(h.pipelines.listTrainingPipelines({ parent: PARENT }));
    expect(answer.code).toBe(status.UNIMPLEMENTED);
  });
});

describe('HTTP control API', () => {
  const control = (path: string, init?: RequestInit) =>
    fetch(`${h.standIn.controlUrl}/_emulator/${path}`, init);
  const post = (path: string, body: unknown) =>
    control(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('adds, lists and clears fault rules', async () => {
    const name = await createJob();
    const added = await post('faults', {
      method: 'GetPipelineJob',
      route: `${PIPELINE}/`,
      action: { kind: 'grpc', code: status.RESOURCE_EXHAUSTED },
      times: 1,
    });
    expect(added.status).toBe(200);
    expect(await added.json()).toEqual({ id: expect.any(Number) });
    expect((await rejection(h.pipelines.getPipelineJob({ name }))).code).toBe(status.RESOURCE_EXHAUSTED);
    const listed = (await (await control('faults')).json()) as {
      pending: unknown[];
      injected: { route: string }[];
    };
    expect(listed.pending).toEqual([]);
    expect(listed.injected.at(-1)?.route).toBe(`${PIPELINE}/GetPipelineJob`);

    await post('faults', { action: { kind: 'grpc', code: status.UNAVAILABLE }, times: 5 });
    expect((await control('faults', { method: 'DELETE' })).status).toBe(200);
    await h.pipelines.getPipelineJob({ name });

    const bad = await post('faults', { action: { kind: 'grpc', code: 99 } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('gRPC status code');
  });

  it('scripts outcomes, advances jobs and reports their states', async () => {
    expect((await post('scripts', { job: 'ctl-job', outcome: { succeedAfterPolls: 2 } })).status).toBe(200);
    const name = await createJob('ctl-job');
    expect((await post('advance', { ticks: 2 })).status).toBe(200);
    const jobs = (await (await control('jobs')).json()) as {
      pipelineJobs: { name: string; state: string }[];
    };
    expect(jobs.pipelineJobs.find((job) => job.name === name)?.state).toBe('PIPELINE_STATE_SUCCEEDED');

    expect((await post('scripts', { job: 'x', outcome: { fail: true } })).status).toBe(400);
    expect((await post('scripts', { outcome: { stayRunning: true } })).status).toBe(400);
    expect((await post('advance', { ticks: 0 })).status).toBe(400);
    expect((await control('scripts', { method: 'DELETE' })).status).toBe(200);
    expect((await control('nothing')).status).toBe(404);
  });
});
