import { helpers } from '@google-cloud/aiplatform';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asRequestJob,
  fixtureJob,
  followPipelineJob,
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

type TaskDetail = { taskId?: unknown; parentTaskId?: unknown; taskName?: string | null; state?: unknown };

function taskStates(job: {
  jobDetail?: { taskDetails?: TaskDetail[] | null } | null;
}): Record<string, string> {
  return Object.fromEntries(
    (job.jobDetail?.taskDetails ?? []).map((task) => [task.taskName, String(task.state)]),
  );
}

describe('PipelineService with the real TFX-compiled spec', () => {
  it('creates the fixture job PENDING and follows it through the DAG to SUCCEEDED', async () => {
    const fixture = fixtureJob();
    const [created] = await h.pipelines.createPipelineJob({
      parent: PARENT,
      pipelineJobId: 'img-classification-run-1',
      pipelineJob: asRequestJob(fixture),
    });
    expect(created.name).toBe(`${PARENT}/pipelineJobs/img-classification-run-1`);
    expect(created.state).toBe('PIPELINE_STATE_PENDING');
    expect(created.displayName).toBe('img-classification');
    expect(created.labels).toEqual(fixture.labels);
    expect(created.runtimeConfig?.gcsOutputDirectory).toBe(fixture.runtimeConfig.gcsOutputDirectory);
    expect(created.createTime?.seconds).toBeDefined();
    expect(created.jobDetail).toBeNull();
    // The spec comes back as submitted.
    expect(helpers.fromValue({ kind: 'structValue', structValue: created.pipelineSpec } as never)).toEqual(
      fixture.pipelineSpec,
    );

    // Per-task progress: every poll shows which tasks run, each only after its dependentTasks.
    const progress: Record<string, string>[] = [];
    let job = created;
    for (let poll = 0; poll < 20 && job.state !== 'PIPELINE_STATE_SUCCEEDED'; poll++) {
      [job] = await h.pipelines.getPipelineJob({ name: created.name });
      progress.push(taskStates(job));
    }
    expect(job.state).toBe('PIPELINE_STATE_SUCCEEDED');
    // 7 DAG levels, one per poll, then the last level completes.
    expect(progress).toHaveLength(8);
    expect(progress[0]).toEqual({
      'img-classification': 'RUNNING',
      ImportExampleGen: 'RUNNING',
      'latest_blessed_model_resolver-model-blessing-resolver': 'RUNNING',
      'latest_blessed_model_resolver-model-resolver': 'RUNNING',
    });
    const trainerRunning = progress.find((states) => states.Trainer === 'RUNNING');
    expect(trainerRunning).toMatchObject({ SchemaGen: 'SUCCEEDED', Transform: 'SUCCEEDED' });
    expect(trainerRunning?.Evaluator).toBeUndefined();

    const tasks = job.jobDetail?.taskDetails ?? [];
    expect(tasks).toHaveLength(10); // the root DAG task and the 9 tasks
    const [root, ...children] = tasks;
    expect(root?.taskName).toBe('img-classification');
    expect(children.every((task) => task.parentTaskId === root?.taskId)).toBe(true);
    expect(new Set(children.map((task) => task.state))).toEqual(new Set(['SUCCEEDED']));
    const end = (name: string) =>
      Number(tasks.find((task) => task.taskName === name)?.endTime?.seconds ?? 0) * 1000 +
      (tasks.find((task) => task.taskName === name)?.endTime?.nanos ?? 0) / 1e6;
    const start = (name: string) =>
      Number(tasks.find((task) => task.taskName === name)?.startTime?.seconds ?? 0) * 1000 +
      (tasks.find((task) => task.taskName === name)?.startTime?.nanos ?? 0) / 1e6;
    for (const [name, spec] of Object.entries(
      fixture.pipelineSpec.root as { dag: { tasks: Record<string, { dependentTasks?: string[] }> } },
    ).flatMap(([, root]) => Object.entries(root.tasks))) {
      for (const dep of spec.dependentTasks ?? []) expect(start(name)).toBeGreaterThanOrEqual(end(dep));
    }
    expect(job.startTime).toBeTruthy();
    expect(job.endTime).toBeTruthy();
    expect(job.error).toBeNull();
  });

  it('generates a numeric id when pipelineJobId is omitted', async () => {
    const [job] = await h.pipelines.createPipelineJob({
      parent: PARENT,
      pipelineJob: asRequestJob(fixtureJob()),
    });
    expect(job.name).toMatch(new RegExp(`^${PARENT}/pipelineJobs/\\d{19}$`));
  });

  it('answers NOT_FOUND for a job that does not exist and INVALID_ARGUMENT for a malformed name', async () => {
    expect((await rejection(h.pipelines.getPipelineJob({ name: `${PARENT}/pipelineJobs/nope` }))).code).toBe(
      status.NOT_FOUND,
    );
    expect((await rejection(h.pipelines.getPipelineJob({ name: 'pipelineJobs/nope' }))).code).toBe(
      status.INVALID_ARGUMENT,
    );
  });
});

