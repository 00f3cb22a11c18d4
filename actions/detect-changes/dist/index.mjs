import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_picomatch
} from "../../../dist/chunks/chunk-DG4EUAX2.mjs";
import {
  InputError,
  code,
  createInputs,
  details,
  group,
  heading,
  info,
  infoUntrusted,
  maskSecret,
  plural,
  readEventPayload,
  readRunContext,
  require_dist,
  resolveInside,
  runAction,
  setOutputs,
  table,
  warning,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import {
  __toESM
} from "../../../dist/chunks/chunk-LCBWELZU.mjs";

// packages/changes/src/detect-error.ts
var DetectError = class extends Error {
};

// packages/changes/src/git.ts
import { spawn } from "node:child_process";

// packages/changes/src/git-credentials.ts
function basicCredential(token) {
  return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}
function credentialsEnv(credentials, env = process.env) {
  const key = `http.${new URL(credentials.serverUrl).origin}/.extraheader`;
  const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? "", 10);
  const start = Number.isSafeInteger(existing) && existing > 0 ? existing : 0;
  return {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: "",
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basicCredential(credentials.token)}`
  };
}
var AUTHENTICATION_FAILURE = /could not read (?:Username|Password)|Authentication failed|terminal prompts disabled|returned error: 40[13]\b|Invalid username or password|Repository not found|Write access to repository not granted|HTTP Basic: Access denied/i;
function isAuthenticationFailure(stderr) {
  return AUTHENTICATION_FAILURE.test(stderr);
}

// packages/changes/src/git.ts
var GitError = class extends Error {
  args;
  exitCode;
  stderr;
  constructor(args, exitCode, stderr) {
    super(`git ${args[0] ?? ""} exited with ${exitCode}: ${stderr.trim().split("\n").at(-1) ?? ""}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
};
var Git = class {
  cwd;
  credentials;
  constructor(cwd, credentials) {
    this.cwd = cwd;
    this.credentials = credentials;
  }
  /** `git fetch …`, with the token when there is one: only fetches talk to the server. */
  fetch(args) {
    return this.run(["fetch", ...args], {
      env: this.credentials ? credentialsEnv(this.credentials) : {}
    });
  }
  /** Whether fetches carry a token. */
  get authenticated() {
    return this.credentials !== void 0;
  }
  run(args, options = {}) {
    const ok = options.okExitCodes ?? [];
    return new Promise((resolve, reject) => {
      const child = spawn("git", ["-c", "core.quotePath=false", ...args], {
        cwd: this.cwd,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C", ...options.env }
      });
      const out = [];
      const err = [];
      child.stdout.on("data", (chunk) => out.push(chunk));
      child.stderr.on("data", (chunk) => err.push(chunk));
      child.on("error", (error) => {
        reject(
          error.code === "ENOENT" ? new Error("git is not installed or not on PATH; the runner image must provide git.") : error
        );
      });
      child.on("close", (code2) => {
        const stdout = Buffer.concat(out);
        if (code2 === 0 || code2 !== null && ok.includes(code2)) {
          resolve({ stdout, exitCode: code2 });
        } else {
          reject(new GitError(args, code2, Buffer.concat(err).toString("utf8")));
        }
      });
    });
  }
  async text(args) {
    return (await this.run(args)).stdout.toString("utf8").trim();
  }
  /** The commit a revision names, or undefined when this clone does not have it. */
  async resolveCommit(rev) {
    const result = await this.run(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`],
      {
        okExitCodes: [1, 128]
      }
    );
    const sha = result.stdout.toString("utf8").trim();
    return result.exitCode === 0 && sha ? sha : void 0;
  }
  async isShallow() {
    return await this.text(["rev-parse", "--is-shallow-repository"]) === "true";
  }
  async isAncestor(ancestor, descendant) {
    const result = await this.run(["merge-base", "--is-ancestor", ancestor, descendant], {
      okExitCodes: [1]
    });
    return result.exitCode === 0;
  }
  async mergeBase(a, b) {
    const result = await this.run(["merge-base", a, b], { okExitCodes: [1] });
    const sha = result.stdout.toString("utf8").trim();
    return result.exitCode === 0 && sha ? sha : void 0;
  }
};

// packages/changes/src/github-api-error.ts
function isRequestError(error) {
  return error instanceof Error && typeof error.status === "number";
}
function githubMessage(error) {
  const data = error.response?.data;
  const message = data !== null && typeof data === "object" ? data.message : void 0;
  if (typeof message === "string" && message !== "") return message;
  return error.message.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, "");
}
function explainApiError(error, purpose) {
  if (!isRequestError(error)) return error;
  const said = `${error.status} ${githubMessage(error)}`;
  const grant = `give the job the \`${purpose.permission}\` permission (under \`permissions:\` in the workflow; the \`token\` input defaults to github.token), or set the \`token\` input to a token that has it`;
  switch (error.status) {
    case 401:
      return new DetectError(
        `GitHub rejected the token (${said}) when ${purpose.doing}: the \`token\` input holds a token that is invalid or expired; leave it at its default (github.token) or give a valid one, or set it to "" to use git only.`
      );
    case 403:
      if (/rate limit/i.test(said)) {
        return new DetectError(
          `GitHub's API rate limit was reached (${said}) when ${purpose.doing}: re-run later, or set the \`token\` input to a token with a higher limit.`
        );
      }
      return new DetectError(`The token may not do this (${said}) when ${purpose.doing}: ${grant}.`);
    case 404:
      return new DetectError(
        `GitHub answered ${said} when ${purpose.doing}; in a private repository this is how GitHub refuses a token without access: ${grant}.`
      );
    default:
      return new DetectError(`GitHub answered ${said} when ${purpose.doing}.`);
  }
}

// packages/changes/src/github-api.ts
async function octokit(options) {
  const { getOctokit } = await import("../../../dist/chunks/github-A4L7WNND.mjs");
  return getOctokit(options.token, { baseUrl: options.apiUrl });
}
function fromPullRequestFile(file) {
  switch (file.status) {
    case "added":
    case "copied":
      return [{ path: file.filename, status: "added" }];
    case "removed":
      return [{ path: file.filename, status: "deleted" }];
    case "renamed":
      return file.previous_filename ? [
        { path: file.previous_filename, status: "deleted" },
        { path: file.filename, status: "added" }
      ] : [{ path: file.filename, status: "added" }];
    case "unchanged":
      return [];
    default:
      return [{ path: file.filename, status: "modified" }];
  }
}
async function listPullRequestFiles(options, pullNumber) {
  const client = await octokit(options);
  try {
    const entries = await client.paginate(client.rest.pulls.listFiles, {
      owner: options.owner,
      repo: options.repo,
      pull_number: pullNumber,
      per_page: 100
    });
    return { files: entries.flatMap(fromPullRequestFile), listed: entries.length };
  } catch (error) {
    throw explainApiError(error, {
      doing: `listing the files of pull request #${pullNumber}`,
      permission: "pull-requests: read"
    });
  }
}
var RUNS_PER_PAGE = 100;
var MAX_RUN_PAGES = 10;
var MAX_RUNS_SEARCHED = RUNS_PER_PAGE * MAX_RUN_PAGES;
async function lastSuccessfulRunSha(options, query) {
  const client = await octokit(options);
  const repository = `${options.owner}/${options.repo}`.toLowerCase();
  const matches = (run2) => String(run2.id) !== query.currentRunId && (run2.event === query.eventName || run2.event === "push") && run2.head_repository?.full_name?.toLowerCase() === repository;
  for (let page = 1; page <= MAX_RUN_PAGES; page++) {
    let runs;
    try {
      const response = await client.rest.actions.listWorkflowRuns({
        owner: options.owner,
        repo: options.repo,
        workflow_id: query.workflowFile,
        branch: query.branch,
        status: "success",
        per_page: RUNS_PER_PAGE,
        page
      });
      runs = response.data.workflow_runs;
    } catch (error) {
      throw explainApiError(error, {
        doing: `looking for the last successful run of ${query.workflowFile}`,
        permission: "actions: read"
      });
    }
    const found = runs.find(matches);
    if (found) return found.head_sha;
    if (runs.length < RUNS_PER_PAGE) return void 0;
  }
  return void 0;
}
function workflowFileFromRef(workflowRef) {
  const path = workflowRef.split("@")[0] ?? "";
  const match = /\/\.github\/workflows\/([^/]+)$/.exec(path);
  return match?.[1];
}

// packages/changes/src/history.ts
var DEEPEN_STEPS = [50, 200, 1e3, 5e3];
var History = class {
  git;
  remote;
  log;
  constructor(git, remote, log) {
    this.git = git;
    this.remote = remote;
    this.log = log;
  }
  /**
   * Returns the commit's full SHA once it is present, or undefined when the remote cannot supply it
   * (for example the old head of a force-push, which no ref reaches any more).
   * `reachableFrom` is a revision to deepen along when the server refuses to send a commit by SHA.
   */
  async ensureCommit(sha, reachableFrom) {
    const present = await this.git.resolveCommit(sha);
    if (present) return present;
    this.log(`Fetching commit ${sha} (not in this clone)`);
    if (await this.tryFetch(["--depth=1", this.remote, sha])) {
      const fetched = await this.git.resolveCommit(sha);
      if (fetched) return fetched;
    }
    if (reachableFrom.length === 0) return void 0;
    return this.deepenUntil(reachableFrom, async () => this.git.resolveCommit(sha));
  }
  /** Fetches a branch of the remote into refs/remotes/<remote>/<branch>; returns its commit. */
  async fetchBranch(branch, depth = 1) {
    const tracking = `refs/remotes/${this.remote}/${branch}`;
    const local = await this.git.resolveCommit(tracking);
    if (local) return local;
    this.log(`Fetching branch ${JSON.stringify(branch)} from ${this.remote}`);
    const ok = await this.tryFetch([`--depth=${depth}`, this.remote, `+refs/heads/${branch}:${tracking}`]);
    return ok ? this.git.resolveCommit(tracking) : void 0;
  }
  /**
   * The merge base of two present commits, deepening the clone step by step until their histories
   * meet. In a shallow clone `git merge-base` may find nothing (or a commit the shallow boundary
   * cuts off), so we only trust an answer once the boundary is behind it or the clone is complete.
   */
  async mergeBase(a, b) {
    return this.deepenUntil([a, b], async () => {
      const base = await this.git.mergeBase(a, b);
      if (base === void 0) return void 0;
      if (!await this.git.isShallow()) return base;
      return await this.isShallowBoundary(base) ? void 0 : base;
    });
  }
  async isShallowBoundary(sha) {
    const shallow = await this.git.run(["rev-parse", "--git-path", "shallow"]);
    const file = shallow.stdout.toString("utf8").trim();
    const { readFile } = await import("node:fs/promises");
    const { resolve } = await import("node:path");
    const boundary = await readFile(resolve(this.git.cwd, file), "utf8").catch(() => "");
    return boundary.split("\n").includes(sha);
  }
  /** Runs `found` after each deepening step; stops at the first answer or when history is complete. */
  async deepenUntil(tips, found) {
    const first = await found();
    if (first !== void 0) return first;
    for (const step of DEEPEN_STEPS) {
      if (!await this.git.isShallow()) return void 0;
      this.log(`Deepening the clone by ${step} commits`);
      await this.tryFetch([`--deepen=${step}`, this.remote, ...await this.fetchableTips(tips)]);
      const answer = await found();
      if (answer !== void 0) return answer;
    }
    if (await this.git.isShallow()) {
      this.log("Fetching the complete history");
      await this.tryFetch(["--unshallow", this.remote, ...await this.fetchableTips(tips)]);
    }
    return found();
  }
  /** Tips to deepen along: full SHAs of present commits (fetching by SHA keeps refs untouched). */
  async fetchableTips(tips) {
    const shas = [];
    for (const tip of tips) {
      const sha = await this.git.resolveCommit(tip);
      if (sha) shas.push(sha);
    }
    return shas;
  }
  async tryFetch(args) {
    try {
      await this.git.fetch(["--no-tags", "--quiet", "--no-write-fetch-head", ...args]);
      return true;
    } catch (error) {
      if (error instanceof GitError) {
        if (isAuthenticationFailure(error.stderr)) throw fetchRefused(this.remote, this.git.authenticated);
        this.log(`git fetch failed: ${error.stderr.trim().split("\n").at(-1) ?? ""}`);
        return false;
      }
      throw error;
    }
  }
};
function fetchRefused(remote, withToken) {
  const what = withToken ? "refused the token (the `token` input)" : "asked for credentials and the action had none (the `token` input is empty)";
  const todo = withToken ? "give the job the `contents: read` permission (under `permissions:` in the workflow; the `token` input defaults to github.token), or set `token` to a token that can read this repository" : "set the `token` input (its default, github.token, works) and give the job the `contents: read` permission";
  return new DetectError(
    `git fetch from "${remote}" failed for authentication: the server ${what}. A private repository checked out with persist-credentials: false can only be fetched with a token: ${todo}.`
  );
}

// packages/changes/src/name-status.ts
var STATUS_BY_LETTER = {
  A: "added",
  M: "modified",
  D: "deleted",
  T: "modified",
  // type change (file ↔ symlink): the path is still there, its content changed
  U: "modified"
};
function parseNameStatus(output) {
  const fields = output.toString("utf8").split("\0");
  const files = [];
  let i = 0;
  while (i < fields.length) {
    const code2 = fields[i++];
    if (!code2) continue;
    const letter = code2[0];
    if (letter === "R" || letter === "C") {
      const from = fields[i++];
      const to = fields[i++];
      if (from === void 0 || to === void 0)
        throw new Error(`truncated git diff output after "${code2}"`);
      if (letter === "R") files.push({ path: from, status: "deleted" });
      files.push({ path: to, status: "added" });
      continue;
    }
    const status = STATUS_BY_LETTER[letter];
    const path = fields[i++];
    if (status === void 0 || path === void 0) {
      throw new Error(`unexpected git diff status ${JSON.stringify(code2)}`);
    }
    files.push({ path, status });
  }
  return files;
}
function parseTreeListing(output) {
  return output.toString("utf8").split("\0").filter((path) => path !== "").map((path) => ({ path, status: "added" }));
}

// packages/changes/src/detect.ts
var ZERO_SHA = /^0+$/;
var FULL_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
async function detectChanges(options) {
  return new Detector(options).detect();
}
var Detector = class {
  options;
  git;
  history;
  log;
  warn;
  constructor(options) {
    this.options = options;
    this.git = new Git(options.cwd, options.fetchCredentials);
    this.log = options.log ?? (() => {
    });
    this.warn = options.warn ?? this.log;
    this.history = new History(this.git, options.remote ?? "origin", this.log);
  }
  async detect() {
    const { base, eventName } = this.options;
    if (base) return this.fromExplicitBase(base);
    switch (eventName) {
      case "push":
        return this.fromPush();
      case "pull_request":
      case "pull_request_target":
        return this.fromPullRequest();
      case "merge_group":
        return this.fromMergeGroup();
      default:
        return this.fromLastSuccessfulRun();
    }
  }
  // --- events -------------------------------------------------------------------------------
  async fromExplicitBase(base) {
    const head = await this.head();
    const payload = this.options.payload;
    if (this.options.eventName === "push" && base === this.options.refName && isSha(payload.before)) {
      return this.fromPush();
    }
    const baseSha = await this.resolveRevision(base, "base");
    const mergeBase = await this.requireMergeBase(baseSha, head, `base ${JSON.stringify(base)}`);
    return this.diff(mergeBase, head, `merge-base of ${JSON.stringify(base)} and the head`);
  }
  async fromPush() {
    const payload = this.options.payload;
    const before = stringField(payload, "before");
    const after = stringField(payload, "after");
    if (after && ZERO_SHA.test(after)) {
      this.log("This push deleted the branch: nothing to compare.");
      return { files: [], baseSha: void 0, headSha: after, description: "branch deleted" };
    }
    if (isSha(before) && isSha(after) && !this.options.ref) {
      const quick = await this.diff(before, after, "push: before..after").catch(() => void 0);
      if (quick) return quick;
    }
    const head = await this.head();
    if (!before || ZERO_SHA.test(before))
      return this.fromDefaultBranch(head, "the first push of this branch");
    const baseSha = await this.history.ensureCommit(before, [head]);
    if (!baseSha) {
      this.warn(
        `The push's previous head ${before} is no longer reachable (a force-push?); comparing with the default branch instead.`
      );
      return this.fromDefaultBranch(head, "a force-push whose previous head is gone");
    }
    return this.diff(baseSha, head, "push: before..after");
  }
  async fromDefaultBranch(head, why) {
    const repository = objectField(this.options.payload, "repository");
    const defaultBranch = repository ? stringField(repository, "default_branch") : void 0;
    const pushedRef = stringField(this.options.payload, "ref");
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
  async fromPullRequest() {
    const pr = objectField(this.options.payload, "pull_request");
    const number = pr?.number;
    const baseSha = pr ? stringField(objectField(pr, "base") ?? {}, "sha") : void 0;
    const headSha = pr ? stringField(objectField(pr, "head") ?? {}, "sha") : void 0;
    if (!pr || typeof number !== "number" || !baseSha || !headSha) {
      throw new DetectError(
        `The ${this.options.eventName} event payload has no pull_request with base and head SHAs.`
      );
    }
    const expected = typeof pr.changed_files === "number" ? pr.changed_files : void 0;
    if (this.options.api) {
      const { files, listed } = await listPullRequestFiles(this.options.api, number);
      if (expected === void 0 || listed >= expected) {
        return {
          files,
          baseSha,
          headSha,
          description: `pull request #${number}: ${listed} files from the REST API`
        };
      }
      this.warn(
        `The REST API listed ${listed} of the pull request's ${expected} changed files (it stops at 3,000); using git instead.`
      );
    }
    if (this.options.eventName === "pull_request_target" && isFromFork(pr)) {
      throw new DetectError(
        "Under pull_request_target the changes of a pull request from a fork can only come from the REST API (this action never fetches fork code with write permissions); " + (this.options.api ? "the API listing was incomplete." : "set `token` (the default github.token works).")
      );
    }
    const head = await this.history.ensureCommit(headSha, []) ?? await this.fetchPullHead(number, headSha);
    const base = await this.history.ensureCommit(baseSha, []);
    if (!base) throw new DetectError(`The pull request's base commit ${baseSha} could not be fetched.`);
    const mergeBase = await this.requireMergeBase(base, head, `the pull request's base ${baseSha}`);
    return this.diff(mergeBase, head, `pull request #${number}: git merge-base..head`);
  }
  async fetchPullHead(number, headSha) {
    const ref = `refs/remotes/pull/${number}/head`;
    const remote = this.options.remote ?? "origin";
    await this.git.fetch(["--no-tags", "--quiet", "--depth=1", remote, `+refs/pull/${number}/head:${ref}`]).catch((error) => {
      if (error instanceof GitError && isAuthenticationFailure(error.stderr)) {
        throw fetchRefused(remote, this.git.authenticated);
      }
    });
    const sha = await this.git.resolveCommit(headSha);
    if (!sha) throw new DetectError(`The pull request's head commit ${headSha} could not be fetched.`);
    return sha;
  }
  async fromMergeGroup() {
    const group2 = objectField(this.options.payload, "merge_group");
    const baseSha = group2 ? stringField(group2, "base_sha") : void 0;
    const headSha = group2 ? stringField(group2, "head_sha") : void 0;
    if (!baseSha || !headSha)
      throw new DetectError("The merge_group event payload has no base_sha and head_sha.");
    const head = await this.history.ensureCommit(headSha, []);
    if (!head) throw new DetectError(`The merge group's head commit ${headSha} could not be fetched.`);
    const base = await this.history.ensureCommit(baseSha, [head]);
    if (!base) throw new DetectError(`The merge group's base commit ${baseSha} could not be fetched.`);
    return this.diff(base, head, "merge group: base_sha..head_sha");
  }
  async fromLastSuccessfulRun() {
    const head = await this.head();
    const { api, workflowRef, refName, runId } = this.options;
    const workflowFile = workflowRef ? workflowFileFromRef(workflowRef) : void 0;
    if (!api)
      return this.unknownBase(
        head,
        `a ${this.options.eventName} event has no previous commit and no token was given`
      );
    if (!workflowFile || !refName) {
      return this.unknownBase(head, `a ${this.options.eventName} event outside a known workflow and branch`);
    }
    const eventName = this.options.eventName;
    const previous = await lastSuccessfulRunSha(api, {
      workflowFile,
      branch: refName,
      eventName,
      currentRunId: runId ?? ""
    });
    if (!previous) {
      const kinds = eventName === "push" ? "push" : `${eventName} or push`;
      return this.unknownBase(
        head,
        `${workflowFile} has no earlier successful ${kinds} run of ${api.owner}/${api.repo} on ${refName} among its ${MAX_RUNS_SEARCHED.toLocaleString("en-US")} most recent successful runs there`
      );
    }
    const base = await this.history.ensureCommit(previous, [head]);
    if (!base)
      return this.unknownBase(head, `the last successful run's commit ${previous} is no longer reachable`);
    return this.diff(
      base,
      head,
      `${this.options.eventName}: since the last successful run of ${workflowFile}`
    );
  }
  // --- helpers ------------------------------------------------------------------------------
  async unknownBase(head, why) {
    if (this.options.onUnknownBase === "fail") {
      throw new DetectError(
        `No base to compare with: ${why}. Set the \`base\` input (a branch, tag or SHA), or \`on-unknown-base: all\` to treat every file as changed.`
      );
    }
    this.warn(`No base to compare with: ${why}; every file counts as changed (on-unknown-base: all).`);
    const listing = await this.git.run(["ls-tree", "-r", "-z", "--name-only", "--full-tree", head]);
    return {
      files: parseTreeListing(listing.stdout),
      baseSha: void 0,
      headSha: head,
      description: `all files (${why})`
    };
  }
  async head() {
    const { ref, eventName, payload, sha } = this.options;
    if (ref) return this.resolveRevision(ref, "ref");
    const pushedAfter = eventName === "push" ? stringField(payload, "after") : void 0;
    const candidate = pushedAfter ?? sha ?? "HEAD";
    const found = await this.history.ensureCommit(candidate, []);
    if (found) return found;
    const current = await this.git.resolveCommit("HEAD");
    if (current) return current;
    throw new DetectError(
      `The head commit ${candidate} is not in this clone. Check out the repository first (actions/checkout).`
    );
  }
  /** A SHA, a local or remote branch, or a tag → a present commit (fetching when needed). */
  async resolveRevision(revision, input) {
    const head = await this.git.resolveCommit("HEAD");
    if (FULL_SHA.test(revision)) {
      const sha = await this.history.ensureCommit(revision, head ? [head] : []);
      if (sha) return sha;
    } else {
      const remote = this.options.remote ?? "origin";
      for (const candidate of [`refs/remotes/${remote}/${revision}`, `refs/tags/${revision}`, revision]) {
        const sha = await this.git.resolveCommit(candidate);
        if (sha) return sha;
      }
      const fetched = await this.history.fetchBranch(revision);
      if (fetched) return fetched;
    }
    throw new DetectError(
      `Input "${input}" names ${JSON.stringify(revision)}, which is neither a commit in this clone nor a branch, tag or commit the remote could supply.`
    );
  }
  async requireMergeBase(base, head, what) {
    const mergeBase = await this.history.mergeBase(base, head);
    if (!mergeBase)
      throw new DetectError(`The head shares no history with ${what}: nothing sensible to compare with.`);
    return mergeBase;
  }
  async diff(base, head, description) {
    const output = await this.git.run([
      "diff",
      "--name-status",
      "-z",
      "--no-renames",
      "--no-ext-diff",
      "--ignore-submodules=none",
      base,
      head,
      "--"
    ]);
    return { files: parseNameStatus(output.stdout), baseSha: base, headSha: head, description };
  }
};
function isSha(value) {
  return typeof value === "string" && FULL_SHA.test(value) && !ZERO_SHA.test(value);
}
function stringField(object, key) {
  const value = object[key];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function objectField(object, key) {
  const value = object[key];
  return value !== null && typeof value === "object" ? value : void 0;
}
function isFromFork(pr) {
  const headRepo = objectField(objectField(pr, "head") ?? {}, "repo");
  const baseRepo = objectField(objectField(pr, "base") ?? {}, "repo");
  const headName = headRepo ? stringField(headRepo, "full_name") : void 0;
  const baseName = baseRepo ? stringField(baseRepo, "full_name") : void 0;
  return headName === void 0 || headName !== baseName;
}

// packages/changes/src/file-list-format.ts
var FILE_LIST_FORMATS = ["none", "json", "csv", "shell"];
function formatFileList(paths, format) {
  switch (format) {
    case "none":
      return "";
    case "json":
      return JSON.stringify(paths);
    case "csv":
      return paths.map(csvField).join(",");
    case "shell":
      return paths.map(shellWord).join(" ");
  }
}
function csvField(path) {
  return path === "" || /[",\r\n]|^[ \t]|[ \t]$/.test(path) ? `"${path.replaceAll('"', '""')}"` : path;
}
var SHELL_SAFE = /^[A-Za-z0-9_./=+:,@%^-]+$/;
function shellWord(path) {
  return SHELL_SAFE.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

// packages/changes/src/filters.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);

// packages/changes/src/changed-file.ts
var CHANGE_STATUSES = ["added", "modified", "deleted"];

// packages/changes/src/filter-errors.ts
var FilterError = class extends Error {
  name = "FilterError";
};
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return `a string (${JSON.stringify(value)})`;
  if (Array.isArray(value)) return "a list";
  if (value instanceof Map) return "a mapping";
  if (value instanceof Uint8Array) return "binary data";
  return `a ${typeof value}`;
}

// packages/changes/src/filters.ts
var OUTPUT_SUFFIXES = ["", "_count", "_files", "_only"];
var GROUP_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var EXAMPLE = `"models: ['models/**']"`;
var MAX_ALIAS_COUNT = 1e3;
function parseFilters(text, source, options = {}) {
  const fail = (message) => {
    throw new FilterError(`Invalid filters in ${source}: ${message}`);
  };
  const top = loadYaml(text, fail);
  if (top === null || top instanceof Map && top.size === 0) {
    fail(`no groups defined; expected a mapping of group names to patterns, e.g. ${EXAMPLE}`);
  }
  if (!(top instanceof Map)) {
    return fail(`expected a mapping of group names to patterns, e.g. ${EXAMPLE}, got ${describeValue(top)}`);
  }
  const groups = [];
  for (const [key, value] of top) {
    const name = checkGroupName(key, fail);
    checkNotReserved(name, options.reservedOutputs ?? [], fail);
    groups.push({ name, rules: parseGroupRules(name, value, fail) });
  }
  checkOutputNamesAreDistinct(groups, fail);
  return groups;
}
function loadYaml(text, fail) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { schema: "failsafe", uniqueKeys: true, prettyErrors: false, lineCounter });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return `YAML error at line ${line}, column ${col}`;
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) fail(`${at(problem.pos[0])}: ${explainYamlProblem(problem, doc, text)}`);
  (0, import_yaml.visit)(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === void 0) {
        fail(
          `${at(alias.range?.[0] ?? 0)}: alias "*${alias.source}" refers to no anchor defined before it; quote a pattern that starts with "*": '*${alias.source}'`
        );
      }
    }
  });
  try {
    return doc.toJS({ mapAsMap: true, maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return fail(`cannot expand the YAML aliases: ${error.message}`);
  }
}
function explainYamlProblem(problem, doc, text) {
  switch (problem.code) {
    case "DUPLICATE_KEY": {
      const key = keyStartingAt(doc, problem.pos[0]);
      return key === void 0 ? "duplicate key" : `duplicate key ${JSON.stringify(key)}`;
    }
    case "MULTIPLE_DOCS":
      return "a second YAML document starts here; the filters must be a single document";
    case "TAG_RESOLVE_FAILED": {
      const tag = text.slice(problem.pos[0], problem.pos[1]);
      if (tag.startsWith("!") && !tag.startsWith("!!")) {
        return `${JSON.stringify(tag)} is read as a YAML tag; quote a pattern that starts with "!": '${tag}'`;
      }
      return problem.message;
    }
    default:
      return problem.message;
  }
}
function keyStartingAt(doc, offset) {
  let found;
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if ((0, import_yaml.isScalar)(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return import_yaml.visit.BREAK;
      }
    }
  });
  return found;
}
function checkGroupName(key, fail) {
  if (typeof key !== "string") return fail(`a group name must be a plain string, got ${describeValue(key)}`);
  if (!GROUP_NAME.test(key)) {
    fail(
      `group name ${JSON.stringify(key)} cannot be used in step output names; use letters, digits, "-" and "_", starting with a letter or "_"`
    );
  }
  return key;
}
function checkNotReserved(name, reserved, fail) {
  for (const suffix of OUTPUT_SUFFIXES) {
    const output = name + suffix;
    const taken = reserved.find((other) => other.toLowerCase() === output.toLowerCase());
    if (taken !== void 0) {
      fail(
        `group name ${JSON.stringify(name)} would set the step output ${JSON.stringify(output)}, which the action writes itself (its own outputs: ${reserved.join(", ")}); choose another name`
      );
    }
  }
}
function checkOutputNamesAreDistinct(groups, fail) {
  const owners = /* @__PURE__ */ new Map();
  for (const { name } of groups) {
    for (const suffix of OUTPUT_SUFFIXES) {
      const output = name + suffix;
      const owner = owners.get(output.toLowerCase());
      if (owner) {
        const caseNote = owner.output === output ? "" : ` (${JSON.stringify(owner.output)}: names ignore case)`;
        fail(
          `groups ${JSON.stringify(owner.group)} and ${JSON.stringify(name)} would both set the step output ${JSON.stringify(output)}${caseNote}; rename one of them`
        );
      }
      owners.set(output.toLowerCase(), { group: name, output });
    }
  }
}
function parseGroupRules(group2, value, fail) {
  const where = `group ${JSON.stringify(group2)}`;
  if (typeof value !== "string" && !Array.isArray(value)) {
    fail(`${where} must be a pattern or a list of patterns, got ${describeValue(value)}`);
  }
  const rules = [];
  const entries = value === "" ? [] : flatten(typeof value === "string" ? [value] : value, where, fail);
  for (const entry of entries) {
    if (typeof entry === "string") rules.push(parseRule(entry, null, where, fail));
    else if (entry instanceof Map) rules.push(...parseChangeTypeEntry(entry, where, fail));
    else {
      fail(
        `${where} has a list entry that is ${describeValue(entry)}; expected a pattern or a one-key mapping such as "added|modified: 'models/**'"`
      );
    }
  }
  if (rules.length === 0) {
    fail(`${where} has no patterns; expected a pattern or a list of patterns, e.g. ${EXAMPLE}`);
  }
  if (rules.every((rule) => rule.negated)) {
    fail(`${where} has only negated patterns, so it can never match; add a positive pattern such as '**'`);
  }
  return rules;
}
function flatten(list, where, fail) {
  const flat = [];
  const ancestors = /* @__PURE__ */ new Set();
  const walk = (items) => {
    if (ancestors.has(items)) fail(`${where} contains itself through an alias`);
    ancestors.add(items);
    for (const item of items) {
      if (Array.isArray(item)) walk(item);
      else flat.push(item);
    }
    ancestors.delete(items);
  };
  walk(list);
  return flat;
}
function parseChangeTypeEntry(entry, where, fail) {
  if (entry.size !== 1) {
    const keys = [...entry.keys()].map((key) => JSON.stringify(key)).join(", ");
    fail(
      `${where} has a mapping entry with ${entry.size} keys (${keys}); a change-type entry has exactly one key, such as "added|modified: 'models/**'"`
    );
  }
  const rules = [];
  for (const [key, value] of entry) {
    const statuses = parseChangeTypes(key, where, fail);
    const label = `${where}, change type ${JSON.stringify(key)},`;
    if (typeof value !== "string" && !Array.isArray(value)) {
      fail(`${label} must have a pattern or a list of patterns, got ${describeValue(value)}`);
    }
    const patterns = value === "" ? [] : flatten(typeof value === "string" ? [value] : value, where, fail);
    if (patterns.length === 0) fail(`${label} has no patterns; write e.g. "${key}: 'models/**'"`);
    for (const pattern of patterns) {
      if (typeof pattern !== "string") {
        fail(`${label} has a list entry that is ${describeValue(pattern)}; expected a pattern`);
      }
      rules.push(parseRule(pattern, statuses, where, fail));
    }
  }
  return rules;
}
function parseChangeTypes(key, where, fail) {
  const accepted = `accepted: ${CHANGE_STATUSES.join(", ")}, joined with "|" as in "added|modified"`;
  if (typeof key !== "string") {
    return fail(`${where} has a change type that is ${describeValue(key)}; ${accepted}`);
  }
  const statuses = /* @__PURE__ */ new Set();
  for (const name of key.split("|").map((part) => part.trim())) {
    const status = CHANGE_STATUSES.find((known) => known === name);
    if (!status) {
      fail(`${where} has unknown change type ${JSON.stringify(name)} in ${JSON.stringify(key)}; ${accepted}`);
    }
    statuses.add(status);
  }
  return statuses;
}
function parseRule(raw, statuses, where, fail) {
  const negated = raw.startsWith("!");
  const pattern = (negated ? raw.slice(1) : raw).replace(/^(?:\.\/)+/, "");
  if (pattern === "") {
    const shown = raw === "" ? "" : ` (${JSON.stringify(raw)})`;
    fail(`${where} has an empty pattern${shown}; write a glob such as 'models/**' or remove the entry`);
  }
  try {
    compileGlob(pattern);
  } catch (error) {
    fail(`${where} has an invalid pattern ${JSON.stringify(raw)}: ${globErrorReason(error)}`);
  }
  return { pattern, negated, statuses };
}
var GLOB_OPTIONS = {
  dot: true,
  // dotfiles are files like any other
  windows: false,
  // paths are git's POSIX paths on every runner; `\` is an escape, not a separator
  nonegate: true,
  // we strip the one leading `!` ourselves; any further `!` is literal
  debug: true,
  // throw on an invalid glob instead of returning a regex that never matches
  flags: "s"
  // `**` is built from `.`, which without `s` would not match a newline in a file name
};
function compileGlob(pattern) {
  const { source } = import_picomatch.default.makeRe(pattern, GLOB_OPTIONS);
  let unicode = true;
  try {
    new RegExp(source, "su");
  } catch {
    unicode = false;
  }
  return { source, unicode, locator: locatorOf(pattern) };
}
function locatorOf(pattern) {
  const head = /^[A-Za-z0-9_./-]*/.exec(pattern)?.[0] ?? "";
  const directory = head.slice(0, Math.max(0, head.lastIndexOf("/")));
  if (directory !== "") return { kind: "directory", key: directory };
  const tail = /[A-Za-z0-9_.-]*$/.exec(pattern)?.[0] ?? "";
  return tail.includes(".") ? { kind: "extension", key: tail.slice(tail.lastIndexOf(".") + 1) } : null;
}
function extensionOf(path) {
  const name = path.endsWith("/") ? path.slice(0, -1) : path;
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") ? name.slice(dot + 1) : null;
}
function globErrorReason(error) {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith("Invalid regular expression:")) return message;
  const reason = message.slice(message.lastIndexOf(": ") + 2);
  return `${reason} (escape a literal "{", "}", "(", ")", "[" or "]" with "\\")`;
}
function createRegexStore() {
  const regexes = [];
  const idsByKey = /* @__PURE__ */ new Map();
  const testedFor = [];
  const results = [];
  return {
    /** An id for "matches any of these globs"; -1 for an empty list, which matches nothing. */
    idFor(globs) {
      if (globs.length === 0) return -1;
      const key = JSON.stringify(globs.map((glob) => glob.source));
      let id = idsByKey.get(key);
      if (id === void 0) {
        id = regexes.push(combine(globs)) - 1;
        idsByKey.set(key, id);
      }
      return id;
    },
    /** `pathSerial` identifies the path, so a result is reused only for the same one. */
    test(id, path, pathSerial) {
      if (id < 0) return false;
      if (testedFor[id] !== pathSerial) {
        results[id] = regexes[id]?.some((regex) => regex.test(path)) ?? false;
        testedFor[id] = pathSerial;
      }
      return results[id] === true;
    }
  };
}
function combine(globs) {
  const combined = [];
  for (const unicode of [true, false]) {
    const sources = globs.filter((glob) => glob.unicode === unicode).map((glob) => `(?:${glob.source})`);
    if (sources.length > 0) combined.push(new RegExp(sources.join("|"), unicode ? "su" : "s"));
  }
  return combined;
}
function buildStatusIndex(groups, status, globFor, store) {
  const index = { tests: [], everywhere: [], byDirectory: /* @__PURE__ */ new Map(), byExtension: /* @__PURE__ */ new Map() };
  groups.forEach((group2, groupIndex) => {
    const applicable = group2.rules.filter((rule) => rule.statuses === null || rule.statuses.has(status));
    const globsOf = (negated) => applicable.filter((rule) => rule.negated === negated).map((rule) => globFor(rule.pattern));
    const includeGlobs = globsOf(false);
    if (includeGlobs.length === 0) return;
    index.tests[groupIndex] = { include: store.idFor(includeGlobs), exclude: store.idFor(globsOf(true)) };
    const locators = includeGlobs.map((glob) => glob.locator);
    if (locators.includes(null)) {
      index.everywhere.push(groupIndex);
      return;
    }
    for (const locator of locators) {
      const map = locator.kind === "directory" ? index.byDirectory : index.byExtension;
      const list = map.get(locator.key) ?? [];
      if (!list.includes(groupIndex)) list.push(groupIndex);
      map.set(locator.key, list);
    }
  });
  return index;
}
function markCandidates(index, path, candidateFor, serial) {
  const mark = (groupIndexes) => {
    if (groupIndexes) for (const groupIndex of groupIndexes) candidateFor[groupIndex] = serial;
  };
  mark(index.everywhere);
  if (index.byDirectory.size > 0) {
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1)) {
      mark(index.byDirectory.get(path.slice(0, slash)));
    }
    mark(index.byDirectory.get(path));
  }
  const extension = index.byExtension.size > 0 ? extensionOf(path) : null;
  if (extension !== null) mark(index.byExtension.get(extension));
}
var groupIndexMatchers = /* @__PURE__ */ new WeakMap();
function compileFilters(groups) {
  const globs = /* @__PURE__ */ new Map();
  const globFor = (pattern) => {
    let glob = globs.get(pattern);
    if (!glob) {
      try {
        glob = compileGlob(pattern);
      } catch (error) {
        throw new FilterError(`Invalid pattern ${JSON.stringify(pattern)}: ${globErrorReason(error)}`);
      }
      globs.set(pattern, glob);
    }
    return glob;
  };
  const store = createRegexStore();
  const indexes = new Map(
    CHANGE_STATUSES.map((status) => [status, buildStatusIndex(groups, status, globFor, store)])
  );
  const candidateFor = new Float64Array(groups.length);
  let pathSerial = 0;
  const matchingGroupIndexes = (file) => {
    const matching = [];
    const index = indexes.get(file.status);
    if (!index) return matching;
    const serial = ++pathSerial;
    markCandidates(index, file.path, candidateFor, serial);
    for (let groupIndex = 0; groupIndex < groups.length; groupIndex++) {
      const test = index.tests[groupIndex];
      if (candidateFor[groupIndex] === serial && test !== void 0 && store.test(test.include, file.path, serial) && !store.test(test.exclude, file.path, serial)) {
        matching.push(groupIndex);
      }
    }
    return matching;
  };
  const compiled = {
    groups,
    match: (file) => matchingGroupIndexes(file).map((groupIndex) => groups[groupIndex].name)
  };
  groupIndexMatchers.set(compiled, matchingGroupIndexes);
  return compiled;
}
function matchFiles(compiled, files) {
  const { groups } = compiled;
  const byGroup = groups.map(() => []);
  const matchingGroupIndexes = groupIndexMatchers.get(compiled);
  if (matchingGroupIndexes) {
    for (const file of files) {
      for (const groupIndex of matchingGroupIndexes(file)) byGroup[groupIndex]?.push(file);
    }
  } else {
    const indexByName = new Map(groups.map((group2, groupIndex) => [group2.name, groupIndex]));
    for (const file of files) {
      for (const name of compiled.match(file)) byGroup[indexByName.get(name) ?? -1]?.push(file);
    }
  }
  return groups.map((group2, groupIndex) => ({ name: group2.name, files: byGroup[groupIndex] ?? [] }));
}

