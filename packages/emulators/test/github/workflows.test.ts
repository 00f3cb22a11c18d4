import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../../src/github/index.ts';
import { failure, type Octokit, octokitFor, repoOf } from './octokit.ts';

let github: GitHubStandIn;
let octokit: Octokit;
beforeEach(async () => {
  github = await new GitHubStandIn().start();
  octokit = octokitFor(github);
});
afterEach(() => github.stop());

const sha = (n: number) => n.toString(16).padStart(40, '0');

describe('listing workflow runs', () => {
  beforeEach(() => {
    github.addWorkflowRun({ workflow: 'retrain.yml', head_sha: sha(1), created_at: '2024-01-01T00:00:00Z' });
    github.addWorkflowRun({
      workflow: 'retrain.yml',
      head_sha: sha(2),
      conclusion: 'failure',
      created_at: '2024-01-02T00:00:00Z',
    });
    github.addWorkflowRun({
      workflow: 'retrain.yml',
      head_sha: sha(3),
      head_branch: 'feature',
      created_at: '2024-01-03T00:00:00Z',
    });
    github.addWorkflowRun({
      workflow: 'retrain.yml',
      head_sha: sha(4),
      event: 'schedule',
      created_at: '2024-01-04T00:00:00Z',
    });
    github.addWorkflowRun({
      workflow: 'retrain.yml',
      head_sha: sha(5),
      status: 'in_progress',
      created_at: '2024-01-05T00:00:00Z',
    });
    github.addWorkflowRun({ workflow: 'ci.yml', head_sha: sha(6), created_at: '2024-01-06T00:00:00Z' });
  });

  it('lists a workflow’s runs by file name, newest first, filtered by branch and status', async () => {
    const response = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'retrain.yml',
      branch: 'main',
      status: 'success',
    });

    expect(response.data.total_count).toBe(2);
    expect(response.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(4), sha(1)]);
    expect(response.data.workflow_runs[0]).toMatchObject({
      head_branch: 'main',
      status: 'completed',
      conclusion: 'success',
      event: 'schedule',
      path: '.github/workflows/retrain.yml',
      run_number: 4,
    });
  });

  it('keeps a fork’s pull request runs under the branch filter, with the fork as head repository', async () => {
    // GitHub's `branch` filter matches head_branch: a fork's branch called main passes it.
    github.addWorkflowRun({
      workflow: 'retrain.yml',
      head_sha: sha(7),
      event: 'pull_request',
      head_repository: 'someone/octo-repo',
      created_at: '2024-01-07T00:00:00Z',
    });
    const response = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'retrain.yml',
      branch: 'main',
      status: 'success',
    });
    const runs = response.data.workflow_runs;
    expect(runs.map((run) => [run.head_sha, run.head_repository.full_name])).toEqual([
      [sha(7), 'someone/octo-repo'],
      [sha(4), 'octo-org/octo-repo'],
      [sha(1), 'octo-org/octo-repo'],
    ]);
    expect(runs[0]?.repository.full_name).toBe('octo-org/octo-repo');
  });

  it('pages a filtered listing with per_page and page', async () => {
    const first = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'retrain.yml',
      status: 'success',
      per_page: 2,
      page: 1,
    });
    const second = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'retrain.yml',
      status: 'success',
      per_page: 2,
      page: 2,
    });
    expect(first.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(4), sha(3)]);
    expect(second.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(1)]);
    expect(first.headers.link).toContain('rel="next"');
  });

  it('matches status against the run’s status or its conclusion, and filters by event', async () => {
    const running = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'retrain.yml',
      status: 'in_progress',
    });
    expect(running.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(5)]);
    expect(running.data.workflow_runs[0]?.conclusion).toBeNull();

    const scheduled = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'retrain.yml',
      event: 'schedule',
    });
    expect(scheduled.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(4)]);
  });

  it('finds the workflow by numeric id too, and answers 404 for an unknown one', async () => {
    const workflow = await octokit.rest.actions.getWorkflow({ ...repoOf(github), workflow_id: 'ci.yml' });
    const byId = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: workflow.data.id,
    });
    expect(byId.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(6)]);

    const error = await failure(
      octokit.rest.actions.listWorkflowRuns({ ...repoOf(github), workflow_id: 'missing.yml' }),
    );
    expect(error.status).toBe(404);
    expect(error.data.documentation_url).toBe(
      'https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-workflow',
    );
  });

  it('pages through a repository’s runs', async () => {
    const first = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repoOf(github), per_page: 4 });
    expect(first.data.total_count).toBe(6);
    expect(first.data.workflow_runs.map((run) => run.head_sha)).toEqual([sha(6), sha(5), sha(4), sha(3)]);
    expect(first.headers.link).toContain('rel="next"');

    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
      ...repoOf(github),
      per_page: 4,
    });
    expect(all).toHaveLength(6);
  });

  it('lists the repository’s workflows', async () => {
    const response = await octokit.rest.actions.listRepoWorkflows(repoOf(github));
    expect(response.data.workflows.map((workflow) => workflow.path)).toEqual([
      '.github/workflows/retrain.yml',
      '.github/workflows/ci.yml',
    ]);
  });
});

