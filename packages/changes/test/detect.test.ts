import { GitHubStandIn } from '@mlops-actions/emulators';
import {
  dispatchEvent,
  git,
  mergeGroupEvent,
  pullRequestEvent,
  pushEvent,
  RepoFixture,
  ZERO_SHA,
} from '@mlops-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DetectOptions, detectChanges } from '../src/detect.ts';

let repo: RepoFixture;
let logs: string[];
let warnings: string[];

beforeEach(() => {
  repo = new RepoFixture();
  logs = [];
  warnings = [];
});
afterEach(() => repo.cleanup());

function options(
  workspace: string,
  event: { name: string; payload: object },
  extra: Partial<DetectOptions> = {},
) {
  return {
    cwd: workspace,
    eventName: event.name,
    payload: event.payload as Record<string, unknown>,
    onUnknownBase: 'all' as const,
    log: (message: string) => logs.push(message),
    warn: (message: string) => warnings.push(message),
    ...extra,
  };
}

const paths = (files: { path: string; status: string }[]) => files.map((f) => `${f.status} ${f.path}`).sort();

describe('push', () => {
  it('compares before..after in a depth-1 clone, fetching only the previous head', async () => {
    const before = repo.commit({ 'README.md': 'hi', 'models/model.py': 'v1' });
    repo.push('main');
    const after = repo.commit({ 'models/model.py': 'v2', 'models/new.py': 'x', 'README.md': null });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await detectChanges(options(workspace, pushEvent({ before, after }), { sha: after }));

    expect(paths(result.files)).toEqual([
      'added models/new.py',
      'deleted README.md',
      'modified models/model.py',
    ]);
    expect(result.baseSha).toBe(before);
    expect(result.headSha).toBe(after);
    expect(git(workspace, ['rev-parse', '--is-shallow-repository'])).toBe('true');
  });

  it('deepens step by step when the server will not send a commit by SHA', async () => {
    git(repo.origin, ['config', 'uploadpack.allowReachableSHA1InWant', 'false']);
    const before = repo.commit({ 'a.txt': '1' });
    for (let i = 0; i < 60; i++) repo.commit({ [`log/${i}.txt`]: String(i) });
    const after = repo.commit({ 'a.txt': '2' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);
    // Protocol v2 serves any reachable commit regardless; an old-protocol server refuses.
    git(workspace, ['config', 'protocol.version', '0']);

    const result = await detectChanges(options(workspace, pushEvent({ before, after }), { sha: after }));

    expect(result.files).toHaveLength(61);
    expect(result.baseSha).toBe(before);
    expect(logs.some((line) => line.startsWith('Deepening the clone'))).toBe(true);
  });

  it('counts a rename as the old path deleted and the new path added', async () => {
    const before = repo.commit({ 'models/old_name.py': 'print(1)\n'.repeat(20) });
    const after = repo.rename('models/old_name.py', 'models/new_name.py');
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await detectChanges(options(workspace, pushEvent({ before, after }), { sha: after }));

    expect(paths(result.files)).toEqual(['added models/new_name.py', 'deleted models/old_name.py']);
  });

  it('keeps odd file names intact', async () => {
    const names = [
      'with space.py',
      'quote"s.py',
      "it's.py",
      'line\nbreak.py',
      'ünïcödé/日本.py',
      'docs/x\n::warning::y.md',
      '.hidden/.env',
    ];
    const before = repo.commit({ 'seed.txt': '1' });
    const after = repo.commit(Object.fromEntries(names.map((name) => [name, 'content'])));
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await detectChanges(options(workspace, pushEvent({ before, after }), { sha: after }));

    expect(result.files.map((f) => f.path).sort()).toEqual([...names].sort());
  });

  it('handles a commit that changes 5,000 files', async () => {
    const before = repo.commit({ 'seed.txt': '1' });
    const files = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`data/part-${i}.csv`, `${i}\n`]),
    );
    const after = repo.commit(files);
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);

    const result = await detectChanges(options(workspace, pushEvent({ before, after }), { sha: after }));

    expect(result.files).toHaveLength(5000);
    expect(result.files.every((f) => f.status === 'added')).toBe(true);
  });

  it('compares the first push of a branch with its merge-base on the default branch', async () => {
    repo.commit({ 'base.txt': '1' });
    for (let i = 0; i < 70; i++) repo.commit({ [`history/${i}.txt`]: String(i) });
    const forkPoint = repo.commit({ 'models/model.py': 'v1' });
    repo.push('main');
    repo.checkoutNewBranch('feature');
    repo.commit({ 'models/model.py': 'v2' });
    const after = repo.commit({ 'models/extra.py': 'x' });
    repo.push('feature');
    repo.checkout('main');
    repo.commit({ 'pipeline/pipeline.py': 'moved on' }); // main moves on after the fork point
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after, { branch: 'feature' });

    const event = pushEvent({ before: ZERO_SHA, after, ref: 'refs/heads/feature' });
    const result = await detectChanges(options(workspace, event, { sha: after }));

    expect(result.baseSha).toBe(forkPoint);
    expect(paths(result.files)).toEqual(['added models/extra.py', 'modified models/model.py']);
  });

  it('falls back to the merge-base with a warning when a force-push left `before` unreachable', async () => {
    repo.commit({ 'base.txt': '1' });
    repo.push('main');
    repo.checkoutNewBranch('feature');
    const forkPoint = repo.head();
    const before = repo.commit({ 'models/a.py': 'first attempt' });
    repo.push('feature');
    git(repo.work, ['reset', '--quiet', '--hard', forkPoint]);
    const after = repo.commit({ 'models/b.py': 'second attempt' });
    repo.push('feature', { force: true });
    repo.pruneOrigin();
    const workspace = repo.checkoutLikeActions(after, { branch: 'feature' });

    const event = pushEvent({ before, after, ref: 'refs/heads/feature', forced: true });
    const result = await detectChanges(options(workspace, event, { sha: after }));

    expect(warnings.join('\n')).toContain(`previous head ${before} is no longer reachable`);
    expect(result.baseSha).toBe(forkPoint);
    expect(paths(result.files)).toEqual(['added models/b.py']);
  });

  it('treats the first push of the default branch as every file changed, or fails when asked to', async () => {
    const after = repo.commit({ 'a.py': '1', 'b/c.py': '2' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);
    const event = pushEvent({ before: ZERO_SHA, after });

    const all = await detectChanges(options(workspace, event, { sha: after }));
    expect(paths(all.files)).toEqual(['added a.py', 'added b/c.py']);
    expect(all.baseSha).toBeUndefined();

    await expect(
      detectChanges(options(workspace, event, { sha: after, onUnknownBase: 'fail' })),
    ).rejects.toThrow(
      /No base to compare with: the first push of this branch, with no other branch to compare with\. Set the `base` input/,
    );
  });

  it('reports nothing for a push that deleted the branch', async () => {
    const before = repo.commit({ 'a.py': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(before);
    const result = await detectChanges(options(workspace, pushEvent({ before, after: ZERO_SHA })));
    expect(result.files).toEqual([]);
  });
});

describe('explicit base', () => {
  it('wins over the event and uses the merge-base with the given branch', async () => {
    repo.commit({ 'a.txt': '1' });
    const forkPoint = repo.head();
    repo.push('main');
    repo.checkoutNewBranch('feature');
    const middle = repo.commit({ 'models/x.py': '1' });
    const after = repo.commit({ 'models/y.py': '1' });
    repo.push('feature');
    const workspace = repo.checkoutLikeActions(after, { branch: 'feature' });

    const event = pushEvent({ before: middle, after, ref: 'refs/heads/feature' });
    const result = await detectChanges(options(workspace, event, { sha: after, base: 'main' }));

    expect(result.baseSha).toBe(forkPoint);
    expect(paths(result.files)).toEqual(['added models/x.py', 'added models/y.py']);
  });

  it('names the input and value when the base does not exist', async () => {
    const after = repo.commit({ 'a.txt': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(after);
    await expect(
      detectChanges(options(workspace, pushEvent({ before: ZERO_SHA, after }), { base: 'no-such-branch' })),
    ).rejects.toThrow(
      'Input "base" names "no-such-branch", which is neither a commit in this clone nor a branch, tag or commit the remote could supply.',
    );
  });
});

describe('pull requests', () => {
  let api: GitHubStandIn;
  beforeEach(async () => {
    api = await new GitHubStandIn().start();
  });
  afterEach(() => api.stop());

  const apiOptions = () => ({ token: api.token, apiUrl: api.url, owner: 'octo-org', repo: 'octo-repo' });

  it('lists files from the REST API across pages, renames split in two', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `models/m${i}.py`,
      status: 'modified' as const,
    }));
    files.push({ filename: 'models/new.py', status: 'renamed', previous_filename: 'models/old.py' } as never);
    api.addPullRequest(7, files);
    const head = repo.commit({ 'x.txt': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(head);
    const event = pullRequestEvent({ number: 7, baseSha: head, headSha: head, changedFiles: 251 });

    const result = await detectChanges(options(workspace, event, { api: apiOptions() }));

    expect(result.files).toHaveLength(252);
    expect(result.files.slice(-2)).toEqual([
      { path: 'models/old.py', status: 'deleted' },
      { path: 'models/new.py', status: 'added' },
    ]);
    expect(api.requests.filter((r) => r.path.includes('/pulls/7/files'))).toHaveLength(3);
    expect(api.requests[0]?.authorization).toBe(`token ${api.token}`);
  });

  it('falls back to git when the API stops at 3,000 files, deepening to the merge-base', async () => {
    const base = repo.commit({ 'seed.txt': '1' });
    repo.push('main');
    repo.checkoutNewBranch('feature');
    const many = Object.fromEntries(Array.from({ length: 3100 }, (_, i) => [`data/f${i}.txt`, String(i)]));
    repo.commit(many);
    const head = repo.commit({ 'models/last.py': '1' });
    repo.pushPullRef(9);
    api.addPullRequest(
      9,
      Array.from({ length: 3101 }, (_, i) => ({ filename: `data/f${i}.txt`, status: 'added' as const })),
    );
    const workspace = repo.checkoutLikeActions(base);
    const event = pullRequestEvent({ number: 9, baseSha: base, headSha: head, changedFiles: 3101 });

    const result = await detectChanges(options(workspace, event, { api: apiOptions() }));

    expect(warnings.join('\n')).toContain("listed 3000 of the pull request's 3101 changed files");
    expect(result.files).toHaveLength(3101);
    expect(result.baseSha).toBe(base);
  });

  it('uses git alone when no token is given', async () => {
    const base = repo.commit({ 'seed.txt': '1' });
    repo.push('main');
    repo.checkoutNewBranch('feature');
    const head = repo.commit({ 'models/model.py': '1', 'seed.txt': '2' });
    repo.pushPullRef(3);
    const workspace = repo.checkoutLikeActions(base);
    const event = pullRequestEvent({ number: 3, baseSha: base, headSha: head, changedFiles: 2 });

    const result = await detectChanges(options(workspace, event));

    expect(paths(result.files)).toEqual(['added models/model.py', 'modified seed.txt']);
    expect(api.requests).toHaveLength(0);
  });

  it('never fetches a fork under pull_request_target', async () => {
    const base = repo.commit({ 'seed.txt': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(base);
    const event = pullRequestEvent({
      number: 4,
      baseSha: base,
      headSha: 'f'.repeat(40),
      changedFiles: 1,
      fork: true,
      name: 'pull_request_target',
    });
    const before = git(workspace, ['for-each-ref']);

    await expect(detectChanges(options(workspace, event))).rejects.toThrow(/never fetches fork code/);
    expect(git(workspace, ['for-each-ref'])).toBe(before);
  });
});

describe('merge_group and runs without a previous commit', () => {
  it('compares base_sha..head_sha of a merge group', async () => {
    const base = repo.commit({ 'a.txt': '1' });
    const head = repo.commit({ 'models/q.py': '1' });
    repo.push('gh-readonly-queue/main/pr-1');
    const workspace = repo.checkoutLikeActions(head);
    const result = await detectChanges(options(workspace, mergeGroupEvent(base, head)));
    expect(paths(result.files)).toEqual(['added models/q.py']);
  });

  it('compares workflow_dispatch with the last successful run of the workflow on the branch', async () => {
    const api = await new GitHubStandIn().start();
    try {
      const previous = repo.commit({ 'a.txt': '1' });
      const head = repo.commit({ 'models/z.py': '1' });
      repo.push('main');
      api.addWorkflowRun({ id: 10, workflow: 'mlops.yml', head_sha: previous, conclusion: 'success' });
      api.addWorkflowRun({ id: 11, workflow: 'mlops.yml', head_sha: 'e'.repeat(40), conclusion: 'failure' });
      api.addWorkflowRun({ id: 12, workflow: 'mlops.yml', head_sha: head, conclusion: 'success' });
      const workspace = repo.checkoutLikeActions(head);
      const result = await detectChanges(
        options(workspace, dispatchEvent(), {
          sha: head,
          refName: 'main',
          runId: '12', // the current run is excluded
          workflowRef: 'octo-org/octo-repo/.github/workflows/mlops.yml@refs/heads/main',
          api: { token: api.token, apiUrl: api.url, owner: 'octo-org', repo: 'octo-repo' },
        }),
      );
      expect(result.baseSha).toBe(previous);
      expect(paths(result.files)).toEqual(['added models/z.py']);
    } finally {
      await api.stop();
    }
  });

  it('follows on-unknown-base when a schedule run has no token', async () => {
    const head = repo.commit({ 'a.txt': '1' });
    repo.push('main');
    const workspace = repo.checkoutLikeActions(head);
    const all = await detectChanges(options(workspace, dispatchEvent('schedule'), { sha: head }));
    expect(paths(all.files)).toEqual(['added a.txt']);
    await expect(
      detectChanges(options(workspace, dispatchEvent('schedule'), { sha: head, onUnknownBase: 'fail' })),
    ).rejects.toThrow(
      'No base to compare with: a schedule event has no previous commit and no token was given. Set the `base` input (a branch, tag or SHA), or `on-unknown-base: all` to treat every file as changed.',
    );
  });
});