// packages/changes/src/filters-input.ts
var import_yaml2 = __toESM(require_dist(), 1);
function filtersFilePath(value) {
  const trimmed = value.trim();
  if (trimmed === "" || /[\r\n]/.test(trimmed)) return void 0;
  const doc = (0, import_yaml2.parseDocument)(trimmed, { schema: "failsafe" });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return void 0;
  const contents = doc.contents;
  if (!(0, import_yaml2.isScalar)(contents) || contents.type !== import_yaml2.Scalar.PLAIN) return void 0;
  return contents.value === trimmed ? trimmed : void 0;
}

// actions/detect-changes/src/config.ts
import { existsSync, readFileSync, statSync } from "node:fs";

// actions/detect-changes/src/group-outputs.ts
var ACTION_OUTPUTS = ["changes", "base-sha", "head-sha", "files"];
function groupOutcomes(matches) {
  const matchedAnywhere = /* @__PURE__ */ new Set();
  for (const match of matches) for (const file of match.files) matchedAnywhere.add(file.path);
  return matches.map((match) => {
    const paths = [...new Set(match.files.map((file) => file.path))];
    return {
      name: match.name,
      paths,
      changed: paths.length > 0,
      only: paths.length > 0 && paths.length === matchedAnywhere.size
    };
  });
}
function outputsFor(outcomes, format) {
  const outputs = {};
  for (const outcome of outcomes) {
    outputs[outcome.name] = String(outcome.changed);
    outputs[`${outcome.name}_count`] = String(outcome.paths.length);
    outputs[`${outcome.name}_only`] = String(outcome.only);
    if (format !== "none") outputs[`${outcome.name}_files`] = formatFileList(outcome.paths, format);
  }
  outputs.changes = JSON.stringify(
    outcomes.filter((outcome) => outcome.changed).map((outcome) => outcome.name)
  );
  return outputs;
}

