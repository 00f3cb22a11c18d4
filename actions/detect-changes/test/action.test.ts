// The built bundle (actions/detect-changes/dist) run through packages/runner on Node 24, exactly
// as the GitHub runner would, against real repositories cloned the way actions/checkout does.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitHubStandIn } from '@mlops-actions/emulators';
import { readActionMetadata, runBuiltAction } from '@mlops-actions/runner';
import {
  dispatchEvent,
  GitHttpServer,
  git,
  mergeGroupEvent,
  pullRequestEvent,
  pushEvent,
  RepoFixture,
  tempDir,
} from '@mlops-actions/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const actionDir = new URL('..', import.meta.url).pathname;

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const FILTERS = `
codebase:
  - 'Dockerfile'
  - 'pipeline/**'
  - 'models/**'
modules:
  - 'models/**'
  - '!models/**/*_test.py'
`;

let repo: RepoFixture;
let api: GitHubStandIn;
beforeAll(async () => {
  api = await new GitHubStandIn().start();
});
afterAll(() => api.stop());
beforeEach(() => {
  repo = new RepoFixture();
});
afterEach(() => repo.cleanup());

function run(
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runBuiltAction({
    actionDir,
    workspace,
    event,
    inputs: { filters: FILTERS, ...inputs },
    token: api.token,
    env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo-org/octo-repo', ...env },
  });
}

