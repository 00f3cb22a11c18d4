import { GitHub } from '@actions/github/lib/utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubStandIn } from '../../src/github/index.ts';
import { failure, type Octokit, octokitFor, repoOf } from './octokit.ts';

let github: GitHubStandIn;
let octokit: Octokit;
beforeEach(async () => {
  github = await new GitHubStandIn().start();
  octokit = octokitFor(github);
  github.addRelease({ tag_name: 'v1' });
});
afterEach(() => github.stop());

const latest = (client: Octokit = octokit) => client.rest.repos.getLatestRelease(repoOf(github));

describe('tokens and repositories', () => {
  it('answers 401 with GitHub’s body for a wrong token', async () => {
    const error = await failure(latest(octokitFor(github, 'ghp_wrong')));
    expect(error.status).toBe(401);
    expect(error.data).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
  });

  it('answers 401 without a token', async () => {
    const anonymous = new GitHub({ baseUrl: github.url }) as unknown as Octokit;
    const error = await failure(latest(anonymous));
    expect(error.status).toBe(401);
    expect(github.requests.at(-1)?.authorization).toBeUndefined();
  });

  it('accepts the token as `token …` (what @actions/github sends) or `Bearer …`', async () => {
    await latest();
    expect(github.requests.at(-1)?.authorization).toBe(`token ${github.token}`);
    const bearer = new GitHub({ baseUrl: github.url, auth: `Bearer ${github.token}` }) as unknown as Octokit;
    expect((await latest(bearer)).status).toBe(200);
  });

  it('answers 404 for another repository, and matches names case-insensitively', async () => {
    const other = await failure(
      octokit.rest.repos.getLatestRelease({ owner: 'octo-org', repo: 'elsewhere' }),
    );
    expect(other.status).toBe(404);
    expect(other.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
    const shouted = await octokit.rest.repos.getLatestRelease({ owner: 'Octo-Org', repo: 'OCTO-REPO' });
    expect(shouted.status).toBe(200);
  });

  it('sends rate-limit headers, and answers 403 once the budget is spent', async () => {
    await github.stop();
    github = await new GitHubStandIn({ rateLimit: 2 }).start();
    octokit = octokitFor(github);
    github.addRelease({ tag_name: 'v1' });

    const first = await latest();
    expect(first.headers['x-ratelimit-limit']).toBe('2');
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    expect(Number(first.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    await latest();

    const error = await failure(latest());
    expect(error.status).toBe(403);
    expect(error.headers['x-ratelimit-remaining']).toBe('0');
    expect(String(error.data.message)).toMatch(/^API rate limit exceeded/);
  });
});

// @actions/github's getOctokit has no retry or throttling plugin: every injected fault reaches the
// caller at once, and retrying is the action's own job. These tests pin that down.
describe('injected faults, as Octokit sees them', () => {
  it('503 with Retry-After: thrown at once, not retried; the next call succeeds', async () => {
    github.failNext(1, 503, { retryAfterSeconds: 5, route: '/repos/octo-org/octo-repo/releases/latest' });

    const error = await failure(latest());

    expect(error.status).toBe(503);
    expect(error.headers['retry-after']).toBe('5');
    expect(error.data).toEqual({
      message: 'Service Unavailable',
      documentation_url: 'https://docs.github.com/rest',
      status: '503',
    });
    expect(github.faults.injected).toHaveLength(1);
    expect((await latest()).status).toBe(200);
  });

  it('429 with Retry-After: thrown at once with the header for the caller to honour', async () => {
    github.faults.add({ route: '/repos/', action: { kind: 'status', status: 429, retryAfterSeconds: 7 } });
    const error = await failure(latest());
    expect(error.status).toBe(429);
    expect(error.headers['retry-after']).toBe('7');
    expect(github.requests).toHaveLength(0); // the fault answered before the stand-in's routes
  });

  it('a dropped connection: Octokit throws a RequestError with status 500 and the socket error', async () => {
    github.faults.add({ route: '/repos/', action: { kind: 'drop' } });
    const error = await failure(latest());
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/other side closed|socket|terminated|ECONNRESET/i);
  });

  it('a slow answer: succeeds late, or fails as an abort when the caller sets a timeout', async () => {
    github.faults.add({ route: '/repos/', times: 2, action: { kind: 'delay', ms: 300 } });

    const started = Date.now();
    expect((await latest()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    const error = await failure(
      octokit.rest.repos.getLatestRelease({
        ...repoOf(github),
        request: { signal: AbortSignal.timeout(50) },
      }),
    );
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/abort|timeout/i);
  });

  it('takes rules through the control API too', async () => {
    const response = await fetch(`${github.url}/_emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({
        method: 'GET',
        route: '/^\\/repos\\/[^/]+\\/[^/]+\\/releases/',
        action: { kind: 'status', status: 502 },
      }),
    });
    expect(await response.json()).toEqual({ id: expect.any(Number) });

    expect((await failure(latest())).status).toBe(502);
    expect((await latest()).status).toBe(200);
  });
});
