import {
  type PipelineJob,
  type PipelineState,
  pipelineState,
  type TaskView,
  taskViews,
} from './pipeline-job-view.ts';

export type JobChange =
  | { kind: 'job'; state: PipelineState; previous: PipelineState | undefined }
  | { kind: 'task'; task: TaskView; previous: string | undefined };

/** Remembers what was last seen of a job, so that each state change is reported exactly once. */
export class JobChangeTracker {
  private jobState: PipelineState | undefined;
  private readonly taskStates = new Map<string, string>();

  /** The changes since the previous call: the job's state first, then tasks in Vertex AI's order. */
  update(job: PipelineJob): JobChange[] {
    const changes: JobChange[] = [];
    const state = pipelineState(job);
    if (state !== this.jobState) changes.push({ kind: 'job', state, previous: this.jobState });
    this.jobState = state;
    for (const task of taskViews(job)) {
      const key = task.id || task.name;
      const previous = this.taskStates.get(key);
      if (previous === task.state) continue;
      this.taskStates.set(key, task.state);
      changes.push({ kind: 'task', task, previous });
    }
    return changes;
  }
}
