import { ActionError, formatDuration, group, info, infoUntrusted, untilTerminated } from '@mlops-actions/kit';
import { redactCredentials } from '@mlops-actions/pipeline-spec';
import {
  meaningfulTail,
  type ProcessResult,
  ProcessStartError,
  processFailure,
  tailText as quoteTail,
} from '@mlops-actions/process';
import { commandText, runCompileCommand, startErrorText } from './compile-command.ts';

/**
 * Runs the compile command, its whole output in a log group (credentials redacted, no line taken
 * as a workflow command). A command that cannot start, fails or is cancelled fails the step with
 * its exit code and the last lines of its output.
 */
export async function compile(command: readonly string[], workingDirectory: string): Promise<ProcessResult> {
  info(`Compiling: ${commandText(command)}`);
  const run = await untilTerminated((signal) => runCompileCommand(command, workingDirectory, signal)).catch(
    (error: unknown) => {
      if (!(error instanceof ProcessStartError)) throw error;
      throw new ActionError(
        `The compile command ${commandText(command)} could not start: ${startErrorText(error.program, error.cause)}.`,
      );
    },
  );
  if (run.output !== '' || run.omittedBytes > 0) {
    await group('Output of the compile command', () => {
      if (run.omittedBytes > 0) info(`(the first ${run.omittedBytes} bytes are left out)`);
      infoUntrusted(redactCredentials(run.output));
    });
  }
  // A failed command's message carries the end of its output (credentials redacted).
  const failure = processFailure(run, {
    what: `The compile command ${commandText(command)}`,
    redact: redactCredentials,
  });
  if (failure !== undefined) throw failure;
  info(`The compile command finished in ${formatDuration(run.durationMs)}.`);
  return run;
}

/** The end of the output for an error message; the log has all of it. */
export function tailText(run: ProcessResult): string {
  return quoteTail(meaningfulTail(run.output, { redact: redactCredentials }));
}
