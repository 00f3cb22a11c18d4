import { stepsDone } from './pacing.ts';
import type { SpecTask } from './pipeline-spec.ts';
import type { ProtoStatus } from './proto-types.ts';
import { toTimestamp } from './proto-values.ts';
import type { Outcome } from './scripts.ts';

/**
 * One pipeline job's execution: its DAG planned up front as steps (each step completes the running
 * tasks and starts those whose dependentTasks all SUCCEEDED), then applied as polls or time pass.
 * After a failure, tasks that depend on the failed one never start (with the FAIL_FAST policy no
 * task starts) and end NOT_TRIGGERED; a cancel turns running and unstarted tasks CANCELLED.
 */

export type JobState =
  | 'PIPELINE_STATE_PENDING'
  | 'PIPELINE_STATE_RUNNING'
  | 'PIPELINE_STATE_SUCCEEDED'
  | 'PIPELINE_STATE_FAILED'
  | 'PIPELINE_STATE_CANCELLING'
  | 'PIPELINE_STATE_CANCELLED';

export type TaskState = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLING' | 'CANCELLED' | 'NOT_TRIGGERED';

const TERMINAL: JobState[] = [
  'PIPELINE_STATE_SUCCEEDED',
  'PIPELINE_STATE_FAILED',
  'PIPELINE_STATE_CANCELLED',
];

/** FAILED_PRECONDITION is how Vertex AI reports a DAG whose tasks failed. */
const DAG_FAILED_CODE = 9;
const DEFAULT_TASK_ERROR = 'The replica workerpool0-0 exited with a non-zero status of 1.';

interface Step {
  start: string[];
  succeed: string[];
  fail: string[];
}

interface TaskRecord {
  taskId: string;
  name: string;
  state: TaskState;
  createTime: Date;
  startTime: Date;
  endTime?: Date;
  error?: ProtoStatus;
  history: { state: TaskState; updateTime: Date }[];
}

export interface PipelineRunOptions {
  pipelineName: string;
  tasks: SpecTask[];
  outcome: Outcome | undefined;
  failFast: boolean;
  /** Shown in the job error, as Vertex AI's "Job (project_id = …, job_id = …)". */
  project: string;
  /** Hands out task ids (int64, as strings). */
  nextTaskId: () => string;
  now: Date;
}

export class PipelineRun {
  state: JobState = 'PIPELINE_STATE_PENDING';
  startTime: Date | undefined;
  endTime: Date | undefined;
  updateTime: Date;
  error: ProtoStatus | undefined;

  private readonly options: PipelineRunOptions;
  private readonly steps: Step[];
  private readonly taskOrder: string[];
  private readonly tasks = new Map<string, TaskRecord>();
  private root: TaskRecord | undefined;
  private readonly internalJobId: string;
  private ticks = 0;
  private applied = 0;

  constructor(options: PipelineRunOptions) {
    this.options = options;
    this.updateTime = options.now;
    this.taskOrder = options.tasks.map((task) => task.name);
    const failAt =
      options.outcome && 'failAtTask' in options.outcome ? options.outcome.failAtTask : undefined;
    if (failAt !== undefined && !this.taskOrder.includes(failAt)) {
      throw new Error(
        `scripted failAtTask "${failAt}" is not a task of pipeline "${options.pipelineName}" (tasks: ${this.taskOrder.join(', ')})`,
      );
    }
    this.steps = plan(options.tasks, failAt, options.failFast);
    this.internalJobId = options.nextTaskId();
  }

  get terminal(): boolean {
    return TERMINAL.includes(this.state);
  }

  /** One poll (or timer tick): applies the steps the pacing says are due by now. */
  tick(now: Date): void {
    if (this.terminal) return;
    if (this.state === 'PIPELINE_STATE_CANCELLING') {
      this.finishCancel(now);
      return;
    }
    this.ticks++;
    const due = stepsDone(this.ticks, this.steps.length, this.options.outcome);
    while (this.applied < due) this.apply(this.steps[this.applied++] as Step, now);
  }

  /** Starts cancelling; the next tick ends it CANCELLED. The caller refuses terminal jobs. */
  cancel(now: Date): void {
    if (this.state === 'PIPELINE_STATE_CANCELLING') return;
    this.state = 'PIPELINE_STATE_CANCELLING';
    for (const task of this.allTasks()) if (task.state === 'RUNNING') this.setTask(task, 'CANCELLING', now);
    this.updateTime = now;
  }

  /** PipelineJob.job_detail.task_details: the root DAG task, then every task that has started. */
  taskDetails(): unknown[] {
    return this.allTasks().map((task) => ({
      taskId: task.taskId,
      ...(task === this.root ? {} : { parentTaskId: this.root?.taskId }),
      taskName: task.name,
      taskUniqueName: task === this.root ? task.name : `${this.root?.name}.${task.name}`,
      createTime: toTimestamp(task.createTime),
      startTime: toTimestamp(task.startTime),
      ...(task.endTime ? { endTime: toTimestamp(task.endTime) } : {}),
      state: task.state,
      ...(task.error ? { error: task.error } : {}),
      pipelineTaskStatus: task.history.map((entry) => ({
        updateTime: toTimestamp(entry.updateTime),
        state: entry.state,
      })),
    }));
  }

