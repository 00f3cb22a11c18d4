import { spawn } from 'node:child_process';

export interface ProcessOptions {
  /** Written to the process's standard input, then closed (a password for --password-stdin). */
  stdin?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Each line of output, stdout and stderr alike, as it arrives. */
  onLine?: (line: string) => void;
  /** Aborting sends SIGINT, then SIGKILL after 10 s. */
  signal?: AbortSignal;
}

export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines of output, for error messages. */
  tail: string[];
}

const TAIL = 20;

/** Runs a command from an argument list — never through a shell — and streams its output by line. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const line = (text: string) => {
      tail.push(text);
      if (tail.length > TAIL) tail.shift();
      options.onLine?.(text);
    };
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (partial + chunk).split(/\r?\n/);
        partial = lines.pop() ?? '';
        for (const l of lines) line(l);
      });
      stream.on('end', () => {
        if (partial) line(partial);
      });
    }
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      child.kill('SIGINT');
      killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', (error: NodeJS.ErrnoException) => {
      options.signal?.removeEventListener('abort', onAbort);
      reject(
        error.code === 'ENOENT'
          ? new Error(`${command} was not found on PATH; install it or choose another builder`)
          : error,
      );
    });
    child.once('close', (exitCode, signal) => {
      options.signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      resolve({ exitCode, signal, tail });
    });
  });
}
