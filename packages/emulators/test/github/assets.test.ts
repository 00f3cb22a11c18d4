import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DownloadSigner } from '../../src/github/downloads.ts';
import { GitHubStandIn, githubAssetName } from '../../src/github/index.ts';
import { failure, type Octokit, octokitFor, repoOf } from './octokit.ts';

let github: GitHubStandIn;
let octokit: Octokit;
beforeEach(async () => {
  github = await new GitHubStandIn().start();
  octokit = octokitFor(github);
});
afterEach(() => github.stop());

const modelBytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));

/** Uploads the way actions do: to the release's upload_url (uploads.github.com in real life). */
async function upload(
  releaseId: number,
  name: string,
  data: Buffer | string,
  contentType = 'application/zip',
) {
  const release = await octokit.rest.repos.getRelease({ ...repoOf(github), release_id: releaseId });
  return octokit.rest.repos.uploadReleaseAsset({
    ...repoOf(github),
    release_id: releaseId,
    url: release.data.upload_url,
    name,
    data: data as unknown as string,
    headers: { 'content-type': contentType },
  });
}

describe('uploading assets', () => {
  it('stores the bytes and answers 201 with the asset, its size and sha256 digest', async () => {
    const release = github.addRelease({ tag_name: 'v1' });

    const response = await upload(release.id, 'model.zip', modelBytes);

    expect(response.status).toBe(201);
    expect(response.data).toMatchObject({
      name: 'model.zip',
      label: null,
      state: 'uploaded',
      content_type: 'application/zip',
      size: modelBytes.length,
      download_count: 0,
      browser_download_url: `${github.url}/octo-org/octo-repo/releases/download/v1/model.zip`,
      url: `${github.url}/repos/octo-org/octo-repo/releases/assets/${response.data.id}`,
    });
    expect((response.data as { digest?: string }).digest).toBe(
      `sha256:${createHash('sha256').update(modelBytes).digest('hex')}`,
    );
    expect(github.releases[0]?.assets[0]?.data.equals(modelBytes)).toBe(true);
    const listed = await octokit.rest.repos.listReleaseAssets({ ...repoOf(github), release_id: release.id });
    expect(listed.data.map((asset) => asset.name)).toEqual(['model.zip']);
  });

  it('rejects a second asset with the same name until the first is deleted', async () => {
    const release = github.addRelease({ tag_name: 'v1' });
    const first = await upload(release.id, 'model.zip', 'one');

    const error = await failure(upload(release.id, 'model.zip', 'two'));
    expect(error.status).toBe(422);
    expect(error.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });

    const deleted = await octokit.rest.repos.deleteReleaseAsset({
      ...repoOf(github),
      asset_id: first.data.id,
    });
    expect(deleted.status).toBe(204);
    expect((await upload(release.id, 'model.zip', 'two')).status).toBe(201);
  });

  it('renames names with special characters, as GitHub does', async () => {
    const release = github.addRelease({ tag_name: 'v1' });
    const response = await upload(release.id, 'my model (final).tar.gz', 'x');
    expect(response.data.name).toBe('my.model.final.tar.gz');
    expect(githubAssetName('.hidden')).toBe('hidden');
  });

  it('answers 400 without a name, and 404 for an unknown release', async () => {
    const release = github.addRelease({ tag_name: 'v1' });
    const unnamed = await failure(
      octokit.request('POST {url}', {
        url: `${github.url}/repos/octo-org/octo-repo/releases/${release.id}/assets`,
        data: 'x',
        headers: { 'content-type': 'text/plain' },
      }),
    );
    expect(unnamed.status).toBe(400);
    expect(unnamed.data.message).toBe('Invalid name for request');

    const missing = await failure(
      octokit.rest.repos.uploadReleaseAsset({
        ...repoOf(github),
        release_id: 424242,
        url: `${github.url}/repos/octo-org/octo-repo/releases/424242/assets{?name,label}`,
        name: 'a.txt',
        data: 'x',
      }),
    );
    expect(missing.status).toBe(404);
  });
});

