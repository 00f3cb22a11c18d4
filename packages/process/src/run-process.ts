import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { LineSplitter } from './line-splitter.ts';
import { OutputBuffer } from './output-buffer.ts';
import { ProcessStartError } from './process-start-error.ts';

export type OutputStream = 'stdout' | 'stderr';

/** One stage of stopping a process: `signal` to its whole group, then `graceMs` to exit. */
export interface StopStage {
  signal: NodeJS.Signals;
  graceMs: number;
}

/** How long a stopped process gets to exit after the signal, before SIGKILL (docker, the compiler). */
export const STOP_GRACE_MS = 5_000;

/**
 * The stop policy: SIGTERM to the process group, then SIGKILL to the group after STOP_GRACE_MS.
 * A caller whose program reports on SIGINT (pytest writes its report) passes its own stages;
 * SIGKILL always comes last.
 */
export const SIGTERM_THEN_KILL: readonly StopStage[] = [{ signal: 'SIGTERM', graceMs: STOP_GRACE_MS }];

export interface RunProcessOptions {
  /** A program on PATH or a path; run without a shell, so no argument is ever interpreted. */
  command: string;
  args?: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to standard input, which is then closed (a password for --password-stdin). */
  stdin?: string;
  /** Aborting stops the process (a cancelled workflow); `cancelled` is then set. */
  signal?: AbortSignal;
  /** Stops the process when it runs longer; `timedOut` is then set. */
  timeoutMs?: number;
  /** How a cancel or timeout stops it (default SIGTERM_THEN_KILL). */
  stop?: readonly StopStage[];
  /** Each line of stdout and stderr as it arrives (LF, CR and CRLF end a line). */
  onLine?: (line: string, stream: OutputStream) => void;
  /** The raw bytes as they arrive, for a caller that needs the streams exactly. */
  onData?: (chunk: Buffer, stream: OutputStream) => void;
  /** How much of the interleaved output `output` keeps, from the end (default 1 MiB). */
  maxOutputBytes?: number;
}

export interface ProcessResult {
  /** The program and its arguments, as run. */
  command: readonly string[];
  /** Null when a signal ended it. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** It outlived every stop stage and had to be killed. */
  killed: boolean;
  durationMs: number;
  /** stdout and stderr interleaved as they arrived; only the end when there was more than maxOutputBytes. */
  output: string;
  /** Bytes left out at the start of `output`. */
  omittedBytes: number;
}

// setTimeout fires at once for anything longer (about 24.8 days).
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Runs a program in a process group of its own, so that stopping it reaches everything it
 * started: on cancel or timeout each stop stage's signal goes to the group, then SIGKILL. Once
 * the program exits, whatever it left running in its group is killed too (it would hold the
 * output pipes open forever). Rejects with ProcessStartError when the program cannot start;
 * any exit is a result (see processFailure).
 */
export function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  const started = performance.now();
  const args = options.args ?? [];
  const stages = options.stop ?? SIGTERM_THEN_KILL;
  return new Promise((resolve, reject) => {
    const child = spawn(options.command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true, // a new process group (and session) whose id is the child's pid
    });
    const output = new OutputBuffer(options.maxOutputBytes ?? 1024 * 1024);
    let spawned = false;
    let exited = false;
    let stopping = false;
    let timedOut = false;
    let cancelled = false;
    let killed = false;
    const timers: NodeJS.Timeout[] = [];

    const signalGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const stopFrom = (stage: number) => {
      if (exited) return;
      const next = stages[stage];
      if (next === undefined) {
        killed = true;
        signalGroup('SIGKILL');
        return;
      }
      signalGroup(next.signal);
      timers.push(setTimeout(() => stopFrom(stage + 1), next.graceMs));
    };
    const stop = (why: 'timeout' | 'cancel') => {
      if (stopping || exited) return;
      stopping = true;
      if (why === 'timeout') timedOut = true;
      else cancelled = true;
      stopFrom(0);
    };
    const onAbort = () => stop('cancel');

    for (const stream of ['stdout', 'stderr'] as const) {
      const splitter = new LineSplitter();
      const source = child[stream];
      if (source === null) continue;
      source.on('data', (chunk: Buffer) => {
        output.push(chunk);
        options.onData?.(chunk, stream);
        if (options.onLine) for (const line of splitter.push(chunk)) options.onLine(line, stream);
      });
      source.on('end', () => {
        if (options.onLine) for (const line of splitter.end()) options.onLine(line, stream);
      });
    }
    if (options.stdin !== undefined) {
      child.stdin?.on('error', () => undefined); // a program that exits without reading it
      child.stdin?.end(options.stdin);
    }

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (spawned) return; // a failed kill of a process that is already gone
      for (const timer of timers) clearTimeout(timer);
      reject(new ProcessStartError(options.command, error));
    });
    child.on('spawn', () => {
      spawned = true;
      if (options.timeoutMs !== undefined) {
        timers.push(setTimeout(() => stop('timeout'), Math.min(options.timeoutMs, LONGEST_TIMER_MS)));
      }
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
    });
    child.on('exit', () => {
      exited = true;
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      signalGroup('SIGKILL');
    });
    child.on('close', (exitCode, signal) => {
      if (!spawned) return;
      resolve({
        command: [options.command, ...args],
        exitCode,
        signal,
        timedOut,
        cancelled,
        killed,
        durationMs: performance.now() - started,
        output: output.text(),
        omittedBytes: output.omittedBytes,
      });
    });
  });
}
