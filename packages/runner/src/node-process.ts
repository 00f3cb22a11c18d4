import { spawn } from 'node:child_process';
import { LineSplitter } from './line-splitter.ts';

export interface ProcessOptions {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
  cancelAfterMs?: number;
  /** Waits after SIGINT and after SIGTERM before escalating. */
  grace: { sigint: number; sigterm: number };
  /** Every line of stdout and stderr, in arrival order. */
  onLine: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * Runs a step's process. A timeout or a cancel stops it the way actions/runner's ProcessInvoker does:
 * SIGINT to the process, SIGTERM if it is still running after the SIGINT grace, and after the SIGTERM
 * grace a SIGKILL to the whole process tree.
 */
export function runProcess(options: ProcessOptions): Promise<ProcessOutcome> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    // Its own process group, so the final kill reaches whatever the action started.
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const chunks: Record<'stdout' | 'stderr', Buffer[]> = { stdout: [], stderr: [] };
    const timers: NodeJS.Timeout[] = [];
    let timedOut = false;
    let cancelled = false;
    let stopping = false;
    let exited = false;

    const signal = (name: NodeJS.Signals, tree = false) => {
      try {
        if (tree && child.pid !== undefined) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // Already gone.
      }
    };
    const killTree = () => {
      signal('SIGKILL', true);
      signal('SIGKILL');
    };
    const stop = () => {
      if (stopping) return;
      stopping = true;
      signal('SIGINT');
      timers.push(
        setTimeout(() => {
          if (!exited) signal('SIGTERM');
          timers.push(setTimeout(killTree, options.grace.sigterm));
        }, options.grace.sigint),
      );
    };
    if (options.timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          if (cancelled) return;
          timedOut = true;
          stop();
        }, options.timeoutMs),
      );
    }
    if (options.cancelAfterMs !== undefined) {
      timers.push(
        setTimeout(() => {
          if (timedOut || exited) return;
          cancelled = true;
          stop();
        }, options.cancelAfterMs),
      );
    }

    for (const stream of ['stdout', 'stderr'] as const) {
      const splitter = new LineSplitter();
      child[stream].on('data', (chunk: Buffer) => {
        chunks[stream].push(chunk);
        for (const line of splitter.push(chunk)) options.onLine(line, stream);
      });
      child[stream].on('end', () => {
        for (const line of splitter.end()) options.onLine(line, stream);
      });
    }

    child.on('error', (error) => {
      for (const timer of timers) clearTimeout(timer);
      reject(new Error(`Could not start ${options.command}: ${error.message}`));
    });
    child.on('exit', () => {
      exited = true;
      // A stopped step's leftovers would keep its pipes open; the runner kills them too.
      if (stopping) killTree();
    });
    child.on('close', (exitCode, exitSignal) => {
      for (const timer of timers) clearTimeout(timer);
      resolvePromise({
        exitCode,
        signal: exitSignal,
        timedOut,
        cancelled,
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}