describe('ListPipelineJobs', () => {
  const parent = 'projects/demo-project/locations/europe-west4';

  beforeAll(async () => {
    const spec = kfpSpec();
    for (const [id, displayName, env] of [
      ['train-a', 'nightly-train', 'prod'],
      ['train-b', 'nightly-train', 'dev'],
      ['eval-c', 'weekly-eval', 'prod'],
      ['eval-d', 'weekly-eval', 'dev'],
      ['misc-e', 'adhoc', 'dev'],
    ] as const) {
      await h.pipelines.createPipelineJob({
        parent,
        pipelineJobId: id,
        pipelineJob: asRequestJob({
          displayName,
          labels: { env },
          pipelineSpec: spec,
          runtimeConfig: { gcsOutputDirectory: 'gs://bucket/root' },
        }),
      });
    }
    h.standIn.script('misc-e', { succeedAfterPolls: 1 });
    await h.pipelines.createPipelineJob({
      parent,
      pipelineJobId: 'misc-f',
      pipelineJob: asRequestJob({
        displayName: 'adhoc',
        pipelineSpec: spec,
        runtimeConfig: { gcsOutputDirectory: 'gs://bucket/r' },
      }),
    });
    h.standIn.script('misc-f', { succeedAfterPolls: 1 });
    // Scripts apply to jobs created after them: misc-f is unscripted; finish it by polling.
    await followPipelineJob(h.pipelines, `${parent}/pipelineJobs/misc-f`);
  });

  const ids = (jobs: { name?: string | null }[]) => jobs.map((job) => job.name?.split('/').pop());

  it('lists newest first by default, without job_detail (the list view)', async () => {
    const [jobs] = await h.pipelines.listPipelineJobs({ parent });
    expect(ids(jobs)).toEqual(['misc-f', 'misc-e', 'eval-d', 'eval-c', 'train-b', 'train-a']);
    expect(jobs.every((job) => job.jobDetail === null)).toBe(true);
  });

  it('filters on display_name (= and : wildcard), state, labels and create_time, with AND / OR / NOT', async () => {
    const list = async (filter: string) => ids((await h.pipelines.listPipelineJobs({ parent, filter }))[0]);
    expect(await list('display_name="nightly-train"')).toEqual(['train-b', 'train-a']);
    expect(await list('displayName:"*eval*"')).toEqual(['eval-d', 'eval-c']);
    expect(await list('display_name:"train"')).toEqual(['train-b', 'train-a']);
    expect(await list('labels.env="prod"')).toEqual(['eval-c', 'train-a']);
    expect(await list('labels.env:*')).toHaveLength(5);
    expect(await list('labels:env AND display_name="adhoc"')).toEqual(['misc-e']);
    expect(await list('state="PIPELINE_STATE_SUCCEEDED"')).toEqual(['misc-f']);
    expect(await list('state!="PIPELINE_STATE_SUCCEEDED" AND labels.env="dev"')).toEqual([
      'misc-e',
      'eval-d',
      'train-b',
    ]);
    expect(await list('labels.env="prod" OR display_name="adhoc"')).toEqual([
      'misc-f',
      'misc-e',
      'eval-c',
      'train-a',
    ]);
    expect(await list('NOT labels.env="dev"')).toEqual(['misc-f', 'eval-c', 'train-a']);
    expect(await list('-labels.env="dev"')).toEqual(['misc-f', 'eval-c', 'train-a']);
    expect(await list('create_time>"2000-01-01T00:00:00Z"')).toHaveLength(6);
    expect(await list('create_time<"2000-01-01T00:00:00Z"')).toEqual([]);
    expect(await list('pipeline_name="tiny-pipeline" AND (labels.env="prod" OR labels.env="none")')).toEqual([
      'eval-c',
      'train-a',
    ]);
  });

  it('rejects filters it cannot read with INVALID_ARGUMENT', async () => {
    for (const filter of ['display_name=', 'colour="red"', 'create_time>"yesterday"', '(state="x"']) {
      const { code } = await rejection(h.pipelines.listPipelineJobs({ parent, filter }));
      expect(code, filter).toBe(status.INVALID_ARGUMENT);
    }
  });

  it('orders by create_time / update_time / end_time, asc or desc', async () => {
    const [asc] = await h.pipelines.listPipelineJobs({ parent, orderBy: 'create_time' });
    expect(ids(asc)).toEqual(['train-a', 'train-b', 'eval-c', 'eval-d', 'misc-e', 'misc-f']);
    const [byEnd] = await h.pipelines.listPipelineJobs({ parent, orderBy: 'end_time desc, create_time' });
    expect(ids(byEnd)[0]).toBe('misc-f'); // the only one with an end time
    const { code } = await rejection(h.pipelines.listPipelineJobs({ parent, orderBy: 'display_name' }));
    expect(code).toBe(status.INVALID_ARGUMENT);
  });

  it('pages with page_size and page_token, which the client follows on its own', async () => {
    const [first, next, response] = await h.pipelines.listPipelineJobs(
      { parent, pageSize: 4, orderBy: 'create_time' },
      { autoPaginate: false },
    );
    expect(ids(first)).toEqual(['train-a', 'train-b', 'eval-c', 'eval-d']);
    expect(response?.nextPageToken).toBeTruthy();
    const [second, last] = await h.pipelines.listPipelineJobs(next as never, { autoPaginate: false });
    expect(ids(second)).toEqual(['misc-e', 'misc-f']);
    expect(last).toBeNull();

    const all = [];
    for await (const job of h.pipelines.listPipelineJobsAsync({ parent, pageSize: 2 })) all.push(job);
    expect(all).toHaveLength(6);

    // A token from another query is refused.
    const { code } = await rejection(
      h.pipelines.listPipelineJobs(
        { parent, pageSize: 4, pageToken: response?.nextPageToken ?? '', filter: 'labels.env="dev"' },
        { autoPaginate: false },
      ),
    );
    expect(code).toBe(status.INVALID_ARGUMENT);
  });
});

