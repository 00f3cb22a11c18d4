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

describe('creating releases', () => {
  it('answers 201 with the release, a Location and an upload_url on this host', async () => {
    const response = await octokit.rest.repos.createRelease({
      ...repoOf(github),
      tag_name: 'v1.0.0',
      name: 'Model v1',
      body: 'First model',
    });

    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(
      `${github.url}/repos/octo-org/octo-repo/releases/${response.data.id}`,
    );
    expect(response.data).toMatchObject({
      tag_name: 'v1.0.0',
      name: 'Model v1',
      body: 'First model',
      draft: false,
      prerelease: false,
      target_commitish: 'main',
      assets: [],
      upload_url: `${github.url}/repos/octo-org/octo-repo/releases/${response.data.id}/assets{?name,label}`,
    });
    expect(response.data.published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(github.releases.map((release) => release.tag_name)).toEqual(['v1.0.0']);
  });

  it('rejects a second published release for the same tag with GitHub’s validation error', async () => {
    await octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v1' });

    const error = await failure(octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v1' }));

    expect(error.status).toBe(422);
    expect(error.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    });
    expect(error.message).toBe(
      'Validation Failed: {"resource":"Release","code":"already_exists","field":"tag_name"} - https://docs.github.com/rest/releases/releases#create-a-release',
    );
  });

  it('lets drafts share a tag', async () => {
    await octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v2', draft: true });
    const second = await octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v2', draft: true });
    expect(second.status).toBe(201);
    expect(second.data.published_at).toBeNull();
  });

  it('rejects a missing tag_name and mistyped fields the way GitHub’s schema check does', async () => {
    const missing = await failure(
      octokit.request('POST /repos/{owner}/{repo}/releases', { ...repoOf(github), name: 'x' } as never),
    );
    expect(missing.status).toBe(422);
    expect(missing.data.message).toBe('Invalid request.\n\n"tag_name" wasn\'t supplied.');

    const mistyped = await failure(
      octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v3', draft: 'yes' as never }),
    );
    expect(mistyped.status).toBe(422);
    expect(mistyped.data.message).toBe(`Invalid request.\n\nFor 'properties/draft', "yes" is not a boolean.`);

    const latest = await failure(
      octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v3', make_latest: 'yes' as never }),
    );
    expect(latest.data.message).toBe(
      `Invalid request.\n\nFor 'properties/make_latest', "yes" is not one of ["true", "false", "legacy"].`,
    );
    expect(github.releases).toHaveLength(0);
  });

  it('rejects a tag git would not accept, and a target that is neither a branch nor a SHA', async () => {
    const badTag = await failure(octokit.rest.repos.createRelease({ ...repoOf(github), tag_name: 'v 1..2' }));
    expect(badTag.status).toBe(422);
    expect(badTag.data.errors).toEqual([
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not a valid tag' },
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not well-formed' },
      { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' },
    ]);

    const badTarget = await failure(
      octokit.rest.repos.createRelease({
        ...repoOf(github),
        tag_name: 'v1',
        target_commitish: 'no-such-branch',
      }),
    );
    expect(badTarget.status).toBe(422);
    expect(badTarget.data.errors).toEqual([
      { resource: 'Release', code: 'invalid', field: 'target_commitish' },
    ]);

    const sha = 'a'.repeat(40);
    const bySha = await octokit.rest.repos.createRelease({
      ...repoOf(github),
      tag_name: 'v1',
      target_commitish: sha,
    });
    expect(bySha.data.target_commitish).toBe(sha);
  });

  it('answers 404 for a discussion category, since the repository has none', async () => {
    const error = await failure(
      octokit.rest.repos.createRelease({
        ...repoOf(github),
        tag_name: 'v1',
        discussion_category_name: 'Announcements',
      }),
    );
    expect(error.status).toBe(404);
  });
});

describe('reading releases', () => {
  it('gets the latest: newest by created_at, skipping drafts, prereleases and make_latest=false', async () => {
    github.addRelease({ tag_name: 'v1', created_at: '2024-01-01T00:00:00Z' });
    github.addRelease({ tag_name: 'v3', created_at: '2024-03-01T00:00:00Z' });
    github.addRelease({ tag_name: 'v2', created_at: '2024-02-01T00:00:00Z' });
    github.addRelease({ tag_name: 'v4-rc1', prerelease: true, created_at: '2024-04-01T00:00:00Z' });
    github.addRelease({ tag_name: 'v5', draft: true, created_at: '2024-05-01T00:00:00Z' });
    github.addRelease({ tag_name: 'v6-hotfix', make_latest: 'false', created_at: '2024-06-01T00:00:00Z' });

    const latest = await octokit.rest.repos.getLatestRelease(repoOf(github));

    expect(latest.data.tag_name).toBe('v3');
  });

  it('answers 404 for the latest release when there is none', async () => {
    github.addRelease({ tag_name: 'v1', draft: true });
    const error = await failure(octokit.rest.repos.getLatestRelease(repoOf(github)));
    expect(error.status).toBe(404);
    expect(error.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/releases/releases#get-the-latest-release',
      status: '404',
    });
  });

  it('finds published releases by tag, and drafts only by id', async () => {
    const published = github.addRelease({ tag_name: 'v1.2.0', name: 'one-two' });
    const draft = github.addRelease({ tag_name: 'v2.0.0', draft: true });

    const byTag = await octokit.rest.repos.getReleaseByTag({ ...repoOf(github), tag: 'v1.2.0' });
    expect(byTag.data.id).toBe(published.id);
    expect(
      (await failure(octokit.rest.repos.getReleaseByTag({ ...repoOf(github), tag: 'v2.0.0' }))).status,
    ).toBe(404);

    const byId = await octokit.rest.repos.getRelease({ ...repoOf(github), release_id: draft.id });
    expect(byId.data).toMatchObject({ draft: true, tag_name: 'v2.0.0', tarball_url: null });
    expect((await failure(octokit.rest.repos.getRelease({ ...repoOf(github), release_id: 1 }))).status).toBe(
      404,
    );
  });

  it('lists releases newest first, 30 a page by default, with Link headers Octokit follows', async () => {
    for (let i = 0; i < 35; i++) {
      github.addRelease({ tag_name: `v${i}`, created_at: `2024-01-01T00:00:${String(i).padStart(2, '0')}Z` });
    }

    const first = await octokit.rest.repos.listReleases(repoOf(github));
    expect(first.data).toHaveLength(30);
    expect(first.data[0]?.tag_name).toBe('v34');
    expect(first.headers.link).toBe(
      `<${github.url}/repos/octo-org/octo-repo/releases?page=2>; rel="next", <${github.url}/repos/octo-org/octo-repo/releases?page=2>; rel="last"`,
    );

    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repoOf(github), per_page: 10 });
    expect(all.map((release) => release.tag_name)).toEqual(
      Array.from({ length: 35 }, (_, i) => `v${34 - i}`),
    );
    expect(github.requests.filter((request) => request.path.includes('per_page=10'))).toHaveLength(4);
  });
});

