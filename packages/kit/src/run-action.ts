import * as core from '@actions/core';
import { ProcessFailure } from '@mlops-actions/process';
import { debugDetails, failureMessage } from './failure-message.ts';
import { summarizeProcessFailure } from './failure-summary.ts';

/**
 * The single error boundary of an action: runs `fn`, and on any error fails the step with one
 * `<name>: <message>` annotation, logs the stack at debug level and sets exit code 1. A failed
 * child process (ProcessFailure) brings the last lines of its output into the annotation and,
 * when the step wrote no summary, into the job summary.
 * Never rethrows, so the entry point can simply `await runAction(...)`.
 */
export async function runAction(name: string, fn: () => Promise<void> | void): Promise<void> {
  try {
    await fn();
  } catch (error) {
    try {
      core.debug(debugDetails(error));
    } catch {
      // A stack that cannot be printed must not hide the failure itself.
    }
    core.setFailed(failureMessage(name, error));
    process.exitCode = 1;
    if (error instanceof ProcessFailure) await summarizeProcessFailure(name, error);
  }
}
