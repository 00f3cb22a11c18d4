import type { ChangedFile } from './changed-file.ts';
import { DetectError } from './detect-error.ts';
import { Git, GitError } from './git.ts';
import { type FetchCredentials, isAuthenticationFailure } from './git-credentials.ts';
import {
  type GitHubApiOptions,
  lastSuccessfulRunSha,
  listPullRequestFiles,
  MAX_RUNS_SEARCHED,
  workflowFileFromRef,
} from './github-api.ts';
import { fetchRefused, History } from './history.ts';
import { parseNameStatus, parseTreeListing } from './name-status.ts';

const ZERO_SHA = /^0+$/;
const FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

export type UnknownBasePolicy = 'all' | 'fail';

export interface DetectOptions {
  /** The repository's working directory. */
  cwd: string;
  eventName: string;
  /** The webhook payload of the triggering event (GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  /** Explicit base revision: wins over everything the event says. */
  base?: string | undefined;
  /** Explicit head revision; by default the event's head or GITHUB_SHA. */
  ref?: string | undefined;
  /** GITHUB_SHA and GITHUB_REF_NAME of the run. */
  sha?: string | undefined;
  refName?: string | undefined;
  /** GitHub REST access; undefined (e.g. `token: ''`) means git only. */
  api?: GitHubApiOptions | undefined;
  /** The token git fetches with, as actions/checkout does; undefined fetches anonymously. */
  fetchCredentials?: FetchCredentials | undefined;
  workflowRef?: string | undefined;
  runId?: string | undefined;
  onUnknownBase: UnknownBasePolicy;
  remote?: string;
  log?: (message: string) => void;
  warn?: (message: string) => void;
}

export interface Detection {
  files: ChangedFile[];
  baseSha: string | undefined;
  headSha: string;
  /** How the comparison was made, for people: "push: before..after", "pull request #7 via the REST API", … */
  description: string;
}

export { DetectError } from './detect-error.ts';

/** Determines the files a run should consider changed, following the rules of its event. */
export async function detectChanges(options: DetectOptions): Promise<Detection> {
  return new Detector(options).detect();
}

class Detector {
  private readonly options: DetectOptions;
  private readonly git: Git;
  private readonly history: History;
  private readonly log: (message: string) => void;
  private readonly warn: (message: string) => void;

  constructor(options: DetectOptions) {
    this.options = options;
    this.git = new Git(options.cwd, options.fetchCredentials);
    this.log = options.log ?? (() => {});
    this.warn = options.warn ?? this.log;
    this.history = new History(this.git, options.remote ?? 'origin', this.log);
  }

  async detect(): Promise<Detection> {
    const { base, eventName } = this.options;
    if (base) return this.fromExplicitBase(base);
    switch (eventName) {
      case 'push':
        return this.fromPush();
      case 'pull_request':
      case 'pull_request_target':
        return this.fromPullRequest();
      case 'merge_group':
        return this.fromMergeGroup();
      default:
        return this.fromLastSuccessfulRun();
    }
  }

  // --- events -------------------------------------------------------------------------------

  private async fromExplicitBase(base: string): Promise<Detection> {
    const head = await this.head();
    const payload = this.options.payload;
    // `base: main` on a push to main itself: what this push brought, not an empty diff.
    if (this.options.eventName === 'push' && base === this.options.refName && isSha(payload.before)) {
      return this.fromPush();
    }
    const baseSha = await this.resolveRevision(base, 'base');
    const mergeBase = await this.requireMergeBase(baseSha, head, `base ${JSON.stringify(base)}`);
    return this.diff(mergeBase, head, `merge-base of ${JSON.stringify(base)} and the head`);
  }

  private async fromPush(): Promise<Detection> {
    const payload = this.options.payload;
    const before = stringField(payload, 'before');
    const after = stringField(payload, 'after');
    if (after && ZERO_SHA.test(after)) {
      this.log('This push deleted the branch: nothing to compare.');
      return { files: [], baseSha: undefined, headSha: after, description: 'branch deleted' };
    }
    // The common case — both commits already here (a full clone, or fetch-depth ≥ 2) — costs one
    // git call; anything missing falls through to the careful path below.
    if (isSha(before) && isSha(after) && !this.options.ref) {
      const quick = await this.diff(before, after, 'push: before..after').catch(() => undefined);
      if (quick) return quick;
    }
    const head = await this.head();
    if (!before || ZERO_SHA.test(before))
      return this.fromDefaultBranch(head, 'the first push of this branch');
    const baseSha = await this.history.ensureCommit(before, [head]);
    if (!baseSha) {
      this.warn(
        `The push's previous head ${before} is no longer reachable (a force-push?); comparing with the default branch instead.`,
      );
      return this.fromDefaultBranch(head, 'a force-push whose previous head is gone');
    }
    return this.diff(baseSha, head, 'push: before..after');
  }

