import type { PipelineJob, PipelineState } from '@mlops-actions/vertex';

/** How the step's run of the job went: what the verdict, outputs and summary are made from. */
export interface RunReport {
  jobId: string;
  jobName: string;
  consoleUrl: string;
  pipelineName: string;
  displayName: string;
  /** created: this step started it; attached: it existed (this step ran before, or an earlier attempt). */
  submission: 'created' | 'attached' | 'attached-earlier-attempt';
  /** The job as last seen. */
  job: PipelineJob;
  state: PipelineState;
  /** not-waited: wait was false; otherwise why following ended. */
  ending: 'not-waited' | 'finished' | 'timed-out' | 'aborted';
  /** After a timeout with cancel-on-timeout. */
  cancel?: 'cancelling' | 'already-finished' | 'not-found';
  /** How long the step followed the job. */
  followedMs: number;
}
