import type { ChangedFile } from './changed-file.ts';
import { explainApiError } from './github-api-error.ts';

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
  try {
    const entries = (await client.paginate(client.rest.pulls.listFiles, {
      owner: options.owner,
      repo: options.repo,
      pull_number: pullNumber,
      per_page: 100,
    })) as PullRequestFile[];
    return { files: entries.flatMap(fromPullRequestFile), listed: entries.length };
  } catch (error) {
    throw explainApiError(error, {
      doing: `listing the files of pull request #${pullNumber}`,
      permission: 'pull-requests: read',
    });
  }
}

/** Runs listed per page, and how many pages are read at most: GitHub's own cap for filtered lists. */
const RUNS_PER_PAGE = 100;
export const MAX_RUN_PAGES = 10;
export const MAX_RUNS_SEARCHED = RUNS_PER_PAGE * MAX_RUN_PAGES;

export interface PreviousRunQuery {
  /** The workflow's file name under .github/workflows, from GITHUB_WORKFLOW_REF. */
  workflowFile: string;
  branch: string;
  /** This run's event: a previous run counts when it had the same event, or was a push. */
  eventName: string;
  currentRunId: string;
}

interface ListedRun {
  id: number;
  head_sha: string;
  event: string;
  head_repository?: { full_name?: string } | null;
}

/**
 * The head commit of the most recent successful run of this workflow on this branch, for this
 * event or push, whose head is in this repository — a pull request from a fork whose branch is
 * also called `main` passes GitHub's branch filter, but its commits say nothing about ours.
 * Reads newest first, page by page, up to MAX_RUNS_SEARCHED runs; undefined when none matches.
 */
export async function lastSuccessfulRunSha(
  options: GitHubApiOptions,
  query: PreviousRunQuery,
): Promise<string | undefined> {
  const client = await octokit(options);
  const repository = `${options.owner}/${options.repo}`.toLowerCase();
  const matches = (run: ListedRun): boolean =>
    String(run.id) !== query.currentRunId &&
    (run.event === query.eventName || run.event === 'push') &&
    run.head_repository?.full_name?.toLowerCase() === repository;
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    let runs: ListedRun[];
    try {
      const response = await client.rest.actions.listWorkflowRuns({
        owner: options.owner,
        repo: options.repo,
        workflow_id: query.workflowFile,
        branch: query.branch,
        status: 'success',
        per_page: RUNS_PER_PAGE,
        page,
      });
      runs = response.data.workflow_runs as ListedRun[];
    } catch (error) {
      throw explainApiError(error, {
        doing: `looking for the last successful run of ${query.workflowFile}`,
        permission: 'actions: read',
      });
    }
    const found = runs.find(matches);
    if (found) return found.head_sha;
    if (runs.length < RUNS_PER_PAGE) return undefined;
  }
  return undefined;
}

/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`. */
export function workflowFileFromRef(workflowRef: string): string | undefined {
  const path = workflowRef.split('@')[0] ?? '';
  const match = /\/\.github\/workflows\/([^/]+)$/.exec(path);
  return match?.[1];
}