// actions/detect-changes/src/config.ts
function readConfig(inputs, workspace) {
  const listFiles = inputs.enumeration("list-files", FILE_LIST_FORMATS, "none");
  const onUnknownBase = inputs.enumeration("on-unknown-base", ["all", "fail"], "all");
  const repositoryDir = resolveInside(
    "working-directory",
    inputs.string("working-directory", { default: "." }),
    workspace
  );
  const groups = readFilters(inputs.requiredString("filters"), repositoryDir);
  const token = inputs.optionalString("token");
  if (token) {
    maskSecret(token);
    maskSecret(basicCredential(token));
  }
  return {
    groups,
    base: inputs.optionalString("base"),
    ref: inputs.optionalString("ref"),
    token,
    listFiles,
    repositoryDir,
    onUnknownBase
  };
}
function readFilters(value, repositoryDir) {
  const options = { reservedOutputs: ACTION_OUTPUTS };
  const file = filtersFilePath(value);
  if (file === void 0) return parseFilters(value, 'input "filters"', options);
  const path = resolveInside("filters", file, repositoryDir);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      "filters",
      value,
      `Input "filters" names the file ${JSON.stringify(value)}, which does not exist in ${repositoryDir}; give inline YAML or the path of a YAML file.`
    );
  }
  return parseFilters(readFileSync(path, "utf8"), file, options);
}

