import { getState, saveState } from '@mlops-actions/kit';
import type { VertexEndpoint } from '@mlops-actions/vertex';

/** What the post step needs to cancel the job when the workflow is cancelled. */
export interface JobToCancel {
  /** Full resource name: projects/…/locations/…/pipelineJobs/… */
  name: string;
  project: string;
  region: string;
  endpoint: VertexEndpoint;
}

const STATE_KEY = 'job-to-cancel';

/** Saved before the create, so a cancel that lands while it is in flight still finds the job. */
export function rememberJobToCancel(job: JobToCancel): void {
  saveState(STATE_KEY, JSON.stringify(job));
}

/** Cleared when there is nothing left to cancel (the job ended, or the step stopped following it). */
export function forgetJobToCancel(): void {
  saveState(STATE_KEY, '');
}

export function jobToCancel(): JobToCancel | undefined {
  const saved = getState(STATE_KEY);
  if (saved === '') return undefined;
  const job = JSON.parse(saved) as JobToCancel;
  return typeof job.name === 'string' && job.endpoint ? job : undefined;
}
