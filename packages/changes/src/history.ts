import { DetectError } from './detect-error.ts';
import { type Git, GitError } from './git.ts';
import { isAuthenticationFailure } from './git-credentials.ts';

/** How far each deepening step reaches, in commits; after the last, the clone is unshallowed. */
const DEEPEN_STEPS = [50, 200, 1000, 5000] as const;

export type HistoryLog = (message: string) => void;

/**
 * Makes the commits a comparison needs present in the clone, fetching as little as possible.
 * actions/checkout clones at depth 1 by default, so the base of a comparison is usually missing.
 */
export class History {
  private readonly git: Git;
  private readonly remote: string;
  private readonly log: HistoryLog;

  constructor(git: Git, remote: string, log: HistoryLog) {
    this.git = git;
    this.remote = remote;
    this.log = log;
  }

  /**
   * Returns the commit's full SHA once it is present, or undefined when the remote cannot supply it
   * (for example the old head of a force-push, which no ref reaches any more).
   * `reachableFrom` is a revision to deepen along when the server refuses to send a commit by SHA.
   */
  async ensureCommit(sha: string, reachableFrom: readonly string[]): Promise<string | undefined> {
    const present = await this.git.resolveCommit(sha);
    if (present) return present;
    this.log(`Fetching commit ${sha} (not in this clone)`);
    if (await this.tryFetch(['--depth=1', this.remote, sha])) {
      const fetched = await this.git.resolveCommit(sha);
      if (fetched) return fetched;
    }
    // Servers that do not serve arbitrary SHAs: deepen along the commits that should contain it.
    if (reachableFrom.length === 0) return undefined;
    return this.deepenUntil(reachableFrom, async () => this.git.resolveCommit(sha));
  }

  /** Fetches a branch of the remote into refs/remotes/<remote>/<branch>; returns its commit. */
  async fetchBranch(branch: string, depth = 1): Promise<string | undefined> {
    const tracking = `refs/remotes/${this.remote}/${branch}`;
    const local = await this.git.resolveCommit(tracking);
    if (local) return local;
    this.log(`Fetching branch ${JSON.stringify(branch)} from ${this.remote}`);
    const ok = await this.tryFetch([`--depth=${depth}`, this.remote, `+refs/heads/${branch}:${tracking}`]);
    return ok ? this.git.resolveCommit(tracking) : undefined;
  }

  /**
   * The merge base of two present commits, deepening the clone step by step until their histories
   * meet. In a shallow clone `git merge-base` may find nothing (or a commit the shallow boundary
   * cuts off), so we only trust an answer once the boundary is behind it or the clone is complete.
   */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    return this.deepenUntil([a, b], async () => {
      const base = await this.git.mergeBase(a, b);
      if (base === undefined) return undefined;
      if (!(await this.git.isShallow())) return base;
      return (await this.isShallowBoundary(base)) ? undefined : base;
    });
  }

  private async isShallowBoundary(sha: string): Promise<boolean> {
    const shallow = await this.git.run(['rev-parse', '--git-path', 'shallow']);
    const file = shallow.stdout.toString('utf8').trim();
    const { readFile } = await import('node:fs/promises');
    const { resolve } = await import('node:path');
    const boundary = await readFile(resolve(this.git.cwd, file), 'utf8').catch(() => '');
    return boundary.split('\n').includes(sha);
  }

  /** Runs `found` after each deepening step; stops at the first answer or when history is complete. */
  private async deepenUntil<T>(
    tips: readonly string[],
    found: () => Promise<T | undefined>,
  ): Promise<T | undefined> {
    const first = await found();
    if (first !== undefined) return first;
    for (const step of DEEPEN_STEPS) {
      if (!(await this.git.isShallow())) return undefined;
      this.log(`Deepening the clone by ${step} commits`);
      await this.tryFetch([`--deepen=${step}`, this.remote, ...(await this.fetchableTips(tips))]);
      const answer = await found();
      if (answer !== undefined) return answer;
    }
    if (await this.git.isShallow()) {
      this.log('Fetching the complete history');
      await this.tryFetch(['--unshallow', this.remote, ...(await this.fetchableTips(tips))]);
    }
    return found();
  }

  /** Tips to deepen along: full SHAs of present commits (fetching by SHA keeps refs untouched). */
  private async fetchableTips(tips: readonly string[]): Promise<string[]> {
    const shas: string[] = [];
    for (const tip of tips) {
      const sha = await this.git.resolveCommit(tip);
      if (sha) shas.push(sha);
    }
    return shas;
  }

  private async tryFetch(args: readonly string[]): Promise<boolean> {
    try {
      await this.git.fetch(['--no-tags', '--quiet', '--no-write-fetch-head', ...args]);
      return true;
    } catch (error) {
      if (error instanceof GitError) {
        // Not a missing commit: every later fetch would fail the same way, and the user must act.
        if (isAuthenticationFailure(error.stderr)) throw fetchRefused(this.remote, this.git.authenticated);
        this.log(`git fetch failed: ${error.stderr.trim().split('\n').at(-1) ?? ''}`);
        return false;
      }
      throw error;
    }
  }
}

/** A private repository refused our fetch: say so, and what to do, rather than guess at history. */
export function fetchRefused(remote: string, withToken: boolean): DetectError {
  const what = withToken
    ? 'refused the token (the `token` input)'
    : 'asked for credentials and the action had none (the `token` input is empty)';
  const todo = withToken
    ? 'give the job the `contents: read` permission (under `permissions:` in the workflow; the `token` input defaults to github.token), or set `token` to a token that can read this repository'
    : 'set the `token` input (its default, github.token, works) and give the job the `contents: read` permission';
  return new DetectError(
    `git fetch from "${remote}" failed for authentication: the server ${what}. A private repository checked out with persist-credentials: false can only be fetched with a token: ${todo}.`,
  );
}
