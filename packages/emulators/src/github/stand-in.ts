import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultRule } from '../faults.ts';
import { HttpStandIn, readBody } from '../http-stand-in.ts';
import { DownloadSigner, serveDownload } from './downloads.ts';
import { badCredentials, faultBody, GitHubError, notFound } from './errors.ts';
import type {
  CompareRecord,
  DispatchRecord,
  FileSeed,
  GitHubLoggedRequest,
  ReleaseRecord,
  RunConclusion,
  RunRecord,
  RunStatus,
  WorkflowRecord,
} from './model.ts';
import { RateLimit } from './rate-limit.ts';
import {
  type CompareOptions,
  GitHubRepository,
  type ReleaseSeed,
  type RunSeed,
  timestamp,
  type WorkflowSeed,
} from './repository.ts';
import { drain, readJsonObject, sendJson } from './respond.ts';
import { matchRoute, type Route, type RouteContext } from './route.ts';
import { assetRoutes } from './routes/assets.ts';
import { compareRoutes } from './routes/compare.ts';
import { pullRoutes } from './routes/pulls.ts';
import { releaseRoutes } from './routes/releases.ts';
import { workflowRoutes } from './routes/workflows.ts';
import type { Site } from './shapes.ts';

export interface GitHubStandInOptions {
  /** The token requests must carry (`token …` or `Bearer …`). */
  token?: string;
  owner?: string;
  repo?: string;
  /** Requests per hour before GitHub's 403 "API rate limit exceeded" (default 5,000). */
  rateLimit?: number;
}

const ROUTES: Route[] = [
  ...releaseRoutes,
  ...assetRoutes,
  ...workflowRoutes,
  ...pullRoutes,
  ...compareRoutes,
];

/**
 * The GitHub REST endpoints our actions use, for one repository, on 127.0.0.1. Point
 * `GITHUB_API_URL` (or Octokit's `baseUrl`) at `url`. Seed it with the add… helpers; read what the
 * code under test created from `releases`, `dispatches`, `runs` and `requests`.
 */
export class GitHubStandIn extends HttpStandIn {
  readonly token: string;
  readonly repository: GitHubRepository;
  /** Every request that reached the stand-in's routes (faults answer before this log). */
  readonly requests: GitHubLoggedRequest[] = [];
  private readonly rateLimit: RateLimit;
  private readonly downloads = new DownloadSigner();

  constructor(options: GitHubStandInOptions = {}) {
    super((req, res, url) => this?.handle(req, res, url), { faultBody });
    this.token = options.token ?? 'ghs_standin_token';
    this.repository = new GitHubRepository(options.owner ?? 'octo-org', options.repo ?? 'octo-repo');
    this.rateLimit = new RateLimit(options.rateLimit ?? 5000);
  }

  get owner(): string {
    return this.repository.owner;
  }

  get repo(): string {
    return this.repository.name;
  }

  /** The environment an action run needs to reach this stand-in. */
  env(): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_TOKEN: this.token,
    };
  }

  // --- seeding and reading back ---

  /** A pull request and its changed files, in the order the API lists them. */
  addPullRequest(number: number, files: FileSeed[]): void {
    this.repository.pulls.set(number, files);
  }

  addWorkflow(seed: WorkflowSeed): WorkflowRecord {
    return this.repository.addWorkflow(seed);
  }

  addWorkflowRun(seed: RunSeed): RunRecord {
    return this.repository.addRun(seed);
  }

  /** Moves a run along, e.g. a dispatched run from queued to completed. */
  setRunStatus(id: number, status: RunStatus, conclusion: RunConclusion | null = null): RunRecord {
    const run = this.repository.runs.find((candidate) => candidate.id === id);
    if (!run) throw new Error(`no workflow run ${id}`);
    run.status = status;
    run.conclusion = status === 'completed' ? (conclusion ?? 'success') : null;
    run.updated_at = timestamp();
    return run;
  }

  addRelease(seed: ReleaseSeed): ReleaseRecord {
    return this.repository.addRelease(seed);
  }

  addBranch(name: string, sha?: string): void {
    this.repository.addBranch(name, sha);
  }

  /** The answer to `GET /compare/{base}...{head}`. */
  setCompare(base: string, head: string, files: FileSeed[], options?: CompareOptions): CompareRecord {
    return this.repository.setCompare(base, head, files, options);
  }

  get releases(): readonly ReleaseRecord[] {
    return this.repository.releases;
  }

  get dispatches(): readonly DispatchRecord[] {
    return this.repository.dispatches;
  }

  get runs(): readonly RunRecord[] {
    return this.repository.runs;
  }

  /**
   * The next `count` requests (matching `route`, a path prefix or `/regex/`) answer `status` with
   * GitHub's error body, and Retry-After when given.
   */
  failNext(
    count: number,
    status: number,
    options: { retryAfterSeconds?: number; route?: string } = {},
  ): void {
    const rule: FaultRule = {
      times: count,
      route: options.route,
      action: {
        kind: 'status',
        status,
        retryAfterSeconds: options.retryAfterSeconds,
        body: faultBody(status),
      },
    };
    this.faults.add(rule);
  }

  // --- serving ---

  private async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    res.setHeader('x-github-request-id', randomUUID().toUpperCase());
    res.setHeader('x-github-api-version-selected', '2022-11-28');
    try {
      // Download addresses need no token: the signature is the credential.
      if (method === 'GET' && serveDownload(res, url, this.repository, this.downloads, this.url)) return;
      if (!this.authorized(req.headers.authorization)) throw badCredentials();
      const withinLimit = this.rateLimit.take();
      for (const [name, value] of Object.entries(this.rateLimit.headers)) res.setHeader(name, value);
      if (!withinLimit) {
        throw new GitHubError(
          403,
          'API rate limit exceeded for user ID 583231.',
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        );
      }
      const repoPath = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(url.pathname);
      if (
        !repoPath ||
        !this.repository.is(decodeURIComponent(repoPath[1] ?? ''), decodeURIComponent(repoPath[2] ?? ''))
      ) {
        throw notFound();
      }
      const matched = matchRoute(ROUTES, method, repoPath[3] ?? '');
      if (!matched) throw notFound();
      await matched.route.handle(this.context(req, res, url, matched.params));
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      await drain(req);
      sendJson(res, error.status, error.body);
    }
  }

  private authorized(header: string | undefined): boolean {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    return match?.[1] === this.token;
  }

  private context(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    params: Record<string, string>,
  ): RouteContext {
    const site: Site = { api: this.url, owner: this.owner, repo: this.repo };
    return {
      req,
      url,
      params,
      repo: this.repository,
      site,
      raw: () => readBody(req),
      json: (documentationUrl) => readJsonObject(req, documentationUrl),
      send: (status, body, headers = {}) => sendJson(res, status, body, headers),
      signedDownloadUrl: (asset) => `${this.url}${this.downloads.path(asset.id, asset.name)}`,
    };
  }
}
