import { meaningfulTail, type TailOptions, tailText } from './output-tail.ts';
import type { ProcessResult } from './run-process.ts';

/**
 * A child process that failed: exited non-zero, was killed, timed out or was cancelled. Its
 * message is the headline and the last meaningful lines of the output, so wherever it is shown
 * (the ::error:: annotation, the job summary) the reason comes with it.
 */
export class ProcessFailure extends Error {
  readonly command: readonly string[];
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** `docker buildx build exited with code 1`: what happened, without the output. */
  readonly headline: string;
  /** The last meaningful lines of the output (see meaningfulTail). */
  readonly tail: readonly string[];

  constructor(headline: string, result: ProcessResult, tail: readonly string[]) {
    super(`${headline}.${tailText(tail)}`);
    this.name = 'ProcessFailure';
    this.command = result.command;
    this.exitCode = result.exitCode;
    this.signal = result.signal;
    this.timedOut = result.timedOut;
    this.cancelled = result.cancelled;
    this.headline = headline;
    this.tail = tail;
  }
}

export interface FailureOptions extends TailOptions {
  /** How the message names what ran: `docker buildx build`, `The compile command ["python3", …]`. */
  what: string;
}

/** How the process ended, for a message: `exited with code 3`, `was cancelled`. */
export function howItEnded(result: ProcessResult): string {
  if (result.cancelled) return 'was cancelled';
  if (result.timedOut) return 'timed out and was stopped';
  if (result.signal !== null) return `was killed by ${result.signal}`;
  return `exited with code ${result.exitCode}`;
}

/** The failure of a finished process, or undefined when it succeeded (exit code 0). */
export function processFailure(result: ProcessResult, options: FailureOptions): ProcessFailure | undefined {
  if (result.exitCode === 0 && !result.cancelled && !result.timedOut) return undefined;
  return new ProcessFailure(
    `${options.what} ${howItEnded(result)}`,
    result,
    meaningfulTail(result.output, options),
  );
}
