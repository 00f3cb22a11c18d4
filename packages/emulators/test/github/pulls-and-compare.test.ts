import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileSeed } from '../../src/github/index.ts';
import { GitHubStandIn } from '../../src/github/index.ts';
import { failure, type Octokit, octokitFor, repoOf } from './octokit.ts';

let github: GitHubStandIn;
let octokit: Octokit;
beforeEach(async () => {
  github = await new GitHubStandIn().start();
  octokit = octokitFor(github);
});
afterEach(() => github.stop());

const files = (count: number, status: FileSeed['status'] = 'modified'): FileSeed[] =>
  Array.from({ length: count }, (_, i) => ({ filename: `data/f${i}.csv`, status }));

describe('pull request files', () => {
  it('pages 100 at a time with Link headers, keeping renames’ previous names', async () => {
    github.addPullRequest(7, [
      ...files(249),
      {
        filename: 'models/new.py',
        status: 'renamed',
        previous_filename: 'models/old.py',
        additions: 2,
        deletions: 1,
      },
    ]);

    const first = await octokit.rest.pulls.listFiles({ ...repoOf(github), pull_number: 7, per_page: 100 });
    const base = `${github.url}/repos/octo-org/octo-repo/pulls/7/files?per_page=100`;
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);

    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repoOf(github),
      pull_number: 7,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(all.at(-1)).toMatchObject({
      filename: 'models/new.py',
      status: 'renamed',
      previous_filename: 'models/old.py',
      additions: 2,
      deletions: 1,
      changes: 3,
    });
    expect(github.requests.filter((request) => request.path.includes('/pulls/7/files'))).toHaveLength(4);
  });

  it('never answers more than 100 a page, whatever per_page asks', async () => {
    github.addPullRequest(8, files(150));
    const response = await octokit.rest.pulls.listFiles({ ...repoOf(github), pull_number: 8, per_page: 500 });
    expect(response.data).toHaveLength(100);
  });

  it('stops at 3,000 files like the real API', async () => {
    github.addPullRequest(9, files(3101, 'added'));

    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      ...repoOf(github),
      pull_number: 9,
      per_page: 100,
    });

    expect(all).toHaveLength(3000);
    expect(all.at(-1)?.filename).toBe('data/f2999.csv');
    const beyond = await octokit.rest.pulls.listFiles({
      ...repoOf(github),
      pull_number: 9,
      per_page: 100,
      page: 31,
    });
    expect(beyond.data).toEqual([]);
  });

  it('answers 404 for an unknown pull request', async () => {
    const error = await failure(octokit.rest.pulls.listFiles({ ...repoOf(github), pull_number: 404 }));
    expect(error.status).toBe(404);
    expect(error.data.message).toBe('Not Found');
  });
});

describe('comparing commits', () => {
  it('answers files, status and ahead/behind counts', async () => {
    github.addBranch('feature');
    github.setCompare(
      'main',
      'feature',
      [{ filename: 'models/model.py', status: 'modified', patch: '@@ -1 +1 @@' }],
      {
        aheadBy: 2,
      },
    );

    const response = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repoOf(github),
      basehead: 'main...feature',
    });

    expect(response.data).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      total_commits: 2,
      files: [{ filename: 'models/model.py', status: 'modified', patch: '@@ -1 +1 @@' }],
    });
    expect(response.data.commits).toHaveLength(2);
    // Chronological: the second commit's parent is the first.
    expect(response.data.commits[1]?.parents[0]?.sha).toBe(response.data.commits[0]?.sha);
    expect(response.data.merge_base_commit.sha).toBe(response.data.base_commit.sha);
  });

  it('reports diverged, behind and identical', async () => {
    github.setCompare('a', 'b', [], { aheadBy: 1, behindBy: 3 });
    github.setCompare('c', 'd', [], { aheadBy: 0, behindBy: 2 });
    github.setCompare('e', 'f', [], { aheadBy: 0 });
    const statusOf = async (base: string, head: string) =>
      (await octokit.rest.repos.compareCommits({ ...repoOf(github), base, head })).data.status;
    expect(await statusOf('a', 'b')).toBe('diverged');
    expect(await statusOf('c', 'd')).toBe('behind');
    expect(await statusOf('e', 'f')).toBe('identical');
  });

  it('pages commits when asked, showing files only on the first page and at most 300 of them', async () => {
    github.setCompare('main', 'big', files(350), { aheadBy: 45 });

    const first = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repoOf(github),
      basehead: 'main...big',
      per_page: 20,
    });
    expect(first.data.commits).toHaveLength(20);
    expect(first.data.files).toHaveLength(300);
    expect(first.headers.link).toContain('rel="next"');

    const third = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repoOf(github),
      basehead: 'main...big',
      per_page: 20,
      page: 3,
    });
    expect(third.data.commits).toHaveLength(5);
    expect(third.data.files).toEqual([]);
  });

  it('answers at most the 250 most recent commits without paging parameters', async () => {
    const record = github.setCompare('main', 'long', [], { aheadBy: 260 });
    const response = await octokit.rest.repos.compareCommitsWithBasehead({
      ...repoOf(github),
      basehead: 'main...long',
    });
    expect(response.data.total_commits).toBe(260);
    expect(response.data.commits).toHaveLength(250);
    expect(response.data.commits.at(-1)?.sha).toBe(record.commits.at(-1)?.sha);
  });

  it('answers 404 for refs it does not know', async () => {
    const error = await failure(
      octokit.rest.repos.compareCommitsWithBasehead({ ...repoOf(github), basehead: 'main...nowhere' }),
    );
    expect(error.status).toBe(404);
    expect(error.data.documentation_url).toBe(
      'https://docs.github.com/rest/commits/commits#compare-two-commits',
    );
  });
});
