import { spawn } from 'node:child_process';
import { redactCredentials } from '@mlops-actions/pipeline-spec';
import { compileEnvironment } from './compile-environment.ts';

export interface CompileRun {
  command: readonly string[];
  /** Null when the process was killed by a signal or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Why the process could not start (not found, not executable), if it could not. */
  startError?: string;
  /** stdout and stderr interleaved as they arrived; only the end when there was very much. */
  output: string;
  /** Bytes left out at the start of `output`. */
  omittedBytes: number;
  cancelled: boolean;
  durationMs: number;
}

/** Enough for any compiler's chatter; beyond it only the end is kept (the error is at the end). */
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
const KILL_GRACE_MS = 5_000;

/**
 * Runs the compile command without a shell in `cwd`, collecting its output. It gets a process
 * group of its own, so that a cancel stops the compiler and anything it started.
 */
export function runCompileCommand(
  command: readonly string[],
  cwd: string,
  signal?: AbortSignal,
): Promise<CompileRun> {
  const started = Date.now();
  const chunks: Buffer[] = [];
  let kept = 0;
  let omittedBytes = 0;
  const collect = (chunk: Buffer) => {
    chunks.push(chunk);
    kept += chunk.length;
    while (kept > MAX_OUTPUT_BYTES && chunks.length > 1) {
      const dropped = chunks.shift() as Buffer;
      kept -= dropped.length;
      omittedBytes += dropped.length;
    }
  };
  return new Promise((resolve) => {
    const [program, ...args] = command as [string, ...string[]];
    const child = spawn(program, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: compileEnvironment(process.env),
    });
    let startError: string | undefined;
    let cancelled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = () => {
      cancelled = true;
      signalGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error: NodeJS.ErrnoException) => {
      startError = startErrorText(program, error);
    });
    child.on('close', (exitCode, exitSignal) => {
      signal?.removeEventListener('abort', stop);
      if (killTimer !== undefined) clearTimeout(killTimer);
      resolve({
        command,
        exitCode: startError === undefined ? exitCode : null,
        signal: exitSignal,
        ...(startError === undefined ? {} : { startError }),
        output: Buffer.concat(chunks).toString('utf8'),
        omittedBytes,
        cancelled,
        durationMs: Date.now() - started,
      });
    });
  });
}

function signalGroup(pid: number | undefined, name: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, name);
  } catch {
    // already gone
  }
}

function startErrorText(program: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') {
    return program.includes('/')
      ? `${JSON.stringify(program)} does not exist (relative paths start at working-directory)`
      : `${JSON.stringify(program)} was not found on PATH (install it in an earlier step, e.g. with actions/setup-python and pip)`;
  }
  if (error.code === 'EACCES') return `${JSON.stringify(program)} is not executable`;
  return `${JSON.stringify(program)} could not be started: ${error.message}`;
}

/** The command for messages: JSON, so no quoting is left to guess; credentials redacted. */
export function commandText(command: readonly string[]): string {
  return redactCredentials(JSON.stringify(command));
}

/** The last `count` non-blank lines of the output, credentials redacted, each at most 300 characters. */
export function outputTail(output: string, count: number): string {
  const lines = redactCredentials(output)
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() !== '');
  return lines
    .slice(-count)
    .map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line))
    .join('\n');
}
