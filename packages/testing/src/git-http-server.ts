import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Where the server answers with the requests it has seen (never a repository path: no `.git`). */
export const REQUEST_LOG_PATH = '/_requests';

export interface GitHttpRequest {
  method: string;
  /** Path and query string. */
  path: string;
  /** Whether the request carried the right Basic credentials. */
  authorized: boolean;
}

/**
 * A private repository host: git's smart HTTP protocol (`git http-backend`, the CGI program git
 * ships) behind a Node server on 127.0.0.1 that, like GitHub for a private repository, answers
 * 401 to any request without `Authorization: basic base64(<user>:<token>)`.
 * Serves every repository under `projectRoot`: `${url}/origin.git` is `<projectRoot>/origin.git`.
 *
 * It runs in its own process: test fixtures call git synchronously, which would block a server
 * living in the test's own event loop.
 */
export class GitHttpServer {
  readonly projectRoot: string;
  readonly token: string;
  private child: ChildProcess | undefined;
  private port = 0;

  constructor(options: { projectRoot: string; token: string }) {
    this.projectRoot = options.projectRoot;
    this.token = options.token;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const script = fileURLToPath(new URL('./git-http-backend-process.ts', import.meta.url));
    const child = spawn(process.execPath, [script, this.projectRoot], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, GIT_HTTP_TOKEN: this.token },
    });
    this.child = child;
    let pending = '';
    this.port = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the git HTTP server exited with ${code}`)));
      child.stdout?.setEncoding('utf8');
      child.stdout?.on('data', (chunk: string) => {
        pending += chunk;
        for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n')) {
          const line = pending.slice(0, newline);
          pending = pending.slice(newline + 1);
          const listening = /^listening (\d+)$/.exec(line);
          if (listening) resolve(Number(listening[1]));
        }
      });
    });
    return this;
  }

  /** Every request the server has answered so far, oldest first. */
  async requests(): Promise<GitHttpRequest[]> {
    const response = await fetch(`${this.url}${REQUEST_LOG_PATH}`);
    return (await response.json()) as GitHttpRequest[];
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