describe('CancelPipelineJob and DeletePipelineJob', () => {
  it('cancels a running job: CANCELLING, then CANCELLED with code 1, running and unstarted tasks CANCELLED', async () => {
    h.standIn.script('to-cancel', { stayRunning: true });
    const [job] = await h.pipelines.createPipelineJob({
      parent: PARENT,
      pipelineJobId: 'to-cancel',
      pipelineJob: asRequestJob(fixtureJob()),
    });
    const name = job.name as string;
    await h.pipelines.getPipelineJob({ name });
    const [running] = await h.pipelines.getPipelineJob({ name });
    expect(running.state).toBe('PIPELINE_STATE_RUNNING');
    expect(taskStates(running).StatisticsGen).toBe('RUNNING');

    await h.pipelines.cancelPipelineJob({ name });
    expect(h.standIn.pipelineJob('to-cancel')?.state).toBe('PIPELINE_STATE_CANCELLING');
    const { states, job: cancelled } = await followPipelineJob(h.pipelines, name);
    expect(states).toEqual(['PIPELINE_STATE_CANCELLED']);
    expect(cancelled.error?.code).toBe(status.CANCELLED);
    const tasks = taskStates(cancelled);
    expect(tasks.ImportExampleGen).toBe('SUCCEEDED');
    expect(tasks.StatisticsGen).toBe('CANCELLED');
    expect(tasks.Pusher).toBe('CANCELLED');
    expect(tasks['img-classification']).toBe('CANCELLED');

    const again = await rejection(h.pipelines.cancelPipelineJob({ name }));
    expect(again.code).toBe(status.FAILED_PRECONDITION);
    expect(again.details).toBe(
      `The PipelineJob "${name}" is in state PIPELINE_STATE_CANCELLED and cannot be canceled.`,
    );
  });

  it('stays RUNNING as scripted, however often it is polled', async () => {
    h.standIn.script('forever', { stayRunning: true });
    const [job] = await h.pipelines.createPipelineJob({
      parent: PARENT,
      pipelineJobId: 'forever',
      pipelineJob: asRequestJob(fixtureJob()),
    });
    let last = job;
    for (let i = 0; i < 15; i++) [last] = await h.pipelines.getPipelineJob({ name: job.name });
    expect(last.state).toBe('PIPELINE_STATE_RUNNING');
    expect(taskStates(last).Pusher).toBe('RUNNING');
  });

  it('deletes only finished jobs, through a long-running operation the client waits on', async () => {
    h.standIn.script('to-delete', { succeedAfterPolls: 1 });
    const [job] = await h.pipelines.createPipelineJob({
      parent: PARENT,
      pipelineJobId: 'to-delete',
      pipelineJob: asRequestJob(fixtureJob()),
    });
    const name = job.name as string;
    const busy = await rejection(h.pipelines.deletePipelineJob({ name }));
    expect(busy.code).toBe(status.FAILED_PRECONDITION);

    await followPipelineJob(h.pipelines, name);
    const [operation] = await h.pipelines.deletePipelineJob({ name });
    expect(operation.name).toMatch(new RegExp(`^${name}/operations/\\d+$`));
    expect(operation.done).toBe(false);
    await operation.promise();
    expect(operation.done).toBe(true);
    expect((await rejection(h.pipelines.getPipelineJob({ name }))).code).toBe(status.NOT_FOUND);
  });
});

