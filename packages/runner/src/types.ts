/** The three stages of a JavaScript action, in the order the runner runs them. */
export type StepName = 'pre' | 'main' | 'post';

/** The job status that `success()`, `failure()` and `cancelled()` look at. */
export type JobStatus = 'success' | 'failure' | 'cancelled';

/** How a stage ended, as the job log shows it. */
export type StepConclusion = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface RunBuiltActionOptions {
  /** Folder holding action.yml (or action.yaml). */
  actionDir: string;
  /** `with:` values. */
  inputs?: Record<string, string>;
  /** Extra env for the step: the job's `env:` and overrides of GITHUB_* / RUNNER_* (e.g. GITHUB_API_URL). */
  env?: Record<string, string>;
  /** Written to a file → GITHUB_EVENT_PATH; its name → GITHUB_EVENT_NAME. */
  event?: { name: string; payload: unknown };
  /** GITHUB_WORKSPACE and the step's cwd (default: a fresh temp dir, removed afterwards). */
  workspace?: string;
  /** Value of `${{ github.token }}` in input defaults; masked like the runner masks it (default 'ghs_runner_test_token'). */
  token?: string;
  /**
   * Values the runner masks before the step starts, as it does for every `${{ secrets.* }}` value of
   * the job: exactly these strings (and their encodings), no other form of them.
   */
  secrets?: string[];
  /** Node binary (default node24Path()). */
  node?: string;
  /** Per step; on expiry the step is cancelled like the runner does (SIGINT, then SIGTERM, then SIGKILL) and fails. */
  timeoutMs?: number;
  /** Simulates a workflow cancel: SIGINT to main this long after it starts, then post runs with job status "cancelled". */
  cancelAfterMs?: number;
  /** Status seen by post-if (default: derived from how pre and main ended). */
  jobStatus?: JobStatus;
  /**
   * How long a cancelled or timed-out step gets after SIGINT before SIGTERM, and after SIGTERM before
   * the process tree is killed. Defaults are the runner's: 7500 ms and 2500 ms.
   */
  signalGraceMs?: { sigint?: number; sigterm?: number };
}

export interface StepResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** The runner's verdict: a step that exits 0 still fails when a file command is malformed. */
  conclusion: StepConclusion;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  step: StepName;
}

export interface RunResult {
  /** The main step's exit code; 1 when it was killed, skipped, or failed without a non-zero exit (e.g. a bad file command). */
  exitCode: number;
  pre?: StepResult;
  main: StepResult;
  post?: StepResult;
  /** From GITHUB_OUTPUT and legacy ::set-output in main (the runner drops outputs set in pre and post). */
  outputs: Record<string, string>;
  /** Exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Added through GITHUB_PATH. */
  path: string[];
  /** Saved through GITHUB_STATE / ::save-state. */
  state: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY of pre, main and post, concatenated and masked. */
  summary: string;
  annotations: Annotation[];
  /** ::debug:: messages, masked. */
  debug: string[];
  /** ::add-mask:: values. */
  masks: string[];
  /** What a person sees in the job log: commands removed or rendered, groups as "▶ name", secrets as ***. */
  log: string;
  /** exitCode !== 0 */
  failed: boolean;
  /** The job status pre and main left: what post-if sees unless options.jobStatus overrides it. */
  jobStatus: JobStatus;
}