  get hasDetail(): boolean {
    return this.root !== undefined;
  }

  private allTasks(): TaskRecord[] {
    const ordered = this.taskOrder.map((name) => this.tasks.get(name)).filter((task) => task !== undefined);
    return this.root ? [this.root, ...ordered] : ordered;
  }

  private apply(step: Step, now: Date): void {
    if (this.state === 'PIPELINE_STATE_PENDING') {
      this.state = 'PIPELINE_STATE_RUNNING';
      this.startTime = now;
      this.root = this.newTask(this.options.pipelineName, now);
    }
    for (const name of step.succeed) this.setTask(this.task(name), 'SUCCEEDED', now);
    for (const name of step.fail) {
      const outcome = this.options.outcome;
      const task = this.task(name);
      task.error = {
        code: outcome && 'failAtTask' in outcome ? (outcome.code ?? DAG_FAILED_CODE) : DAG_FAILED_CODE,
        message: (outcome && 'failAtTask' in outcome ? outcome.message : undefined) ?? DEFAULT_TASK_ERROR,
      };
      this.setTask(task, 'FAILED', now);
    }
    for (const name of step.start) this.tasks.set(name, this.newTask(name, now));
    this.updateTime = now;
    if (step === this.steps[this.steps.length - 1]) this.finish(now);
  }

  private finish(now: Date): void {
    const failed = this.allTasks().filter((task) => task.state === 'FAILED');
    for (const name of this.taskOrder) {
      if (!this.tasks.has(name)) {
        const task = this.newTask(name, now);
        this.tasks.set(name, task);
        this.setTask(task, 'NOT_TRIGGERED', now);
      }
    }
    const root = this.root as TaskRecord;
    if (failed.length === 0) {
      this.state = 'PIPELINE_STATE_SUCCEEDED';
      this.setTask(root, 'SUCCEEDED', now);
    } else {
      const dagError = `The DAG failed because some tasks failed. The failed tasks are: [${failed.map((task) => task.name).join(', ')}].`;
      root.error = { code: DAG_FAILED_CODE, message: dagError };
      this.setTask(root, 'FAILED', now);
      this.state = 'PIPELINE_STATE_FAILED';
      this.error = {
        code: DAG_FAILED_CODE,
        message: `${dagError}; Job (project_id = ${this.options.project}, job_id = ${this.internalJobId}) is failed due to the above error.`,
      };
    }
    this.endTime = now;
  }

  private finishCancel(now: Date): void {
    if (!this.root) this.root = this.newTask(this.options.pipelineName, now);
    for (const task of this.allTasks()) if (task.state === 'CANCELLING') this.setTask(task, 'CANCELLED', now);
    for (const name of this.taskOrder) {
      if (!this.tasks.has(name)) {
        const task = this.newTask(name, now);
        this.tasks.set(name, task);
        this.setTask(task, 'CANCELLED', now);
      }
    }
    if (this.root.state === 'RUNNING') this.setTask(this.root, 'CANCELLED', now);
    this.state = 'PIPELINE_STATE_CANCELLED';
    this.error = { code: 1, message: 'CANCELED' };
    this.endTime = now;
    this.updateTime = now;
  }

  private task(name: string): TaskRecord {
    const task = this.tasks.get(name);
    if (!task) throw new Error(`pipeline run: task ${name} was never started`);
    return task;
  }

  private newTask(name: string, now: Date): TaskRecord {
    return {
      taskId: this.options.nextTaskId(),
      name,
      state: 'RUNNING',
      createTime: now,
      startTime: now,
      history: [{ state: 'RUNNING', updateTime: now }],
    };
  }

  private setTask(task: TaskRecord, state: TaskState, now: Date): void {
    task.state = state;
    task.history.push({ state, updateTime: now });
    if (state !== 'RUNNING' && state !== 'CANCELLING') task.endTime = now;
  }
}

/** Simulates the DAG to its end: the steps it takes, given the task that fails (if any). */
function plan(tasks: SpecTask[], failAt: string | undefined, failFast: boolean): Step[] {
  const status = new Map<string, 'pending' | 'running' | 'succeeded' | 'failed'>(
    tasks.map((task) => [task.name, 'pending']),
  );
  const steps: Step[] = [];
  for (;;) {
    const step: Step = { start: [], succeed: [], fail: [] };
    for (const [name, state] of status) {
      if (state !== 'running') continue;
      const failed = name === failAt;
      status.set(name, failed ? 'failed' : 'succeeded');
      (failed ? step.fail : step.succeed).push(name);
    }
    const anyFailed = [...status.values()].includes('failed');
    for (const task of tasks) {
      if (status.get(task.name) !== 'pending' || (failFast && anyFailed)) continue;
      if (task.dependentTasks.every((dep) => status.get(dep) === 'succeeded')) {
        status.set(task.name, 'running');
        step.start.push(task.name);
      }
    }
    steps.push(step);
    if (step.start.length === 0) return steps;
  }
}
