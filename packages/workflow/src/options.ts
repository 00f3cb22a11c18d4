import type { WorkflowEvent } from './records.ts';

/** How the interpreter reaches the things a hosted runner would download or be given. */
export interface InterpreterOptions {
  /**
   * This repository's `actions/` folder: `<owner>/mlops-actions/actions/<name>@<ref>` runs the
   * built bundle in `<actionsRoot>/<name>` through packages/runner, whatever owner and ref say.
   */
  actionsRoot: string;
  /** This repository's `.github/workflows/`, for jobs that call `<owner>/mlops-actions/.github/workflows/<file>@<ref>`. */
  workflowsRoot?: string;
  /** The "GitHub" remote the checkout substitute fetches from (e.g. the file:// URL of a bare repository). */
  originUrl: string;
  /** Folder for the jobs' runner folders (default: a new temporary folder, removed afterwards). */
  workRoot?: string;
  /** Keep the jobs' workspaces after the run (for inspection). */
  keepWorkspaces?: boolean;
  /** `vars` context. */
  vars?: Record<string, string>;
  /** Node binary for our actions (default: packages/runner's Node 24). */
  node?: string;
  /** Live progress. */
  onEvent?: (event: WorkflowEvent) => void;
}
