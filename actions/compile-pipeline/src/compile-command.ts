import { redactCredentials } from '@mlops-actions/pipeline-spec';
import { type ProcessResult, runProcess } from '@mlops-actions/process';
import { compileEnvironment } from './compile-environment.ts';

/** Enough for any compiler's chatter; beyond it only the end is kept (the error is at the end). */
const MAX_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * Runs the compile command without a shell in `cwd`, collecting its output, in a process group of
 * its own so that a cancel stops the compiler and anything it started. Rejects with
 * ProcessStartError when the program cannot start (see startErrorText).
 */
export function runCompileCommand(
  command: readonly string[],
  cwd: string,
  signal?: AbortSignal,
): Promise<ProcessResult> {
  const [program, ...args] = command as [string, ...string[]];
  return runProcess({
    command: program,
    args,
    cwd,
    env: compileEnvironment(process.env),
    ...(signal ? { signal } : {}),
    maxOutputBytes: MAX_OUTPUT_BYTES,
  });
}

/** Why the program could not start, and what to do. */
export function startErrorText(program: string, error: NodeJS.ErrnoException): string {
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
