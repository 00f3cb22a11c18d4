import { ActionError, formatDuration, group, info, infoUntrusted, untilTerminated } from '@mlops-actions/kit';
import { redactCredentials } from '@mlops-actions/pipeline-spec';
import { type CompileRun, commandText, outputTail, runCompileCommand } from './compile-command.ts';

const TAIL_LINES = 20;

/**
 * Runs the compile command, its whole output in a log group (credentials redacted, no line taken
 * as a workflow command). A command that cannot start, fails or is cancelled fails the step with
 * its exit code and the last lines of its output.
 */
export async function compile(command: readonly string[], workingDirectory: string): Promise<CompileRun> {
  info(`Compiling: ${commandText(command)}`);
  const run = await untilTerminated((signal) => runCompileCommand(command, workingDirectory, signal));
  if (run.output !== '' || run.omittedBytes > 0) {
    await group('Output of the compile command', () => {
      if (run.omittedBytes > 0) info(`(the first ${run.omittedBytes} bytes are left out)`);
      infoUntrusted(redactCredentials(run.output));
    });
  }
  const failure = failureOf(run);
  if (failure !== undefined) throw new ActionError(failure);
  info(`The compile command finished in ${formatDuration(run.durationMs)}.`);
  return run;
}

function failureOf(run: CompileRun): string | undefined {
  const command = commandText(run.command);
  if (run.startError !== undefined)
    return `The compile command ${command} could not start: ${run.startError}.`;
  let what: string | undefined;
  if (run.cancelled) what = 'was cancelled';
  else if (run.signal !== null) what = `was killed by ${run.signal}`;
  else if (run.exitCode !== 0) what = `exited with code ${run.exitCode}`;
  if (what === undefined) return undefined;
  return `The compile command ${command} ${what}.${tailText(run)}`;
}

/** The end of the output for an error message; the log has all of it. */
export function tailText(run: CompileRun): string {
  const tail = outputTail(run.output, TAIL_LINES);
  return tail === ''
    ? ' It printed nothing.'
    : ` Last lines of its output (all of it is in the log):\n${tail}`;
}
