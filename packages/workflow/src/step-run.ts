import type { StepAnnotation } from './records.ts';

/** What a step handler reports back to the job. */
export interface StepRun {
  ok: boolean;
  outputs: Record<string, string>;
  log: string;
  summary: string;
  annotations: StepAnnotation[];
  /** Exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Added through GITHUB_PATH. */
  path: string[];
}

/** What every handler gets: the step's evaluated inputs and environment. */
export interface StepCall {
  /** `with:` values, evaluated. */
  inputs: Record<string, string>;
  /** The step's full environment apart from the runtime GITHUB_* / RUNNER_* variables. */
  env: Record<string, string>;
  /** Milliseconds left before the step's (or the job's) timeout. */
  timeoutMs: number;
}

export function failedRun(log: string, message: string): StepRun {
  return {
    ok: false,
    outputs: {},
    log: `${log}${log === '' ? '' : '\n'}Error: ${message}`,
    summary: '',
    annotations: [{ level: 'error', message }],
    env: {},
    path: [],
  };
}
