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

async function createFixture(id: string, labels?: Record<string, string>) {
  const job = fixtureJob();
  const [created] = await h.pipelines.createPipelineJob({
    parent: PARENT,
    pipelineJobId: id,
    pipelineJob: asRequestJob({ ...job, labels: labels ?? job.labels }),
  });
  return created.name as string;
}

const stateOf = (tasks: { taskName?: string | null; state?: unknown }[] | null | undefined, name: string) =>
  tasks?.find((task) => task.taskName === name)?.state;

describe('scripted outcomes', () => {
  it('fails at a task with the scripted message; downstream tasks end NOT_TRIGGERED', async () => {
    h.standIn.script('fail-trainer', {
      failAtTask: 'Trainer',
      message: 'OOM: the Trainer ran out of memory',
    });
    const { states, job } = await followPipelineJob(h.pipelines, await createFixture('fail-trainer'));
    expect(states.at(-1)).toBe('PIPELINE_STATE_FAILED');
    expect(states.slice(0, -1).every((state) => state === 'PIPELINE_STATE_RUNNING')).toBe(true);
    expect(job.error?.code).toBe(status.FAILED_PRECONDITION);
    expect(job.error?.message).toMatch(
      /^The DAG failed because some tasks failed\. The failed tasks are: \[Trainer\]\.; Job \(project_id = demo-project, job_id = \d+\) is failed due to the above error\.$/,
    );
    const tasks = job.jobDetail?.taskDetails;
    const trainer = tasks?.find((task) => task.taskName === 'Trainer');
    expect(trainer?.state).toBe('FAILED');
    expect(trainer?.error?.message).toBe('OOM: the Trainer ran out of memory');
    expect(stateOf(tasks, 'Transform')).toBe('SUCCEEDED');
    expect(stateOf(tasks, 'Evaluator')).toBe('NOT_TRIGGERED');
    expect(stateOf(tasks, 'Pusher')).toBe('NOT_TRIGGERED');
    expect(stateOf(tasks, 'img-classification')).toBe('FAILED');
    expect(job.endTime).toBeTruthy();
  });

  it('fails on the poll afterPolls names', async () => {
    h.standIn.script('fail-fast-poll', { failAtTask: 'SchemaGen', message: 'bad schema', afterPolls: 3 });
    const { states } = await followPipelineJob(h.pipelines, await createFixture('fail-fast-poll'));
    expect(states).toEqual(['PIPELINE_STATE_RUNNING', 'PIPELINE_STATE_RUNNING', 'PIPELINE_STATE_FAILED']);
  });

  it('succeeds on exactly the n-th poll', async () => {
    for (const polls of [1, 2, 5, 12]) {
      h.standIn.script(`after-${polls}`, { succeedAfterPolls: polls });
      const { states, job } = await followPipelineJob(h.pipelines, await createFixture(`after-${polls}`));
      expect(states).toHaveLength(polls);
      expect(states.at(-1)).toBe('PIPELINE_STATE_SUCCEEDED');
      expect(job.jobDetail?.taskDetails?.every((task) => task.state === 'SUCCEEDED')).toBe(true);
    }
  });

  it('matches jobs by predicate, and the newest matching script wins', async () => {
    h.standIn.script((job) => job.labels.team === 'vision', { succeedAfterPolls: 1 });
    h.standIn.script((job) => job.labels.team === 'vision' && job.id.endsWith('-b'), {
      failAtTask: 'Pusher',
    });
    const a = await followPipelineJob(h.pipelines, await createFixture('vision-a', { team: 'vision' }));
    const b = await followPipelineJob(h.pipelines, await createFixture('vision-b', { team: 'vision' }));
    expect(a.states).toEqual(['PIPELINE_STATE_SUCCEEDED']);
    expect(b.job.state).toBe('PIPELINE_STATE_FAILED');
    expect(stateOf(b.job.jobDetail?.taskDetails, 'Pusher')).toBe('FAILED');
    expect(b.job.jobDetail?.taskDetails?.find((task) => task.taskName === 'Pusher')?.error?.message).toBe(
      'The replica workerpool0-0 exited with a non-zero status of 1.',
    );
  });

  it('answers INTERNAL naming the mistake when a script names a task the pipeline lacks', async () => {
    h.standIn.script('typo', { failAtTask: 'Trainr' });
    const answer = await rejection(createFixture('typo'));
    expect(answer.code).toBe(status.INTERNAL);
    expect(answer.details).toContain('"Trainr" is not a task of pipeline "img-classification"');
  });

  it('rejects malformed outcomes', () => {
    expect(() => h.standIn.script('x', { succeedAfterPolls: 0 })).toThrow(TypeError);
    expect(() => h.standIn.script('x', { failAtTask: 'Trainer', afterPolls: -1 })).toThrow(TypeError);
    expect(() => h.standIn.script('x', {} as never)).toThrow(TypeError);
  });
});