  private async fromDefaultBranch(head: string, why: string): Promise<Detection> {
    const repository = objectField(this.options.payload, 'repository');
    const defaultBranch = repository ? stringField(repository, 'default_branch') : undefined;
    const pushedRef = stringField(this.options.payload, 'ref');
    if (!defaultBranch || pushedRef === `refs/heads/${defaultBranch}`) {
      return this.unknownBase(head, `${why}, with no other branch to compare with`);
    }
    const branchTip = await this.history.fetchBranch(defaultBranch);
    if (!branchTip)
      return this.unknownBase(head, `${why}, and the default branch "${defaultBranch}" could not be fetched`);
    const mergeBase = await this.history.mergeBase(branchTip, head);
    if (!mergeBase) return this.unknownBase(head, `${why}, sharing no history with "${defaultBranch}"`);
    return this.diff(mergeBase, head, `${why}: merge-base with ${defaultBranch}`);
  }

  private async fromPullRequest(): Promise<Detection> {
    const pr = objectField(this.options.payload, 'pull_request');
    const number = pr?.number;
    const baseSha = pr ? stringField(objectField(pr, 'base') ?? {}, 'sha') : undefined;
    const headSha = pr ? stringField(objectField(pr, 'head') ?? {}, 'sha') : undefined;
    if (!pr || typeof number !== 'number' || !baseSha || !headSha) {
      throw new DetectError(
        `The ${this.options.eventName} event payload has no pull_request with base and head SHAs.`,
      );
    }
    const expected = typeof pr.changed_files === 'number' ? pr.changed_files : undefined;
    if (this.options.api) {
      const { files, listed } = await listPullRequestFiles(this.options.api, number);
      if (expected === undefined || listed >= expected) {
        return {
          files,
          baseSha,
          headSha,
          description: `pull request #${number}: ${listed} files from the REST API`,
        };
      }
      this.warn(
        `The REST API listed ${listed} of the pull request's ${expected} changed files (it stops at 3,000); using git instead.`,
      );
    }
    if (this.options.eventName === 'pull_request_target' && isFromFork(pr)) {
      // pull_request_target runs with write access: fetching the fork's commits is the first step
      // of every "pwn request". Refuse rather than fetch.
      throw new DetectError(
        'Under pull_request_target the changes of a pull request from a fork can only come from the REST API (this action never fetches fork code with write permissions); ' +
          (this.options.api
            ? 'the API listing was incomplete.'
            : 'set `token` (the default github.token works).'),
      );
    }
    const head =
      (await this.history.ensureCommit(headSha, [])) ?? (await this.fetchPullHead(number, headSha));
    const base = await this.history.ensureCommit(baseSha, []);
    if (!base) throw new DetectError(`The pull request's base commit ${baseSha} could not be fetched.`);
    const mergeBase = await this.requireMergeBase(base, head, `the pull request's base ${baseSha}`);
    return this.diff(mergeBase, head, `pull request #${number}: git merge-base..head`);
  }

  private async fetchPullHead(number: number, headSha: string): Promise<string> {
    const ref = `refs/remotes/pull/${number}/head`;
    const remote = this.options.remote ?? 'origin';
    await this.git
      .fetch(['--no-tags', '--quiet', '--depth=1', remote, `+refs/pull/${number}/head:${ref}`])
      .catch((error: unknown) => {
        if (error instanceof GitError && isAuthenticationFailure(error.stderr)) {
          throw fetchRefused(remote, this.git.authenticated);
        }
      });
    const sha = await this.git.resolveCommit(headSha);
    if (!sha) throw new DetectError(`The pull request's head commit ${headSha} could not be fetched.`);
    return sha;
  }

  private async fromMergeGroup(): Promise<Detection> {
    const group = objectField(this.options.payload, 'merge_group');
    const baseSha = group ? stringField(group, 'base_sha') : undefined;
    const headSha = group ? stringField(group, 'head_sha') : undefined;
    if (!baseSha || !headSha)
      throw new DetectError('The merge_group event payload has no base_sha and head_sha.');
    const head = await this.history.ensureCommit(headSha, []);
    if (!head) throw new DetectError(`The merge group's head commit ${headSha} could not be fetched.`);
    const base = await this.history.ensureCommit(baseSha, [head]);
    if (!base) throw new DetectError(`The merge group's base commit ${baseSha} could not be fetched.`);
    return this.diff(base, head, 'merge group: base_sha..head_sha');
  }

