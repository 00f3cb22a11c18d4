// The built bundle on Node 24 (packages/runner) against the Vertex AI stand-in: a run that
// succeeds, one that fails at a task, a workflow cancelled mid-run (the post step cancels the job),
// and the timeout with and without cancel-on-timeout.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createdJobs,
  errors,
  PARENT,
  RUN_ID,
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

describe('trigger-vertex (built bundle on Node 24)', () => {
  it('starts the TFX pipeline, logs each task as it changes, and succeeds with the outputs and a summary', async () => {
    // Two polls: the first finds most tasks done and Pusher running, the second the end.
    s.vertex.script('img-classification-4242424242-1', { succeedAfterPolls: 2 });
    const result = await trigger(
      { spec: 'pipeline.json' },
      { vertex: s.vertex, workspace: workspaceWith('pipeline.json') },
    );

    expect(result.main.stderr).toBe('');
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    const id = 'img-classification-4242424242-1';
    expect(result.outputs).toEqual({
      'job-name': `${PARENT}/pipelineJobs/${id}`,
      'job-id': id,
      state: 'SUCCEEDED',
      'console-url': `https://console.cloud.google.com/vertex-ai/locations/us-central1/pipelines/runs/${id}?project=demo-project`,
    });
    // Each change once: the job's states, then every task's.
    expect(result.log).toContain(`Created pipeline job ${PARENT}/pipelineJobs/${id}.`);
    expect(result.log).toMatch(/\] Pipeline job: PENDING\n/);
    expect(result.log).toMatch(/\] Pipeline job: PENDING → RUNNING\n/);
    expect(result.log).toMatch(/\] Pusher: RUNNING\n/);
    expect(result.log).toMatch(/\] Pusher: RUNNING → SUCCEEDED\n/);
    expect(result.log.match(/\] Trainer: /g)).toHaveLength(1);
    expect(result.log).toMatch(/\] Pipeline job: RUNNING → SUCCEEDED\n/);
    expect(result.log).toContain(`Pipeline job ${id} SUCCEEDED after`);

    const job = s.vertex.pipelineJob(id) as { labels: Record<string, string>; displayName: string };
    expect(job.displayName).toBe('img-classification');
    expect(job.labels).toMatchObject({
      tfx_version: '1-9-0', // the file's own labels are kept
      'github-repository': 'octo-org_octo-repo',
      'github-run-id': RUN_ID,
      'github-commit': 'ffac537e6cbbf934b08745a378932722df287a53',
      'mlops-spec-sha256': expect.stringMatching(/^[0-9a-f]{32}$/),
    });

    expect(result.summary).toContain('### ✅ Vertex AI pipeline img\\-classification: SUCCEEDED');
    expect(result.summary).toContain(
      `[${id.replace(/-/g, '\\-')}](https://console.cloud.google.com/vertex-ai/`,
    );
    expect(result.summary).toContain('| `Trainer` | SUCCEEDED |');
    expect(result.summary).toContain('```mermaid\nflowchart TD');
    expect(result.summary).toContain('Trainer (SUCCEEDED)');
    // Nothing to cancel: post-if is cancelled().
    expect(result.post?.conclusion).toBe('skipped');
  });

  it('fails at a named task with the job error and the failing task, and still reports', async () => {
    s.vertex.script('training-pipeline-7001-1', {
      failAtTask: 'train',
      message: 'ResourceExhausted: out of memory',
      afterPolls: 1,
    });
    const result = await trigger(
      { spec: 'training-pipeline.yaml', parameters: '{"data_root": "gs://demo-bucket/data"}' },
      {
        vertex: s.vertex,
        workspace: workspaceWith('training-pipeline.yaml'),
        env: { GITHUB_RUN_ID: '7001' },
      },
    );

    expect(result.exitCode).toBe(1);
    expect(result.outputs.state).toBe('FAILED');
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^trigger-vertex: Pipeline job training-pipeline-7001-1 FAILED: The DAG failed because some tasks failed\. The failed tasks are: \[train\]\..*\. Failed task: train \(ResourceExhausted: out of memory\)\. Logs: https:\/\/console\.cloud\.google\.com\//,
      ),
    ]);
    expect(result.log).toMatch(/\] train: FAILED — ResourceExhausted: out of memory\n/);
    expect(result.summary).toContain('### ❌ Vertex AI pipeline training\\-pipeline: FAILED');
    expect(result.summary).toContain('| `evaluate` | NOT\\_TRIGGERED |');
  });

  it('cancels the job in the post step when the workflow is cancelled', async () => {
    s.vertex.script('training-pipeline-7002-1', { stayRunning: true });
    const result = await trigger(
      { spec: 'training-pipeline.yaml', parameters: 'data_root: gs://demo-bucket/data' },
      {
        vertex: s.vertex,
        workspace: workspaceWith('training-pipeline.yaml'),
        env: { GITHUB_RUN_ID: '7002' },
        cancelAfterMs: 3000,
      },
    );

    expect(result.main.conclusion).toBe('cancelled');
    expect(errors(result)).toContain(
      'trigger-vertex: The workflow was cancelled while pipeline job training-pipeline-7002-1 was RUNNING; the post step cancels it (cancel-on-workflow-cancel).',
    );
    expect(result.post?.conclusion).toBe('success');
    expect(result.log).toContain(
      `The workflow was cancelled: cancelled pipeline job ${PARENT}/pipelineJobs/training-pipeline-7002-1 (now CANCELLED).`,
    );
    expect((s.vertex.pipelineJob('training-pipeline-7002-1') as { state: string }).state).toBe(
      'PIPELINE_STATE_CANCELLED',
    );
  });

  it('on timeout fails and leaves the job running, or cancels it with cancel-on-timeout', async () => {
    s.vertex.script((job) => job.id.startsWith('training-pipeline-7003-'), { stayRunning: true });
    const workspace = workspaceWith('training-pipeline.yaml');
    const inputs = {
      spec: 'training-pipeline.yaml',
      parameters: 'data_root: gs://demo-bucket/data',
      timeout: '2s',
    };
    const [left, cancelled] = await Promise.all([
      trigger(
        { ...inputs, 'job-id': 'training-pipeline-7003-left' },
        { vertex: s.vertex, workspace, env: { GITHUB_RUN_ID: '7003' } },
      ),
      trigger(
        { ...inputs, 'job-id': 'training-pipeline-7003-cancelled', 'cancel-on-timeout': 'true' },
        { vertex: s.vertex, workspace, env: { GITHUB_RUN_ID: '7003' } },
      ),
    ]);

    expect(left.exitCode).toBe(1);
    expect(left.outputs.state).toBe('RUNNING');
    expect(errors(left)[0]).toMatch(
      /^trigger-vertex: Pipeline job training-pipeline-7003-left did not finish within 2s \(the timeout input\) and keeps running \(RUNNING\): https:.*Set cancel-on-timeout: true to stop it/,
    );
    expect((s.vertex.pipelineJob('training-pipeline-7003-left') as { state: string }).state).toBe(
      'PIPELINE_STATE_RUNNING',
    );

    expect(cancelled.exitCode).toBe(1);
    expect(cancelled.outputs.state).toBe('CANCELLED');
    expect(errors(cancelled)).toEqual([
      'trigger-vertex: Pipeline job training-pipeline-7003-cancelled did not finish within 2s (the timeout input) and was cancelled (now CANCELLED).',
    ]);
    expect(cancelled.summary).toContain('### ⏱️ Vertex AI pipeline training\\-pipeline: CANCELLED');
    expect(createdJobs(s.vertex)).toBeGreaterThanOrEqual(2);
  });
});
