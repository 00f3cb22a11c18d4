import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pull request file as the REST API lists it. */
export interface ApiPullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface ApiWorkflowRun {
  id: number;
  head_sha: string;
  head_branch: string;
  workflow_file: string;
  conclusion: 'success' | 'failure' | 'cancelled';
}

/** The REST API caps a pull request's file list at 3,000 entries. */
const PULL_FILES_LIMIT = 3000;

/**
 * A small stand-in for the GitHub REST endpoints detect-changes uses (pull request files, workflow
 * runs), with GitHub's pagination (Link headers, per_page ≤ 100), its 3,000-file cap, token checks
 * and injectable faults. The full GitHub stand-in lives in packages/emulators.
 */
export class GitHubApiStandIn {
  readonly token: string;
  readonly pullFiles = new Map<number, ApiPullFile[]>();
  readonly runs: ApiWorkflowRun[] = [];
  readonly requests: { method: string; path: string; authorization: string | undefined }[] = [];
  private faults: number[] = [];
  private server: Server | undefined;
  private port = 0;

  constructor(token = 'ghs_standin_token') {
    this.token = token;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The next `count` requests answer with `status` (e.g. 503) before normal service resumes. */
  failNext(count: number, status: number): void {
    this.faults.push(...Array.from({ length: count }, () => status));
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const authorization = req.headers.authorization;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, authorization });
    const fault = this.faults.shift();
    if (fault !== undefined) {
      json(res, fault, { message: 'Service Unavailable' });
      return;
    }
    if (authorization !== `token ${this.token}` && authorization !== `Bearer ${this.token}`) {
      json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    let match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (match && req.method === 'GET') {
      const files = this.pullFiles.get(Number(match[1]));
      if (files) this.page(res, url, files.slice(0, PULL_FILES_LIMIT), (items) => items);
      else json(res, 404, { message: 'Not Found' });
      return;
    }
    match = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/runs$/.exec(url.pathname);
    if (match && req.method === 'GET') {
      const workflow = decodeURIComponent(match[1] ?? '');
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const runs = this.runs
        .filter((run) => run.workflow_file === workflow)
        .filter((run) => !branch || run.head_branch === branch)
        .filter((run) => !status || run.conclusion === status)
        .sort((a, b) => b.id - a.id);
      this.page(res, url, runs, (items) => ({ total_count: runs.length, workflow_runs: items }));
      return;
    }
    json(res, 404, { message: 'Not Found' });
  }

  private page<T>(res: ServerResponse, url: URL, items: T[], wrap: (items: T[]) => unknown): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const links: string[] = [];
    const at = (n: number) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
    json(res, 200, wrap(slice), links.length ? { link: links.join(', ') } : {});
  }
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
