import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followPipelineJob, type JobChange } from '../src/follow.ts';
import { pipelineState } from '../src/pipeline-job-view.ts';
import { cancelPipelineJob, findPipelineJob, listPipelineJobs } from '../src/pipeline-jobs.ts';
import { JobIdTakenError, type PipelineJobRequest, submitPipelineJob } from '../src/submit.ts';
import { fakeClock, type Harness, PARENT, startHarness, tinySpec } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

function request(jobId: string, overrides: Partial<PipelineJobRequest> = {}): PipelineJobRequest {
  return {
    jobId,
    displayName: 'tiny',
    pipelineSpec: tinySpec(),
    specSha256: 'a'.repeat(64),
    labels: { team: 'vision' },
    runtimeConfig: { parameterValues: { epochs: 3 } },
    ...overrides,
  };
}

const describeChange = (change: JobChange) =>
  change.kind === 'job' ? `job ${change.state}` : `${change.task.name} ${change.task.state}`;

describe('submitPipelineJob', () => {
  it('creates the job with the spec as a Struct, typed parameters and the fingerprint labels', async () => {
    const submission = await submitPipelineJob(h.connection, request('create-1'));
    expect(submission.outcome).toBe('created');
    const job = h.vertex.pipelineJob('create-1') as {
      labels: Record<string, string>;
      runtimeConfig: { parameterValues: Record<string, unknown> };
      pipelineSpec: {
        fields: { pipelineInfo: { structValue: { fields: { name: { stringValue: string } } } } };
      };
    };
    expect(job.labels).toEqual({
      team: 'vision',
      'mlops-spec-sha256': 'a'.repeat(32),
      'mlops-config-sha256': expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(job.runtimeConfig.parameterValues.epochs).toMatchObject({ numberValue: 3 });
    expect(job.pipelineSpec.fields.pipelineInfo.structValue.fields.name.stringValue).toBe('tiny-pipeline');
  });

  it('attaches to its own job under the same id, and refuses another spec or other settings there', async () => {
    await submitPipelineJob(h.connection, request('attach-1'));
    const again = await submitPipelineJob(h.connection, request('attach-1'));
    expect(again).toMatchObject({
      outcome: 'attached',
      via: 'same-id',
      job: { name: `${PARENT}/pipelineJobs/attach-1` },
    });

    await expect(
      submitPipelineJob(h.connection, request('attach-1', { specSha256: 'b'.repeat(64) })),
    ).rejects.toThrow(new JobIdTakenError(`${PARENT}/pipelineJobs/attach-1`, 'other-spec'));
    await expect(
      submitPipelineJob(
        h.connection,
        request('attach-1', { runtimeConfig: { parameterValues: { epochs: 4 } } }),
      ),
    ).rejects.toThrow(/runs the same spec with different parameters or settings/);
  });

  it('retries UNAVAILABLE and a lost answer (DEADLINE_EXCEEDED after the job was created) into one job', async () => {
    h.vertex.faults.add({ method: 'CreatePipelineJob', action: { kind: 'grpc', code: 14 }, times: 1 });
    // The service creates the job, but answers after the client gave up: the retry meets ALREADY_EXISTS.
    h.vertex.faults.add({ method: 'CreatePipelineJob', action: { kind: 'delay', ms: 600 }, times: 1 });
    const clock = fakeClock(0.5); // the retry comes after the slow create has gone through
    const retries: string[] = [];
    const submission = await submitPipelineJob(h.connection, request('lost-answer'), {
      clock,
      timeoutMs: 300,
      onRetry: (error) => retries.push(String((error as { code: number }).code)),
    });
    expect(retries).toEqual(['14', '4']);
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(submission).toMatchObject({ outcome: 'attached', via: 'same-id' });
    const creates = h.vertex.calls.filter((call) => call.method === 'CreatePipelineJob').slice(-3);
    expect(creates.map((call) => call.code)).toEqual([14, 0, 6]);
  });

  it('follows an earlier attempt’s job that is running or succeeded, never one that failed', async () => {
    h.vertex.script('attempt-run-1', { stayRunning: true });
    h.vertex.script('failed-run-1', { failAtTask: 'a', afterPolls: 1 });
    await submitPipelineJob(h.connection, request('attempt-run-1'));
    await submitPipelineJob(h.connection, request('failed-run-1'));
    await findPipelineJob(h.connection, `${PARENT}/pipelineJobs/failed-run-1`); // one poll: FAILED

    const followed = await submitPipelineJob(h.connection, request('attempt-run-2'), {
      earlierJobIds: ['attempt-run-1'],
    });
    expect(followed).toMatchObject({
      outcome: 'attached',
      via: 'earlier-attempt',
      job: { name: `${PARENT}/pipelineJobs/attempt-run-1` },
    });
    expect(h.vertex.pipelineJob('attempt-run-2')).toBeUndefined();

    const fresh = await submitPipelineJob(h.connection, request('failed-run-2'), {
      earlierJobIds: ['failed-run-1', 'never-ran'],
    });
    expect(fresh.outcome).toBe('created');
  });
});

describe('followPipelineJob', () => {
  it('reports each job and task state change once, and ends with the final state', async () => {
    const { job } = await submitPipelineJob(h.connection, request('follow-1'));
    const changes: string[] = [];
    const result = await followPipelineJob(h.connection, job.name as string, {
      clock: fakeClock(),
      initial: job,
      onChange: (change) => changes.push(describeChange(change)),
    });
    expect(result).toMatchObject({ state: 'SUCCEEDED', ending: 'finished' });
    // One DAG level per poll; on each poll the job's own state comes first.
    expect(changes).toEqual([
      'job PENDING',
      'job RUNNING',
      'a RUNNING',
      'a SUCCEEDED',
      'b RUNNING',
      'c RUNNING',
      'job SUCCEEDED',
      'b SUCCEEDED',
      'c SUCCEEDED',
    ]);
  });

  it('backs off to no more than one call per 10 s after the first minute, then 30 s after ten', async () => {
    h.vertex.script('long-run', { stayRunning: true });
    const { job } = await submitPipelineJob(h.connection, request('long-run'));
    const clock = fakeClock();
    const result = await followPipelineJob(h.connection, job.name as string, {
      clock,
      timeoutMs: 15 * 60_000,
    });

    expect(result).toMatchObject({ ending: 'timed-out', state: 'RUNNING', elapsedMs: 15 * 60_000 });
    expect(clock.sleeps.slice(0, 6)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    let elapsed = 0;
    for (const sleep of clock.sleeps) {
      if (elapsed >= 60_000) expect(sleep).toBeGreaterThanOrEqual(10_000);
      if (elapsed >= 10 * 60_000 && elapsed + sleep < 15 * 60_000) expect(sleep).toBe(30_000);
      elapsed += sleep;
    }
    // ~90 calls in 15 minutes, where a fixed 1 s poll would have made 900.
    expect(clock.sleeps.length).toBeLessThan(80);
  });

  it('rides out transient errors of a poll, and stops at once when aborted', async () => {
    h.vertex.script('flaky-run', { stayRunning: true });
    const { job } = await submitPipelineJob(h.connection, request('flaky-run'));
    h.vertex.faults.add({ method: 'GetPipelineJob', action: { kind: 'grpc', code: 14 }, times: 2 });
    const controller = new AbortController();
    const pollErrors: number[] = [];
    const result = await followPipelineJob(h.connection, job.name as string, {
      clock: fakeClock(),
      signal: controller.signal,
      onPollError: (_, consecutive) => pollErrors.push(consecutive),
      onChange: (change) => {
        if (change.kind === 'task') controller.abort();
      },
    });
    expect(pollErrors).toEqual([1, 2]);
    expect(result).toMatchObject({ ending: 'aborted', state: 'RUNNING' });
  });
});

describe('cancel and list', () => {
  it('cancels a running job, and tells an ended or missing job apart', async () => {
    h.vertex.script('cancel-me', { stayRunning: true });
    const { job } = await submitPipelineJob(h.connection, request('cancel-me'));
    const name = job.name as string;
    expect(await cancelPipelineJob(h.connection, name)).toBe('cancelling');
    expect(pipelineState((await findPipelineJob(h.connection, name)) ?? {})).toBe('CANCELLED');
    expect(await cancelPipelineJob(h.connection, name)).toBe('already-finished');
    expect(await cancelPipelineJob(h.connection, `${PARENT}/pipelineJobs/nothing-here`)).toBe('not-found');
  });

  it('lists jobs by label, page by page', async () => {
    for (const id of ['listed-1', 'listed-2', 'listed-3']) {
      await submitPipelineJob(h.connection, request(id, { labels: { batch: 'listed' } }));
    }
    const jobs = await listPipelineJobs(h.connection, {
      filter: 'labels.batch="listed"',
      orderBy: 'create_time',
      max: 2,
    });
    expect(jobs.map((job) => job.name)).toEqual([
      `${PARENT}/pipelineJobs/listed-1`,
      `${PARENT}/pipelineJobs/listed-2`,
    ]);
  });
});
