import type { ChangedFile } from './changed-file.ts';

export interface GitHubApiOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
}

// @actions/github (Octokit) costs tens of milliseconds to load; only events that need the API
// pay for it, so it is imported on first use.
async function octokit(options: GitHubApiOptions) {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(options.token, { baseUrl: options.apiUrl });
}

interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** Maps the REST API's file statuses onto ours; a rename is the old path deleted and the new added. */
export function fromPullRequestFile(file: PullRequestFile): ChangedFile[] {
  switch (file.status) {
    case 'added':
    case 'copied':
      return [{ path: file.filename, status: 'added' }];
    case 'removed':
      return [{ path: file.filename, status: 'deleted' }];
    case 'renamed':
      return file.previous_filename
        ? [
            { path: file.previous_filename, status: 'deleted' },
            { path: file.filename, status: 'added' },
          ]
        : [{ path: file.filename, status: 'added' }];
    case 'unchanged':
      return [];
    default: // modified, changed
      return [{ path: file.filename, status: 'modified' }];
  }
}

/** Every file of a pull request, all pages. The API stops at 3,000 files: callers compare counts. */
export async function listPullRequestFiles(
  options: GitHubApiOptions,
  pullNumber: number,
): Promise<{ files: ChangedFile[]; listed: number }> {
  const client = await octokit(options);
  const entries = (await client.paginate(client.rest.pulls.listFiles, {
    owner: options.owner,
    repo: options.repo,
    pull_number: pullNumber,
    per_page: 100,
  })) as PullRequestFile[];
  return { files: entries.flatMap(fromPullRequestFile), listed: entries.length };
}

/**
 * The head commit of the most recent successful run of a workflow on a branch, other than the
 * current run; undefined when there is none.
 */
export async function lastSuccessfulRunSha(
  options: GitHubApiOptions,
  workflowFile: string,
  branch: string,
  currentRunId: string,
): Promise<string | undefined> {
  const client = await octokit(options);
  const response = await client.rest.actions.listWorkflowRuns({
    owner: options.owner,
    repo: options.repo,
    workflow_id: workflowFile,
    branch,
    status: 'success',
    per_page: 10,
  });
  const run = response.data.workflow_runs.find((candidate) => String(candidate.id) !== currentRunId);
  return run?.head_sha;
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
export function workflowFileFromRef(workflowRef: string): string | undefined {
  const path = workflowRef.split('@')[0] ?? '';
  const match = /\/\.github\/workflows\/([^/]+)$/.exec(path);
  return match?.[1];
}
