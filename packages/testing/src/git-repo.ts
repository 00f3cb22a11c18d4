import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Identity and neutral config for every git call, whatever the developer's ~/.gitconfig says. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'mlops-actions tests',
  GIT_AUTHOR_EMAIL: 'tests@mlops-actions.invalid',
  GIT_COMMITTER_NAME: 'mlops-actions tests',
  GIT_COMMITTER_EMAIL: 'tests@mlops-actions.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function git(cwd: string, args: readonly string[], input?: string): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', input, maxBuffer: 1 << 28 }).trim();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `mlops-${prefix}-`));
}

/** File contents to write (text, or bytes for a binary file) or delete (null), by repository-relative path. */
export type FileChanges = Record<string, string | Uint8Array | null>;

/** A working repository where tests author history, plus a bare "GitHub" remote it pushes to. */
export class RepoFixture {
  readonly work: string;
  readonly origin: string;
  readonly root: string;

  constructor() {
    this.root = tempDir('repo');
    this.work = join(this.root, 'author');
    this.origin = join(this.root, 'origin.git');
    git(this.root, ['init', '--quiet', '--bare', '--initial-branch=main', this.origin]);
    // GitHub serves any reachable commit by SHA (actions/checkout relies on it); unreachable ones not.
    git(this.origin, ['config', 'uploadpack.allowReachableSHA1InWant', 'true']);
    git(this.root, ['init', '--quiet', '--initial-branch=main', this.work]);
    git(this.work, ['remote', 'add', 'origin', this.originUrl]);
  }

  get originUrl(): string {
    return `file://${this.origin}`;
  }

  /** Writes and deletes files, commits everything, returns the new commit's SHA. */
  commit(changes: FileChanges, message = 'change'): string {
    for (const [path, content] of Object.entries(changes)) {
      const full = join(this.work, path);
      if (content === null) {
        rmSync(full, { force: true });
      } else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    git(this.work, ['add', '--all']);
    git(this.work, ['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message]);
    return this.head();
  }

  /** Renames a file with git mv and commits. */
  rename(from: string, to: string): string {
    mkdirSync(dirname(join(this.work, to)), { recursive: true });
    git(this.work, ['mv', from, to]);
    git(this.work, ['commit', '--quiet', '-m', `rename ${from}`]);
    return this.head();
  }

  head(): string {
    return git(this.work, ['rev-parse', 'HEAD']);
  }

  checkoutNewBranch(name: string, from = 'HEAD'): void {
    git(this.work, ['checkout', '--quiet', '-b', name, from]);
  }

  checkout(name: string): void {
    git(this.work, ['checkout', '--quiet', name]);
  }

  push(branch: string, options: { force?: boolean } = {}): void {
    git(this.work, [
      'push',
      '--quiet',
      ...(options.force ? ['--force'] : []),
      'origin',
      `HEAD:refs/heads/${branch}`,
    ]);
  }

  /** Publishes a pull request head the way GitHub does: refs/pull/N/head on the base repository. */
  pushPullRef(number: number): void {
    git(this.work, ['push', '--quiet', '--force', 'origin', `HEAD:refs/pull/${number}/head`]);
  }

  /** Drops commits no ref reaches from the remote, as GitHub eventually does after a force-push. */
  pruneOrigin(): void {
    git(this.origin, ['reflog', 'expire', '--expire=now', '--all']);
    git(this.origin, ['gc', '--quiet', '--prune=now']);
  }

  /**
   * A workspace exactly as actions/checkout leaves it: a fresh repository that fetched one commit
   * (depth 1 by default) by SHA into refs/remotes/origin/<branch> and checked it out.
   * With `remote`, origin is that URL (e.g. a GitHttpServer's) and the fetch authenticates with
   * the token as checkout does, with `persist-credentials: false`: nothing of it stays in the clone.
   */
  checkoutLikeActions(
    sha: string,
    options: { branch?: string; depth?: number; remote?: { url: string; token: string } } = {},
  ): string {
    const branch = options.branch ?? 'main';
    const workspace = join(tempDir('workspace'), 'repo');
    mkdirSync(workspace, { recursive: true });
    git(workspace, ['init', '--quiet']);
    git(workspace, ['remote', 'add', 'origin', options.remote?.url ?? this.originUrl]);
    const depth = options.depth === 0 ? [] : [`--depth=${options.depth ?? 1}`];
    const auth = options.remote
      ? [
          '-c',
          `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.remote.token}`).toString('base64')}`,
        ]
      : [];
    git(workspace, [
      ...auth,
      'fetch',
      '--quiet',
      '--no-tags',
      '--prune',
      ...depth,
      'origin',
      `+${sha}:refs/remotes/origin/${branch}`,
    ]);
    git(workspace, ['checkout', '--quiet', '--force', '-B', branch, `refs/remotes/origin/${branch}`]);
    return workspace;
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export const ZERO_SHA = '0'.repeat(40);