describe('dispatching a workflow', () => {
  beforeEach(() => {
    github.addWorkflow({
      file: 'train.yml',
      inputs: {
        dataset: { type: 'string', required: true },
        epochs: { type: 'number', default: 3 },
        region: { type: 'choice', options: ['us-central1', 'europe-west4'] },
      },
    });
    github.addBranch('release');
  });

  it('answers 204 and records the dispatch and a queued run', async () => {
    const response = await octokit.rest.actions.createWorkflowDispatch({
      ...repoOf(github),
      workflow_id: 'train.yml',
      ref: 'main',
      inputs: { dataset: 'gs://bucket/data.csv', region: 'europe-west4' },
    });

    expect(response.status).toBe(204);
    expect(github.dispatches).toEqual([
      {
        workflow_id: expect.any(Number),
        workflow: '.github/workflows/train.yml',
        ref: 'main',
        inputs: { dataset: 'gs://bucket/data.csv', region: 'europe-west4' },
        runId: expect.any(Number),
      },
    ]);
    const runs = await octokit.rest.actions.listWorkflowRuns({
      ...repoOf(github),
      workflow_id: 'train.yml',
      event: 'workflow_dispatch',
    });
    expect(runs.data.workflow_runs[0]).toMatchObject({
      status: 'queued',
      conclusion: null,
      head_branch: 'main',
    });
  });

  it('returns the run with return_run_details, and the run moves along when the test says so', async () => {
    const response = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        ...repoOf(github),
        workflow_id: 'train.yml',
        ref: 'refs/heads/release',
        inputs: { dataset: 'd' },
        return_run_details: true,
      } as never,
    );
    expect(response.status).toBe(200);
    const details = response.data as unknown as {
      workflow_run_id: number;
      run_url: string;
      html_url: string;
    };
    expect(details.run_url).toBe(
      `${github.url}/repos/octo-org/octo-repo/actions/runs/${details.workflow_run_id}`,
    );

    github.setRunStatus(details.workflow_run_id, 'completed', 'failure');
    const run = await octokit.rest.actions.getWorkflowRun({
      ...repoOf(github),
      run_id: details.workflow_run_id,
    });
    expect(run.data).toMatchObject({ status: 'completed', conclusion: 'failure', head_branch: 'release' });
  });

  const dispatchError = async (body: Record<string, unknown>, workflow = 'train.yml') =>
    failure(
      octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        ...repoOf(github),
        workflow_id: workflow,
        ...body,
      } as never),
    );

  it('rejects what GitHub rejects, with its messages', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ inputs: { dataset: 'd' } }, 'Invalid request.\n\n"ref" wasn\'t supplied.'],
      [
        { ref: 'main', tag: 'v1', inputs: { dataset: 'd' } },
        'Invalid request.\n\n"tag" is not a permitted key.',
      ],
      [{ ref: 'no-such-branch', inputs: { dataset: 'd' } }, 'No ref found for: no-such-branch'],
      [
        { ref: 'main', inputs: { dataset: 'd', extra: '1', other: '2' } },
        'Unexpected inputs provided: ["extra", "other"]',
      ],
      [{ ref: 'main', inputs: { epochs: '5' } }, "Required input 'dataset' not provided"],
      [
        { ref: 'main', inputs: { dataset: 'd', region: 'mars' } },
        "Provided value 'mars' for input 'region' not in the list of allowed values",
      ],
    ];
    for (const [body, message] of cases) {
      const error = await dispatchError(body);
      expect({ status: error.status, message: error.data.message }).toEqual({ status: 422, message });
      expect(error.data.documentation_url).toBe(
        'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event',
      );
    }
    expect(github.dispatches).toEqual([]);
  });

  it('rejects a workflow without a workflow_dispatch trigger, and answers 404 for an unknown one', async () => {
    github.addWorkflow({ file: 'push-only.yml', dispatch: false });
    const noTrigger = await dispatchError({ ref: 'main' }, 'push-only.yml');
    expect(noTrigger.status).toBe(422);
    expect(noTrigger.data.message).toBe("Workflow does not have 'workflow_dispatch' trigger");

    expect((await dispatchError({ ref: 'main' }, 'missing.yml')).status).toBe(404);
  });

  it('dispatches on a tag that a published release created', async () => {
    github.addRelease({ tag_name: 'v1.0.0' });
    const response = await octokit.rest.actions.createWorkflowDispatch({
      ...repoOf(github),
      workflow_id: 'train.yml',
      ref: 'v1.0.0',
      inputs: { dataset: 'd' },
    });
    expect(response.status).toBe(204);
  });
});