describe('failure policy', () => {
  // a → b, a → c → d: b fails while c runs; d only depends on c.
  const spec = () => {
    const base = kfpSpec() as { root: { dag: { tasks: Record<string, unknown> } } };
    base.root.dag.tasks.d = {
      componentRef: { name: 'comp-b' },
      dependentTasks: ['c'],
      taskInfo: { name: 'd' },
    };
    return base as unknown as Record<string, unknown>;
  };
  const run = async (id: string, failurePolicy?: string) => {
    h.standIn.script(id, { failAtTask: 'b' });
    const [job] = await h.pipelines.createPipelineJob({
      parent: PARENT,
      pipelineJobId: id,
      pipelineJob: asRequestJob({
        pipelineSpec: spec(),
        runtimeConfig: {
          gcsOutputDirectory: 'gs://bucket/root',
          ...(failurePolicy ? { failurePolicy } : {}),
        },
      }),
    });
    return (await followPipelineJob(h.pipelines, job.name as string)).job;
  };

  it('keeps running independent tasks by default (PIPELINE_FAILURE_POLICY_FAIL_SLOW)', async () => {
    const job = await run('fail-slow');
    expect(job.state).toBe('PIPELINE_STATE_FAILED');
    expect(stateOf(job.jobDetail?.taskDetails, 'd')).toBe('SUCCEEDED');
  });

  it('starts nothing new after a failure with PIPELINE_FAILURE_POLICY_FAIL_FAST', async () => {
    const job = await run('fail-fast', 'PIPELINE_FAILURE_POLICY_FAIL_FAST');
    expect(job.state).toBe('PIPELINE_STATE_FAILED');
    expect(stateOf(job.jobDetail?.taskDetails, 'c')).toBe('SUCCEEDED');
    expect(stateOf(job.jobDetail?.taskDetails, 'd')).toBe('NOT_TRIGGERED');
  });
});

describe('driving jobs without polls', () => {
  it('advances in-process with standIn.advance()', async () => {
    h.standIn.script('advanced', { succeedAfterPolls: 4 });
    const name = await createFixture('advanced');
    await h.standIn.advance(3);
    expect(h.standIn.pipelineJob('advanced')?.state).toBe('PIPELINE_STATE_RUNNING');
    await h.standIn.advance();
    expect(h.standIn.pipelineJob(name)?.state).toBe('PIPELINE_STATE_SUCCEEDED');
  });

  it('leaves progress to the timer (or advance()) with advanceOnPoll: false', async () => {
    const still = await startHarness({ advanceOnPoll: false });
    try {
      const [job] = await still.pipelines.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'still',
        pipelineJob: asRequestJob(fixtureJob()),
      });
      for (let i = 0; i < 3; i++) {
        expect((await still.pipelines.getPipelineJob({ name: job.name }))[0].state).toBe(
          'PIPELINE_STATE_PENDING',
        );
      }
      await still.standIn.advance();
      expect((await still.pipelines.getPipelineJob({ name: job.name }))[0].state).toBe(
        'PIPELINE_STATE_RUNNING',
      );
    } finally {
      await still.close();
    }
  });

  it('advances on a timer with advanceEveryMs', async () => {
    const timed = await startHarness({ advanceEveryMs: 10 });
    try {
      timed.standIn.script('timed', { succeedAfterPolls: 3 });
      await timed.pipelines.createPipelineJob({
        parent: PARENT,
        pipelineJobId: 'timed',
        pipelineJob: asRequestJob(fixtureJob()),
      });
      const deadline = Date.now() + 5000;
      while (
        timed.standIn.pipelineJob('timed')?.state !== 'PIPELINE_STATE_SUCCEEDED' &&
        Date.now() < deadline
      ) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(timed.standIn.pipelineJob('timed')?.state).toBe('PIPELINE_STATE_SUCCEEDED');
    } finally {
      await timed.close();
    }
  });
});
