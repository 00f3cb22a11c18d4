// What a workflow run leaves behind, as a person (or a test) reads it afterwards.

export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
}

export interface StepRecord {
  id: string;
  name: string;
  /** `run` script, one of our actions (the built bundle), or a local stand-in for a third-party action. */
  kind: 'run' | 'action' | 'substitute';
  uses?: string;
  /** For a substitute: what ran instead of the third-party action, in full and in a few words. */
  substitution?: { instead: string; short: string };
  /** Before continue-on-error; `conclusion` after it. */
  outcome: Conclusion;
  conclusion: Conclusion;
  outputs: Record<string, string>;
  /** The step's log as the web UI shows it (workflow commands rendered, secrets masked). */
  log: string;
  /** Markdown written to GITHUB_STEP_SUMMARY. */
  summary: string;
  annotations: StepAnnotation[];
  durationMs: number;
}

export interface JobRecord {
  id: string;
  name: string;
  result: Conclusion;
  /** Why the job did not run, or failed before any step did. */
  reason?: string;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** The GITHUB_TOKEN permissions the job gets (job-level, else workflow-level). */
  permissions: Record<string, string>;
  /** The evaluated `concurrency.group`, when the job has one. */
  concurrency?: string;
  durationMs: number;
}

export interface WorkflowRecord {
  name: string;
  file: string;
  conclusion: Conclusion;
  jobs: JobRecord[];
  /** `on.workflow_call.outputs`, evaluated. */
  outputs: Record<string, string>;
  concurrency?: { group: string; cancelInProgress: boolean };
  durationMs: number;
}

/** Progress, as it happens, for a live display. */
export type WorkflowEvent =
  | { type: 'workflow-started'; name: string; file: string; concurrency?: WorkflowRecord['concurrency'] }
  | { type: 'job-started'; job: JobRecord }
  | { type: 'step-finished'; job: JobRecord; step: StepRecord }
  | { type: 'job-finished'; job: JobRecord }
  | { type: 'workflow-finished'; workflow: WorkflowRecord };