describe('downloading assets', () => {
  it('redirects Accept: application/octet-stream to a signed address, which Octokit follows to the bytes', async () => {
    const release = github.addRelease({ tag_name: 'v1', assets: [{ name: 'model.bin', data: modelBytes }] });
    const assetId = release.assets[0]?.id as number;

    const response = await octokit.rest.repos.getReleaseAsset({
      ...repoOf(github),
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
    });

    expect(response.status).toBe(200);
    expect(Buffer.from(response.data as unknown as ArrayBuffer).equals(modelBytes)).toBe(true);
    expect(response.url).toMatch(
      new RegExp(
        `^${github.url}/release-assets/${assetId}/model\\.bin\\?expires=\\d+&signature=[0-9a-f]{64}$`,
      ),
    );
    expect(github.releases[0]?.assets[0]?.download_count).toBe(1);
  });

  it('answers the redirect itself with 302 and a Location that needs no token', async () => {
    const release = github.addRelease({ tag_name: 'v1', assets: [{ name: 'model.bin', data: 'weights' }] });
    const assetId = release.assets[0]?.id as number;

    const redirect = await octokit.rest.repos.getReleaseAsset({
      ...repoOf(github),
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
      request: { redirect: 'manual' },
    });
    expect(redirect.status).toBe(302);
    const location = String(redirect.headers.location);

    // Another client without credentials, as a browser or curl would follow it.
    const anonymous = octokitFor(github, 'not-the-token');
    const bytes = await anonymous.request(`GET ${location}`);
    expect(Buffer.from(bytes.data as ArrayBuffer).toString()).toBe('weights');

    const forged = await failure(
      anonymous.request(`GET ${location.replace(/signature=[0-9a-f]+/, `signature=${'0'.repeat(64)}`)}`),
    );
    expect(forged.status).toBe(403);
  });

  it('answers JSON metadata without the octet-stream Accept header', async () => {
    const release = github.addRelease({
      tag_name: 'v1',
      assets: [{ name: 'a.txt', data: 'abc', content_type: 'text/plain' }],
    });
    const response = await octokit.rest.repos.getReleaseAsset({
      ...repoOf(github),
      asset_id: release.assets[0]?.id as number,
    });
    expect(response.data).toMatchObject({ name: 'a.txt', size: 3, content_type: 'text/plain' });
  });

  it('serves browser_download_url through the same redirect', async () => {
    github.addRelease({ tag_name: 'v1', assets: [{ name: 'a.txt', data: 'abc' }] });
    const latest = await octokit.rest.repos.getLatestRelease(repoOf(github));
    const bytes = await octokit.request(`GET ${latest.data.assets[0]?.browser_download_url}`);
    expect(Buffer.from(bytes.data as ArrayBuffer).toString()).toBe('abc');
  });

  it('answers 404 for a deleted asset', async () => {
    const release = github.addRelease({ tag_name: 'v1', assets: [{ name: 'a.txt', data: 'abc' }] });
    const assetId = release.assets[0]?.id as number;
    await octokit.rest.repos.deleteReleaseAsset({ ...repoOf(github), asset_id: assetId });
    const error = await failure(octokit.rest.repos.getReleaseAsset({ ...repoOf(github), asset_id: assetId }));
    expect(error.status).toBe(404);
    expect(error.data.documentation_url).toBe(
      'https://docs.github.com/rest/releases/assets#get-a-release-asset',
    );
  });

  it('lets a signed address expire after five minutes, like GitHub’s', () => {
    const signer = new DownloadSigner();
    const issued = Date.parse('2024-01-01T00:00:00Z');
    const address = new URL(`http://127.0.0.1${signer.path(7, 'a.txt', issued)}`);
    expect(signer.verify(address, issued + 299_000)).toBe(7);
    expect(signer.verify(address, issued + 301_000)).toBeUndefined();
  });
});
