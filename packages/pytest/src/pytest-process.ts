import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { PythonNotStartedError } from './python-availability.ts';

export interface PytestProcessOptions {
  /** The interpreter: a command on PATH or a path. */
  python: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The whole run; when it passes, the process tree is stopped and `timedOut` is set. */
  timeoutMs: number;
  /** Aborting stops the process tree the same way (a cancelled workflow). */
  signal?: AbortSignal;
  /**
   * How long pytest gets after SIGINT to finish: it then reports where it was interrupted and
   * still writes its JUnit report. After that, SIGKILL to every process left in the tree.
   */
  graceMs?: number;
  /** Complete lines of output (stdout and stderr) as they arrive, newline-separated. */
  onOutput?: (lines: string) => void;
}

export interface PytestProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Ignored SIGINT for the whole grace period and had to be killed. */
  killed: boolean;
  durationMs: number;
  /** The last 64 KiB of output, for diagnosing a run that wrote no report. */
  outputTail: string;
}

const TAIL_CHARS = 64 * 1024;
const DEFAULT_GRACE_MS = 5000;
// setTimeout fires at once for anything longer (about 24.8 days).
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs `python args…` in its own process group, so that a timeout or a cancel reaches every
 * process a test started, and whatever a test left running is killed once pytest exits.
 */
export function runPytestProcess(options: PytestProcessOptions): Promise<PytestProcessResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(options.python, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // a new process group (and session) whose id is the child's pid
    });
    let timedOut = false;
    let cancelled = false;
    let killed = false;
    let exited = false;
    let tail = '';
    let timeoutTimer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    const signalGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    };
    const stop = () => {
      if (exited || killTimer !== undefined) return;
      signalGroup('SIGINT');
      killTimer = setTimeout(() => {
        killed = true;
        signalGroup('SIGKILL');
      }, options.graceMs ?? DEFAULT_GRACE_MS);
    };
    const onAbort = () => {
      cancelled = true;
      stop();
    };

    const collect = (stream: Readable) => {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        tail = (tail + chunk).slice(-TAIL_CHARS);
        const text = partial + chunk;
        const end = text.lastIndexOf('\n');
        if (end === -1) {
          partial = text;
          return;
        }
        partial = text.slice(end + 1);
        options.onOutput?.(text.slice(0, end));
      });
      stream.on('end', () => {
        if (partial !== '') options.onOutput?.(partial);
      });
    };
    collect(child.stdout);
    collect(child.stderr);

    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timeoutTimer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(new PythonNotStartedError(options.python, error));
    });
    child.on('spawn', () => {
      timeoutTimer = setTimeout(
        () => {
          timedOut = true;
          stop();
        },
        Math.min(options.timeoutMs, LONGEST_TIMER_MS),
      );
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    child.on('exit', () => {
      exited = true;
      clearTimeout(timeoutTimer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      // Whatever the tests left running (a server, a sleep) would hold the pipes open forever.
      signalGroup('SIGKILL');
    });
    child.on('close', (exitCode, signal) => {
      resolve({
        exitCode,
        signal,
        timedOut,
        cancelled,
        killed,
        durationMs: performance.now() - started,
        outputTail: tail,
      });
    });
  });
}
