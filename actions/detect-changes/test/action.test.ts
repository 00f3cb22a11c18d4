// The built bundle (actions/detect-changes/dist) run through packages/runner on Node 24, exactly
// as the GitHub runner would, against real repositories cloned the way actions/checkout does.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitHubStandIn } from '@mlops-actions/emulators';
import { runBuiltAction } from '@mlops-actions/runner';
import {
  dispatchEvent,
  git,
  mergeGroupEvent,
  pullRequestEvent,
  pushEvent,
  RepoFixture,
  tempDir,
} from '@mlops-actions/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const actionDir = new URL('..', import.meta.url).pathname;

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
