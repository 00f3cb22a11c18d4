import type { GitHubRun } from './github-run.ts';
import type { InterpreterOptions } from './options.ts';
import type { WorkflowEvent } from './records.ts';

/** What every job of one workflow run shares. */
export interface WorkflowRunContext {
  run: GitHubRun;
  options: InterpreterOptions;
  /** `inputs` context (workflow_call or workflow_dispatch inputs, typed). */
  inputs: Record<string, string | number | boolean>;
  /** `secrets` context, GITHUB_TOKEN included. */
  secrets: Record<string, string>;
  /** The workflow's `env:`, evaluated. */
  env: Record<string, string>;
  /** Where the jobs' runner folders go. */
  workRoot: string;
  emit(event: WorkflowEvent): void;
}