// actions/detect-changes/src/report.ts
var LISTED_IN_SUMMARY = 100;
var LISTED_IN_LOG = 200;
function groupLabel(outcome) {
  return `${outcome.name}: ${plural(outcome.paths.length, "file")}${outcome.only ? " (only this group)" : ""}`;
}
function logListing(paths) {
  const shown = paths.slice(0, LISTED_IN_LOG);
  const more = paths.length - shown.length;
  return more > 0 ? `${shown.join("\n")}
… and ${more} more (list them with the list-files input)` : shown.join("\n");
}
function summaryMarkdown(detection, outcomes) {
  const range = detection.baseSha ? `${code(detection.baseSha.slice(0, 12))}..${code(detection.headSha.slice(0, 12))}` : `every file of ${code(detection.headSha.slice(0, 12))}`;
  const parts = [
    heading("Changes", 3),
    `Compared ${range} — ${detection.description}: ${plural(detection.files.length, "changed file")}.`,
    "",
    table(
      ["Group", "Changed", "Files", "Only this group"],
      outcomes.map((o) => [o.name, o.changed ? "✅ yes" : "no", o.paths.length, o.only ? "yes" : ""])
    )
  ];
  for (const outcome of outcomes.filter((o) => o.changed)) {
    const shown = outcome.paths.slice(0, LISTED_IN_SUMMARY).map((path) => `- ${code(path)}`);
    const more = outcome.paths.length - shown.length;
    if (more > 0) shown.push(`- … and ${more} more`);
    parts.push(details(`${outcome.name}: ${plural(outcome.paths.length, "file")}`, shown.join("\n")));
  }
  return `${parts.join("\n")}
`;
}