describe('detect-changes (built bundle on Node 24)', () => {
  it('push: takes the modules route when only training modules changed', async () => {
    const before = repo.commit({
      Dockerfile: 'FROM x',
      'models/model.py': 'v1',
      'models/model_test.py': 't1',
    });
    repo.push('main');
    const after = repo.commit({ 'models/model.py': 'v2' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await run(
      workspace,
      pushEvent({ before, after }),
      { 'list-files': 'json' },
      { GITHUB_SHA: after },
    );

    expect(result.main.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      codebase: 'true',
      modules: 'true',
      modules_only: 'true',
      modules_count: '1',
      modules_files: '["models/model.py"]',
      changes: '["codebase","modules"]',
      'base-sha': before,
      'head-sha': after,
      files: '1',
    });
    expect(result.summary).toContain('| modules | ✅ yes | 1 | yes |');
    expect(result.annotations).toEqual([]);
  });

  it('push: takes the image route when the Dockerfile changed too', async () => {
    const before = repo.commit({ Dockerfile: 'FROM x', 'models/model.py': 'v1' });
    const after = repo.commit({ Dockerfile: 'FROM y', 'models/model.py': 'v2' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await run(workspace, pushEvent({ before, after }), {}, { GITHUB_SHA: after });

    expect(result.outputs).toMatchObject({
      codebase_only: 'true',
      modules_only: 'false',
      codebase_count: '2',
    });
    expect(result.outputs.codebase_files).toBeUndefined(); // list-files: none
  });

  it('pull_request: lists files through the REST API with the workflow token', async () => {
    const head = repo.commit({ 'README.md': 'x' });
    repo.push('main');
    api.addPullRequest(21, [
      { filename: 'models/model.py', status: 'modified' },
      { filename: 'docs/guide.md', status: 'added' },
    ]);
    const workspace = repo.checkoutLikeActions(head);

    const result = await run(
      workspace,
      pullRequestEvent({ number: 21, baseSha: head, headSha: head, changedFiles: 2 }),
      {},
    );

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ modules_only: 'true', files: '2' });
    expect(api.requests.at(-1)?.authorization).toBe(`token ${api.token}`);
    expect(result.log).not.toContain(api.token);
  });

  it('merge_group: compares base_sha..head_sha', async () => {
    const base = repo.commit({ 'models/a.py': '1' });
    const head = repo.commit({ 'pipeline/p.py': '1' });
    repo.push('gh-readonly-queue/main/pr-1');
    const workspace = repo.checkoutLikeActions(head);

    const result = await run(workspace, mergeGroupEvent(base, head), {});

    expect(result.outputs).toMatchObject({ codebase: 'true', modules: 'false', 'base-sha': base });
  });

  it('workflow_dispatch: with no earlier successful run and on-unknown-base: fail, says how to set base', async () => {
    const head = repo.commit({ 'models/a.py': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(head);

    const result = await run(
      workspace,
      dispatchEvent(),
      { 'on-unknown-base': 'fail', token: '' },
      { GITHUB_SHA: head },
    );

    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^detect-changes: No base to compare with: .*Set the `base` input/),
      }),
    ]);
  });

  it('pull_request_target from a fork: uses the REST API and fetches nothing from the fork', async () => {
    const head = repo.commit({ 'README.md': 'x' });
    repo.push('main');
    api.addPullRequest(22, [{ filename: 'pipeline/pipeline.py', status: 'modified' }]);
    const workspace = repo.checkoutLikeActions(head);
    const refsBefore = git(workspace, ['for-each-ref']);
    const event = pullRequestEvent({
      number: 22,
      baseSha: head,
      headSha: 'f'.repeat(40),
      changedFiles: 1,
      fork: true,
      name: 'pull_request_target',
    });

    const result = await run(workspace, event, {});

    expect(result.outputs).toMatchObject({ codebase: 'true', modules: 'false', 'head-sha': 'f'.repeat(40) });
    expect(git(workspace, ['for-each-ref'])).toBe(refsBefore);
  });

  it('schedule: compares with the head of the last successful run of the same workflow', async () => {
    const previous = repo.commit({ 'models/a.py': '1', Dockerfile: 'FROM x' });
    const head = repo.commit({ 'models/a.py': '2' });
    repo.push('main');
    api.addWorkflowRun({ id: 501, workflow: 'retrain.yml', head_sha: previous, conclusion: 'success' });
    const workspace = repo.checkoutLikeActions(head);

    const result = await run(
      workspace,
      dispatchEvent('schedule'),
      {},
      {
        GITHUB_SHA: head,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: '502',
        GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/retrain.yml@refs/heads/main',
      },
    );

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ modules_only: 'true', 'base-sha': previous, 'head-sha': head });
    expect(api.requests.at(-1)?.path).toContain(
      '/actions/workflows/retrain.yml/runs?branch=main&status=success',
    );
  });

  it('schedule: skips fork pull requests, other events and other workflows, paging back to the last run of this workflow', async () => {
    const previous = repo.commit({ 'models/a.py': '1', Dockerfile: 'FROM x' });
    const head = repo.commit({ 'models/a.py': '2' });
    repo.push('main');
    const forkHead = repo.commit({ Dockerfile: 'FROM fork' });
    repo.pushPullRef(7);
    const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00Z`;
    // The one run that may be the base: a push run of nightly-retrain.yml in this repository, long ago.
    api.addWorkflowRun({
      workflow: 'nightly-retrain.yml',
      head_sha: previous,
      event: 'push',
      created_at: at(0),
    });
    // More than a page of newer successful runs that must not be: other events of the same workflow…
    for (let i = 0; i < 120; i++) {
      api.addWorkflowRun({
        workflow: 'nightly-retrain.yml',
        head_sha: forkHead,
        event: i % 2 ? 'pull_request' : 'issue_comment',
        head_repository: 'octo-org/octo-repo',
        created_at: at(1),
      });
    }
    // …a pull request from a fork whose branch is called main, and (whatever its event) any run
    // whose head is in another repository…
    for (const event of ['pull_request', 'push']) {
      api.addWorkflowRun({
        workflow: 'nightly-retrain.yml',
        head_sha: forkHead,
        event,
        head_branch: 'main',
        head_repository: 'someone/octo-repo',
        created_at: at(2),
      });
    }
    // …and a newer push run of another workflow.
    api.addWorkflowRun({ workflow: 'lint.yml', head_sha: forkHead, event: 'push', created_at: at(3) });
    const workspace = repo.checkoutLikeActions(head);

    const result = await run(
      workspace,
      dispatchEvent('schedule'),
      {},
      {
        GITHUB_SHA: head,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: '99999',
        GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/nightly-retrain.yml@refs/heads/main',
      },
    );

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ modules_only: 'true', 'base-sha': previous, 'head-sha': head });
    const listings = api.requests.filter((r) =>
      r.path.includes('/actions/workflows/nightly-retrain.yml/runs'),
    );
    expect(listings.map((r) => new URL(r.path, api.url).searchParams.get('page'))).toEqual(['1', '2']);
  });

  it('workflow_dispatch: with no earlier matching run within the documented limit, says so', async () => {
    const head = repo.commit({ 'models/a.py': '1' });
    repo.push('main');
    api.addWorkflowRun({
      workflow: 'nightly.yml',
      head_sha: head,
      event: 'pull_request',
      head_repository: 'someone/octo-repo',
    });
    const workspace = repo.checkoutLikeActions(head);

    const result = await run(
      workspace,
      dispatchEvent(),
      { 'on-unknown-base': 'fail' },
      {
        GITHUB_SHA: head,
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: '99998',
        GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/nightly.yml@refs/heads/main',
      },
    );

    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain(
      'nightly.yml has no earlier successful workflow_dispatch or push run of octo-org/octo-repo on main among its 1,000 most recent successful runs there',
    );
  });

  it('never lets a file name become a workflow command, and its shell list reads back exactly', async () => {
    const before = repo.commit({ 'seed.txt': '1' });
    const names = ['models/x\n::warning::pwned.py', "models/it's here.py", 'models/ünï.py'];
    const after = repo.commit(Object.fromEntries(names.map((n) => [n, '1'])));
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await run(
      workspace,
      pushEvent({ before, after }),
      { 'list-files': 'shell' },
      { GITHUB_SHA: after },
    );

    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    const readBack = spawnSync(
      'bash',
      ['--norc', '--noprofile', '-c', 'eval "set -- $FILES"; printf "%s\\0" "$@"'],
      {
        env: { FILES: result.outputs.modules_files ?? '' },
        encoding: 'utf8',
      },
    );
    expect(readBack.stdout.split('\0').filter(Boolean).sort()).toEqual([...names].sort());
  });

  it('reads filters from a file in the repository', async () => {
    const before = repo.commit({ '.github/filters.yml': FILTERS, 'models/a.py': '1' });
    const after = repo.commit({ 'pipeline/p.py': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await run(
      workspace,
      pushEvent({ before, after }),
      { filters: '.github/filters.yml' },
      { GITHUB_SHA: after },
    );

    expect(result.outputs).toMatchObject({ codebase: 'true', modules: 'false' });
  });
});

describe('a private repository, checked out at depth 1 with persist-credentials: false', () => {
  let server: GitHttpServer;
  beforeEach(async () => {
    server = await new GitHttpServer({ projectRoot: repo.root, token: api.token }).start();
  });
  afterEach(() => server.stop());

  /** A push that changed only a training module, on a host that refuses anonymous fetches. */
  const privatePush = () => {
    const before = repo.commit({ Dockerfile: 'FROM x', 'models/model.py': 'v1' });
    repo.push('main');
    const after = repo.commit({ 'models/model.py': 'v2' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after, {
      remote: { url: `${server.url}/origin.git`, token: api.token },
    });
    return { before, after, workspace, event: pushEvent({ before, after }) };
  };

  it('fetches the base with the job token and takes the modules route; the token is nowhere', async () => {
    const { before, after, workspace, event } = privatePush();
    // What today's anonymous fetch meets: the host refuses it.
    expect(() => git(workspace, ['fetch', '--depth=1', 'origin', before])).toThrow(/could not read Username/);
    const seenBefore = (await server.requests()).length;

    const result = await run(
      workspace,
      event,
      { 'list-files': 'json' },
      { GITHUB_SHA: after, GITHUB_SERVER_URL: server.url },
    );

    expect(result.main.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toEqual([]);
    expect(result.outputs).toMatchObject({
      modules_only: 'true',
      modules_files: '["models/model.py"]',
      'base-sha': before,
      files: '1',
    });
    const fetches = (await server.requests()).slice(seenBefore);
    expect(fetches.length).toBeGreaterThan(0);
    expect(fetches.every((request) => request.authorized)).toBe(true);
    // Neither the token nor the header value git sent: not in what the step printed (before
    // masking), not in the log, not in .git/config nor anywhere else in the clone's .git.
    const basic = Buffer.from(`x-access-token:${api.token}`).toString('base64');
    // `::add-mask::` lines are how a step registers a secret; the runner never prints them.
    const printed = result.main.stdout.replace(/^::add-mask::.*$/gm, '');
    const everywhere = [
      printed,
      result.main.stderr,
      result.log,
      readFileSync(join(workspace, '.git', 'config'), 'utf8'),
      ...filesUnder(join(workspace, '.git')).map((file) => readFileSync(file, 'latin1')),
    ];
    for (const text of everywhere) {
      expect(text).not.toContain(api.token);
      expect(text).not.toContain(basic);
    }
    expect(result.masks).toEqual(expect.arrayContaining([api.token, basic]));
  });

  it('a token the host refuses: says authentication and what to grant, not a force-push', async () => {
    const { after, workspace, event } = privatePush();

    const result = await run(
      workspace,
      event,
      { token: 'ghp_someone_elses_token' },
      { GITHUB_SHA: after, GITHUB_SERVER_URL: server.url },
    );

    expect(result.exitCode).toBe(1);
    expect(result.log).not.toMatch(/force-push/);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^detect-changes: git fetch from "origin" failed for authentication/);
    expect(errors[0]?.message).toContain('`contents: read`');
    expect(errors[0]?.message).toContain('`token`');
    expect(result.outputs).toEqual({});
  });

  it('no token at all: says to set the token input', async () => {
    const { after, workspace, event } = privatePush();

    const result = await run(
      workspace,
      event,
      { token: '' },
      { GITHUB_SHA: after, GITHUB_SERVER_URL: server.url },
    );

    expect(result.exitCode).toBe(1);
    expect(result.log).not.toMatch(/force-push/);
    expect(result.annotations[0]?.message).toContain(
      'the server asked for credentials and the action had none (the `token` input is empty)',
    );
  });

  it('never sends the token to a remote on another host than the GitHub server', async () => {
    const { after, workspace, event } = privatePush();
    const seenBefore = (await server.requests()).length;

    const result = await run(
      workspace,
      event,
      {},
      { GITHUB_SHA: after, GITHUB_SERVER_URL: 'https://github.example.com' },
    );

    expect(result.exitCode).toBe(1);
    const fetches = (await server.requests()).slice(seenBefore);
    expect(fetches.length).toBeGreaterThan(0);
    expect(fetches.some((request) => request.authorized)).toBe(false);
  });
});

describe('GitHub API refusals name the token input and the permission to grant', () => {
  const scheduleEnv = (head: string) => ({
    GITHUB_SHA: head,
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '99997',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/retrain.yml@refs/heads/main',
  });

  const errorOf = (result: Awaited<ReturnType<typeof run>>) => {
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    const message = errors[0]?.message ?? '';
    expect(message).not.toContain('docs.github.com');
    return message;
  };

  const pullRequest = async (status?: number, inputs: Record<string, string> = {}) => {
    const head = repo.commit({ 'README.md': 'x' });
    repo.push('main');
    api.addPullRequest(31, [{ filename: 'models/model.py', status: 'modified' }]);
    if (status) api.failNext(1, status, { route: '/repos/octo-org/octo-repo/pulls/31/files' });
    const workspace = repo.checkoutLikeActions(head);
    return run(
      workspace,
      pullRequestEvent({ number: 31, baseSha: head, headSha: head, changedFiles: 1 }),
      inputs,
    );
  };

  it('401 on the pull request files: the token input was rejected', async () => {
    const message = errorOf(await pullRequest(undefined, { token: 'ghp_not_the_right_one' }));
    expect(message).toMatch(
      /^detect-changes: GitHub rejected the token \(401 Bad credentials\) when listing the files of pull request #31/,
    );
    expect(message).toContain('`token` input');
  });

  it('403 on the pull request files: names pull-requests: read', async () => {
    const message = errorOf(await pullRequest(403));
    expect(message).toContain('403 Resource not accessible by integration');
    expect(message).toContain('`pull-requests: read`');
    expect(message).toContain('`token` input');
  });

  it('404 on the pull request files: names pull-requests: read', async () => {
    const message = errorOf(await pullRequest(404));
    expect(message).toContain('404 Not Found');
    expect(message).toContain('`pull-requests: read`');
    expect(message).toContain('`token` input');
  });

  for (const status of [403, 404]) {
    it(`${status} on the workflow runs: names actions: read`, async () => {
      const head = repo.commit({ 'models/a.py': '1' });
      repo.push('main');
      api.failNext(1, status, { route: '/repos/octo-org/octo-repo/actions/workflows/retrain.yml/runs' });
      const workspace = repo.checkoutLikeActions(head);
      const message = errorOf(await run(workspace, dispatchEvent('schedule'), {}, scheduleEnv(head)));
      expect(message).toContain('when looking for the last successful run of retrain.yml');
      expect(message).toContain('`actions: read`');
      expect(message).toContain('`token` input');
    });
  }
});

describe('bad inputs fail before any git or API call', () => {
  // Not even a git repository: any git call would fail with a different message.
  const workspace = tempDir('not-a-repo');
  const requestsBefore = () => api.requests.length;
  const cases: [string, Record<string, string>, string][] = [
    ['invalid YAML', { filters: 'a: [unclosed' }, 'input "filters"'],
    ['a group that is not a list of strings', { filters: 'models:\n  nested: true' }, 'models'],
    ['an unknown change type', { filters: "models:\n  - renamed: 'models/**'" }, 'renamed'],
    ['an empty filter set', { filters: '# nothing: here\n{}' }, 'filter'],
    [
      'an inline empty mapping, which is YAML and not a file name',
      { filters: '{}' },
      'Invalid filters in input "filters": no groups defined',
    ],
    [
      'an inline flow list, which is YAML and not a file name',
      { filters: "['models/**']" },
      'Invalid filters in input "filters": expected a mapping of group names to patterns',
    ],
    [
      'an inline quoted string, which is YAML and not a file name',
      { filters: '"filters.yml"' },
      'Invalid filters in input "filters": expected a mapping of group names to patterns',
    ],
    [
      'a group whose <name>_count is another group',
      { filters: "a: ['x']\na_count: ['y']" },
      'groups "a" and "a_count" would both set the step output "a_count"',
    ],
    [
      'a filters path that does not exist',
      { filters: 'missing/filters.yml' },
      'Input "filters" names the file "missing/filters.yml", which does not exist',
    ],
    [
      'an unknown list-files format',
      { 'list-files': 'xml' },
      'Input "list-files" must be one of none, json, csv, shell; got "xml".',
    ],
    [
      'a working-directory outside the workspace',
      { 'working-directory': '../elsewhere' },
      'Input "working-directory" must be a relative path inside',
    ],
    [
      'an unknown on-unknown-base policy',
      { 'on-unknown-base': 'guess' },
      'Input "on-unknown-base" must be one of all, fail; got "guess".',
    ],
  ];
  for (const [what, inputs, expected] of cases) {
    it(what, async () => {
      const count = requestsBefore();
      const result = await run(
        workspace,
        pushEvent({ before: 'a'.repeat(40), after: 'b'.repeat(40) }),
        inputs,
      );
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain(expected);
      expect(errors[0]?.message).not.toMatch(/git/i);
      expect(api.requests.length).toBe(count);
    });
  }

  // Every output the action writes itself, read from action.yml so that a new one is covered too.
  for (const output of Object.keys(readActionMetadata(actionDir).outputs)) {
    for (const name of [output, output.toUpperCase()]) {
      it(`a group named ${JSON.stringify(name)}, which would overwrite the action's own output`, async () => {
        const count = requestsBefore();
        const result = await run(workspace, pushEvent({ before: 'a'.repeat(40), after: 'b'.repeat(40) }), {
          filters: `${name}: ['models/**']`,
        });
        expect(result.exitCode).toBe(1);
        const errors = result.annotations.filter((a) => a.level === 'error');
        expect(errors).toHaveLength(1);
        expect(errors[0]?.message).toContain(
          `Invalid filters in input "filters": group name ${JSON.stringify(name)} would set the step output ${JSON.stringify(name)}, which the action writes itself`,
        );
        expect(errors[0]?.message).not.toMatch(/git/i);
        expect(api.requests.length).toBe(count);
      });
    }
  }

  it('a filters file reached through a symlink out of the workspace', async () => {
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'filters.yml'), FILTERS);
    const ws = tempDir('ws');
    spawnSync('ln', ['-s', join(outside, 'filters.yml'), join(ws, 'filters.yml')]);
    const result = await run(ws, pushEvent({ before: 'a'.repeat(40), after: 'b'.repeat(40) }), {
      filters: 'filters.yml',
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain('Input "filters" must be a relative path inside');
  });
});