describe('changing releases', () => {
  it('publishes a draft, which then becomes the latest', async () => {
    const created = await octokit.rest.repos.createRelease({
      ...repoOf(github),
      tag_name: 'v9',
      draft: true,
    });

    const updated = await octokit.rest.repos.updateRelease({
      ...repoOf(github),
      release_id: created.data.id,
      draft: false,
      name: 'Nine',
    });

    expect(updated.data).toMatchObject({ draft: false, name: 'Nine' });
    expect(updated.data.published_at).not.toBeNull();
    expect((await octokit.rest.repos.getLatestRelease(repoOf(github))).data.id).toBe(created.data.id);
  });

  it('will not publish a draft onto a tag another published release holds', async () => {
    github.addRelease({ tag_name: 'v1' });
    const draft = github.addRelease({ tag_name: 'v1', draft: true });
    const error = await failure(
      octokit.rest.repos.updateRelease({ ...repoOf(github), release_id: draft.id, draft: false }),
    );
    expect(error.status).toBe(422);
    expect(error.data.errors).toEqual([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
  });

  it('deletes a release', async () => {
    const release = github.addRelease({ tag_name: 'v1' });
    const response = await octokit.rest.repos.deleteRelease({ ...repoOf(github), release_id: release.id });
    expect(response.status).toBe(204);
    expect(github.releases).toHaveLength(0);
    expect(
      (await failure(octokit.rest.repos.deleteRelease({ ...repoOf(github), release_id: release.id }))).status,
    ).toBe(404);
  });
});
