import type { Scope, StatusView } from './evaluate.ts';
import type { GitHubRun, JobPlace } from './github-run.ts';
import type { InterpreterOptions } from './options.ts';
import type { Permissions } from './permissions.ts';
import type { Conclusion, JobRecord } from './records.ts';

export interface StepContext {
  outputs: Record<string, string>;
  outcome: Conclusion;
  conclusion: Conclusion;
}

/** Everything the steps of one job share while it runs. */
export class JobState {
  readonly record: JobRecord;
  readonly run: GitHubRun;
  readonly place: JobPlace;
  readonly options: InterpreterOptions;
  /** github, inputs, vars, secrets, needs, runner, job, strategy, matrix — fixed for the job. */
  readonly contexts: Record<string, unknown>;
  /** Workflow `env:` then job `env:`, evaluated. */
  readonly env: Record<string, string>;
  /** GITHUB_TOKEN permissions (what substitutes check, e.g. id-token: write for auth). */
  readonly permissions: Permissions;
  /** `defaults.run`. */
  readonly defaultShell: string;
  readonly defaultWorkingDirectory: string;
  /** Values every log masks: secrets and the job token. */
  readonly secrets: string[];
  /** Set through GITHUB_ENV by earlier steps. */
  readonly exportedEnv: Record<string, string> = {};
  /** Added through GITHUB_PATH by earlier steps, newest first. */
  readonly path: string[] = [];
  readonly steps: Record<string, StepContext> = {};
  /** The job's deadline (timeout-minutes), as a Date.now() value. */
  readonly deadline: number;
  failed = false;

  constructor(init: {
    record: JobRecord;
    run: GitHubRun;
    place: JobPlace;
    options: InterpreterOptions;
    contexts: Record<string, unknown>;
    env: Record<string, string>;
    secrets: string[];
    deadline: number;
    permissions: Permissions;
    defaultShell: string;
    defaultWorkingDirectory: string;
  }) {
    this.record = init.record;
    this.run = init.run;
    this.place = init.place;
    this.options = init.options;
    this.contexts = init.contexts;
    this.env = init.env;
    this.secrets = init.secrets;
    this.deadline = init.deadline;
    this.permissions = init.permissions;
    this.defaultShell = init.defaultShell;
    this.defaultWorkingDirectory = init.defaultWorkingDirectory;
  }

  /** The `env` context a step sees: workflow, job, GITHUB_ENV, then the step's own. */
  envContext(stepEnv: Record<string, string> = {}): Record<string, string> {
    return { ...this.env, ...this.exportedEnv, ...stepEnv };
  }

  /** Contexts for a step's expressions; status functions judge the steps so far. */
  scope(stepEnv: Record<string, string> = {}): Scope {
    const status: StatusView = {
      success: () => !this.failed,
      failure: () => this.failed,
      cancelled: () => false,
    };
    return { contexts: { ...this.contexts, env: this.envContext(stepEnv), steps: this.steps }, status };
  }

  /** PATH for a step: GITHUB_PATH additions first, then the machine's. */
  pathVariable(): string {
    return [...this.path, process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'].join(':');
  }
}
