import { ProcessFailure } from '@mlops-actions/process';
import { ActionError } from './action-error.ts';
import { InputError } from './input-error.ts';

/**
 * The one-line failure an action reports: `<action>: <message>`. Messages of our own errors are
 * user-facing and kept whole, and so is a failed child process's (its headline and the last lines
 * of its output: the reason); unknown errors (SDKs, Node) keep only their first line, the rest
 * goes to the debug log.
 */
export function failureMessage(action: string, error: unknown): string {
  let message: string;
  if (error instanceof InputError || error instanceof ActionError || error instanceof ProcessFailure) {
    message = error.message;
  } else if (error instanceof Error) {
    message = error.message.split(/\r?\n/, 1)[0]?.trim() || error.name || 'Error';
  } else {
    message = String(error).split(/\r?\n/, 1)[0] ?? '';
  }
  return `${action}: ${message}`;
}

/** Everything useful for debugging: the stack and the chain of causes. */
export function debugDetails(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? String(current)) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}
