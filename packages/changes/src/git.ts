import { spawn } from 'node:child_process';
import { credentialsEnv, type FetchCredentials } from './git-credentials.ts';

/** A git command that exited non-zero; `stderr` is kept for diagnosis, never printed raw. */
export class GitError extends Error {
  readonly args: readonly string[];
  readonly exitCode: number | null;
  readonly stderr: string;
  constructor(args: readonly string[], exitCode: number | null, stderr: string) {
    super(`git ${args[0] ?? ''} exited with ${exitCode}: ${stderr.trim().split('\n').at(-1) ?? ''}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

export interface GitRunOptions {
  /** Exit codes that are answers, not failures (e.g. 1 from `merge-base --is-ancestor`). */
  okExitCodes?: readonly number[];
  /** Extra environment for this one command. */
  env?: Record<string, string>;
}

export interface GitResult {
  stdout: Buffer;
  exitCode: number;
}

/**
 * Runs git with an argument vector (never a shell), in one repository.
 * Output is kept as bytes: file names are arbitrary bytes and `-z` output must be split on NUL
 * before any decoding.
 */
export class Git {
  readonly cwd: string;
  private readonly credentials: FetchCredentials | undefined;
  constructor(cwd: string, credentials?: FetchCredentials) {
    this.cwd = cwd;
    this.credentials = credentials;
  }

  /** `git fetch …`, with the token when there is one: only fetches talk to the server. */
  fetch(args: readonly string[]): Promise<GitResult> {
    return this.run(['fetch', ...args], {
      env: this.credentials ? credentialsEnv(this.credentials) : {},
    });
  }

  /** Whether fetches carry a token. */
  get authenticated(): boolean {
    return this.credentials !== undefined;
  }

  run(args: readonly string[], options: GitRunOptions = {}): Promise<GitResult> {
    const ok = options.okExitCodes ?? [];
    return new Promise((resolve, reject) => {
      // Neutral config: no pager, no prompts for credentials, no locale-dependent messages.
      const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
        cwd: this.cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', ...options.env },
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new Error('git is not installed or not on PATH; the runner image must provide git.')
            : error,
        );
      });
      child.on('close', (code) => {
        const stdout = Buffer.concat(out);
        if (code === 0 || (code !== null && ok.includes(code))) {
          resolve({ stdout, exitCode: code });
        } else {
          reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
        }
      });
    });
  }

  async text(args: readonly string[]): Promise<string> {
    return (await this.run(args)).stdout.toString('utf8').trim();
  }

  /** The commit a revision names, or undefined when this clone does not have it. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      {
        okExitCodes: [1, 128],
      },
    );
    const sha = result.stdout.toString('utf8').trim();
    return result.exitCode === 0 && sha ? sha : undefined;
  }

  async isShallow(): Promise<boolean> {
    return (await this.text(['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
      okExitCodes: [1],
    });
    return result.exitCode === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const result = await this.run(['merge-base', a, b], { okExitCodes: [1] });
    const sha = result.stdout.toString('utf8').trim();
    return result.exitCode === 0 && sha ? sha : undefined;
  }
}
