/**
 * What the GitHub stand-in holds in memory. Records carry GitHub's field names; the JSON that goes
 * out is built from them in shapes.ts, with the URLs of the running stand-in.
 */

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  content_type: string;
  data: Buffer;
  download_count: number;
  created_at: string;
  updated_at: string;
}

export interface ReleaseRecord {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  make_latest: 'true' | 'false' | 'legacy';
  created_at: string;
  published_at: string | null;
  assets: AssetRecord[];
}

/** One `on.workflow_dispatch.inputs` entry of a workflow file. */
export interface WorkflowInput {
  type?: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required?: boolean;
  default?: string | boolean | number;
  options?: string[];
}

export interface WorkflowRecord {
  id: number;
  name: string;
  /** `.github/workflows/<file>` */
  path: string;
  state: 'active' | 'disabled_manually';
  /** The workflow_dispatch inputs; undefined when the workflow has no workflow_dispatch trigger. */
  dispatchInputs: Record<string, WorkflowInput> | undefined;
  created_at: string;
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'neutral'
  | 'stale';

export interface RunRecord {
  id: number;
  workflow_id: number;
  name: string;
  head_branch: string | null;
  head_sha: string;
  event: string;
  status: RunStatus;
  conclusion: RunConclusion | null;
  run_number: number;
  run_attempt: number;
  actor: string;
  /** `owner/repo` of the head commit: another repository for a pull request from a fork. */
  head_repository: string;
  created_at: string;
  updated_at: string;
}

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** A changed file as seeded by a test; counts and patch are optional. */
export interface FileSeed {
  filename: string;
  status: FileStatus;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  patch?: string;
}

export interface CommitSeed {
  sha: string;
  message?: string;
}

export interface CompareRecord {
  base: string;
  head: string;
  files: FileSeed[];
  ahead_by: number;
  behind_by: number;
  /** base..head, oldest first, as GitHub lists them. */
  commits: CommitSeed[];
  mergeBaseSha: string;
  baseSha: string;
}

export interface DispatchRecord {
  workflow_id: number;
  /** `.github/workflows/<file>` */
  workflow: string;
  ref: string;
  /** The inputs as sent. */
  inputs: Record<string, unknown>;
  /** The run the dispatch created. */
  runId: number;
}

export interface GitHubLoggedRequest {
  method: string;
  /** Path and query string. */
  path: string;
  authorization: string | undefined;
  accept: string | undefined;
}