// actions/detect-changes/src/main.ts
function run() {
  return runAction("detect-changes", async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context.workspace);
    const filters = compileFilters(config.groups);
    const detection = await detectChanges({
      cwd: config.repositoryDir,
      eventName: context.eventName,
      payload: readEventPayload(context),
      base: config.base,
      ref: config.ref,
      sha: context.sha,
      refName: context.refName,
      api: config.token ? { token: config.token, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo } : void 0,
      fetchCredentials: config.token ? { serverUrl: context.serverUrl, token: config.token } : void 0,
      workflowRef: context.workflowRef,
      runId: context.runId,
      onUnknownBase: config.onUnknownBase,
      log: info,
      warn: warning
    });
    const outcomes = groupOutcomes(matchFiles(filters, detection.files));
    info(`${detection.description}: ${plural(detection.files.length, "changed file")}`);
    for (const outcome of outcomes) {
      if (outcome.changed)
        await group(groupLabel(outcome), async () => infoUntrusted(logListing(outcome.paths)));
      else info(groupLabel(outcome));
    }
    setOutputs({
      ...outputsFor(outcomes, config.listFiles),
      "base-sha": detection.baseSha ?? "",
      "head-sha": detection.headSha,
      files: String(detection.files.length)
    });
    await writeSummary(summaryMarkdown(detection, outcomes));
  });
}

// actions/detect-changes/src/index.ts
await run();