describe('project and location scope', () => {
  it('refuses other projects and locations, and names resources by project number when given one', async () => {
    const scoped = await startHarness({
      project: 'demo-project',
      projectNumber: '123456789012',
      location: 'us-central1',
    });
    try {
      const denied = await rejection(
        scoped.pipelines.createPipelineJob({
          parent: 'projects/other/locations/us-central1',
          pipelineJob: asRequestJob(fixtureJob()),
        }),
      );
      expect(denied.code).toBe(status.PERMISSION_DENIED);
      expect(denied.details).toContain("Permission 'aiplatform.pipelineJobs.create' denied");
      const wrongRegion = await rejection(
        scoped.pipelines.listPipelineJobs({ parent: 'projects/demo-project/locations/europe-west4' }),
      );
      expect(wrongRegion.code).toBe(status.INVALID_ARGUMENT);

      const [job] = await scoped.pipelines.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'by-number',
        pipelineJob: asRequestJob(fixtureJob()),
      });
      expect(job.name).toBe('projects/123456789012/locations/us-central1/pipelineJobs/by-number');
      // Either form of the name reaches it.
      const [byId] = await scoped.pipelines.getPipelineJob({ name: `${PARENT}/pipelineJobs/by-number` });
      expect(byId.name).toBe(job.name);
    } finally {
      await scoped.close();
    }
  });
});
