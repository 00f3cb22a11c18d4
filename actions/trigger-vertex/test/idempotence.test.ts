// Never started twice: the built bundle re-run under the same id attaches, a later attempt follows
// an earlier attempt's job that has not failed, a different spec under the same id is refused,
// and an UNAVAILABLE create is retried without starting a second run.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createdJobs,
  errors,
  PARENT,
  removeWorkspaces,
  type StandIns,
  startStandIns,
  trigger,
  workspaceWith,
} from './harness.ts';

let s: StandIns;
beforeAll(async () => {
  s = await startStandIns();
});
afterAll(() => s.stop());
afterEach(removeWorkspaces);

const PARAMETERS = 'data_root: gs://demo-bucket/data';

describe('trigger-vertex never starts a run twice (built bundle)', () => {
  it('attaches to the job a re-run of the same attempt finds under its id', async () => {
    s.vertex.script('training-pipeline-8001-1', { succeedAfterPolls: 1 });
    const workspace = workspaceWith('training-pipeline.yaml');
    const run = () =>
      trigger(
        { spec: 'training-pipeline.yaml', parameters: PARAMETERS },
        { vertex: s.vertex, workspace, env: { GITHUB_RUN_ID: '8001' } },
      );
    const before = createdJobs(s.vertex);
    const first = await run();
    const second = await run();

    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    expect(createdJobs(s.vertex) - before).toBe(1);
    expect(second.outputs['job-id']).toBe('training-pipeline-8001-1');
    expect(second.outputs.state).toBe('SUCCEEDED');
    expect(second.log).toContain(
      `Pipeline job ${PARENT}/pipelineJobs/training-pipeline-8001-1 already exists with the same spec and settings`,
    );
    expect(second.summary).toContain('followed, not started again');
  });

  it('follows an earlier attempt’s job that has not failed, and starts anew after one that failed', async () => {
    s.vertex.script('training-pipeline-8002-1', { succeedAfterPolls: 1 });
    s.vertex.script('training-pipeline-8003-1', { failAtTask: 'preprocess', afterPolls: 1 });
    s.vertex.script((job) => job.id.endsWith('-2'), { succeedAfterPolls: 1 });
    const workspace = workspaceWith('training-pipeline.yaml');
    const inputs = { spec: 'training-pipeline.yaml', parameters: PARAMETERS };
    // Attempt 1 of both runs: one is left running (wait: false; it succeeds later), the other fails.
    await trigger(
      { ...inputs, wait: 'false' },
      { vertex: s.vertex, workspace, env: { GITHUB_RUN_ID: '8002' } },
    );
    await trigger(inputs, { vertex: s.vertex, workspace, env: { GITHUB_RUN_ID: '8003' } });

    const followed = await trigger(inputs, {
      vertex: s.vertex,
      workspace,
      env: { GITHUB_RUN_ID: '8002', GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(followed.exitCode).toBe(0);
    expect(followed.log).toContain(
      `An earlier attempt of this workflow run started pipeline job ${PARENT}/pipelineJobs/training-pipeline-8002-1`,
    );
    expect(followed.outputs).toMatchObject({ 'job-id': 'training-pipeline-8002-1', state: 'SUCCEEDED' });
    expect(followed.summary).toContain('Started by an earlier attempt of this workflow run');
    expect(s.vertex.pipelineJob('training-pipeline-8002-2')).toBeUndefined();

    const restarted = await trigger(inputs, {
      vertex: s.vertex,
      workspace,
      env: { GITHUB_RUN_ID: '8003', GITHUB_RUN_ATTEMPT: '2' },
    });
    expect(restarted.exitCode).toBe(0);
    expect(restarted.outputs['job-id']).toBe('training-pipeline-8003-2');
    expect(restarted.log).toContain(`Created pipeline job ${PARENT}/pipelineJobs/training-pipeline-8003-2.`);
  });

  it('refuses a job id that already holds a different spec, or the same spec with other parameters', async () => {
    s.vertex.script('shared-id', { succeedAfterPolls: 1 });
    const workspace = workspaceWith('training-pipeline.yaml', 'pipeline.json');
    const first = await trigger(
      { spec: 'training-pipeline.yaml', parameters: PARAMETERS, 'job-id': 'shared-id' },
      { vertex: s.vertex, workspace },
    );
    expect(first.exitCode).toBe(0);

    const otherSpec = await trigger(
      { spec: 'pipeline.json', 'job-id': 'shared-id' },
      { vertex: s.vertex, workspace },
    );
    expect(otherSpec.exitCode).toBe(1);
    expect(errors(otherSpec)).toEqual([
      `trigger-vertex: Pipeline job ${PARENT}/pipelineJobs/shared-id already exists and was created from a different pipeline spec. A job id names one run: set job-id to a new id, or delete that job.`,
    ]);

    const otherParameters = await trigger(
      { spec: 'training-pipeline.yaml', parameters: `${PARAMETERS}\nepochs: 3`, 'job-id': 'shared-id' },
      { vertex: s.vertex, workspace },
    );
    expect(errors(otherParameters)[0]).toContain(
      'already exists and runs the same spec with different parameters or settings',
    );
  });

  it('retries a create that met UNAVAILABLE, and starts exactly one run', async () => {
    s.vertex.script('training-pipeline-8004-1', { succeedAfterPolls: 1 });
    s.vertex.faults.add({
      method: 'CreatePipelineJob',
      action: { kind: 'grpc', code: 14, message: 'Visibility check was unavailable' },
      times: 1,
    });
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: 'training-pipeline.yaml', parameters: PARAMETERS },
      {
        vertex: s.vertex,
        workspace: workspaceWith('training-pipeline.yaml'),
        env: { GITHUB_RUN_ID: '8004' },
      },
    );

    expect(result.exitCode).toBe(0);
    expect(createdJobs(s.vertex) - before).toBe(1);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'Creating the pipeline job failed (UNAVAILABLE: Visibility check was unavailable); try 2 in 1s. The job id is fixed, so a retry cannot start a second run.',
    ]);
  });
});
