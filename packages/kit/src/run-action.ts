import * as core from '@actions/core';
import { debugDetails, failureMessage } from './failure-message.ts';

/**
 * The single error boundary of an action: runs `fn`, and on any error fails the step with one
 * `<name>: <message>` annotation, logs the stack at debug level and sets exit code 1.
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
  }
}