  private async fromLastSuccessfulRun(): Promise<Detection> {
    const head = await this.head();
    const { api, workflowRef, refName, runId } = this.options;
    const workflowFile = workflowRef ? workflowFileFromRef(workflowRef) : undefined;
    if (!api)
      return this.unknownBase(
        head,
        `a ${this.options.eventName} event has no previous commit and no token was given`,
      );
    if (!workflowFile || !refName) {
      return this.unknownBase(head, `a ${this.options.eventName} event outside a known workflow and branch`);
    }
    const eventName = this.options.eventName;
    const previous = await lastSuccessfulRunSha(api, {
      workflowFile,
      branch: refName,
      eventName,
      currentRunId: runId ?? '',
    });
    if (!previous) {
      const kinds = eventName === 'push' ? 'push' : `${eventName} or push`;
      return this.unknownBase(
        head,
        `${workflowFile} has no earlier successful ${kinds} run of ${api.owner}/${api.repo} on ${refName} ` +
          `among its ${MAX_RUNS_SEARCHED.toLocaleString('en-US')} most recent successful runs there`,
      );
    }
    const base = await this.history.ensureCommit(previous, [head]);
    if (!base)
      return this.unknownBase(head, `the last successful run's commit ${previous} is no longer reachable`);
    return this.diff(
      base,
      head,
      `${this.options.eventName}: since the last successful run of ${workflowFile}`,
    );
  }

  // --- helpers ------------------------------------------------------------------------------

  private async unknownBase(head: string, why: string): Promise<Detection> {
    if (this.options.onUnknownBase === 'fail') {
      throw new DetectError(
        `No base to compare with: ${why}. Set the \`base\` input (a branch, tag or SHA), or \`on-unknown-base: all\` to treat every file as changed.`,
      );
    }
    this.warn(`No base to compare with: ${why}; every file counts as changed (on-unknown-base: all).`);
    const listing = await this.git.run(['ls-tree', '-r', '-z', '--name-only', '--full-tree', head]);
    return {
      files: parseTreeListing(listing.stdout),
      baseSha: undefined,
      headSha: head,
      description: `all files (${why})`,
    };
  }

  private async head(): Promise<string> {
    const { ref, eventName, payload, sha } = this.options;
    if (ref) return this.resolveRevision(ref, 'ref');
    const pushedAfter = eventName === 'push' ? stringField(payload, 'after') : undefined;
    const candidate = pushedAfter ?? sha ?? 'HEAD';
    const found = await this.history.ensureCommit(candidate, []);
    if (found) return found;
    const current = await this.git.resolveCommit('HEAD');
    if (current) return current;
    throw new DetectError(
      `The head commit ${candidate} is not in this clone. Check out the repository first (actions/checkout).`,
    );
  }

  /** A SHA, a local or remote branch, or a tag → a present commit (fetching when needed). */
  private async resolveRevision(revision: string, input: string): Promise<string> {
    const head = await this.git.resolveCommit('HEAD');
    if (FULL_SHA.test(revision)) {
      const sha = await this.history.ensureCommit(revision, head ? [head] : []);
      if (sha) return sha;
    } else {
      const remote = this.options.remote ?? 'origin';
      for (const candidate of [`refs/remotes/${remote}/${revision}`, `refs/tags/${revision}`, revision]) {
        const sha = await this.git.resolveCommit(candidate);
        if (sha) return sha;
      }
      const fetched = await this.history.fetchBranch(revision);
      if (fetched) return fetched;
    }
    throw new DetectError(
      `Input "${input}" names ${JSON.stringify(revision)}, which is neither a commit in this clone nor a branch, tag or commit the remote could supply.`,
    );
  }

  private async requireMergeBase(base: string, head: string, what: string): Promise<string> {
    const mergeBase = await this.history.mergeBase(base, head);
    if (!mergeBase)
      throw new DetectError(`The head shares no history with ${what}: nothing sensible to compare with.`);
    return mergeBase;
  }

  private async diff(base: string, head: string, description: string): Promise<Detection> {
    const output = await this.git.run([
      'diff',
      '--name-status',
      '-z',
      '--no-renames',
      '--no-ext-diff',
      '--ignore-submodules=none',
      base,
      head,
      '--',
    ]);
    return { files: parseNameStatus(output.stdout), baseSha: base, headSha: head, description };
  }
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && FULL_SHA.test(value) && !ZERO_SHA.test(value);
}

function stringField(object: Record<string, unknown>, key: string): string | undefined {
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function objectField(object: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = object[key];
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

function isFromFork(pr: Record<string, unknown>): boolean {
  const headRepo = objectField(objectField(pr, 'head') ?? {}, 'repo');
  const baseRepo = objectField(objectField(pr, 'base') ?? {}, 'repo');
  const headName = headRepo ? stringField(headRepo, 'full_name') : undefined;
  const baseName = baseRepo ? stringField(baseRepo, 'full_name') : undefined;
  // A deleted fork has head.repo null: treat it as a fork.
  return headName === undefined || headName !== baseName;
}
