import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, quote } from '@mlops-actions/kit';

// What a shell would have made of these; without one, they reach the program as arguments.
const SHELL_SYNTAX = new Set(['&&', '||', '|', ';', '&', '>', '>>', '<', '2>&1', '2>', '1>']);

/**
 * The compile command as an argument vector: one argument per line, never a shell string, so
 * nothing in it is expanded, split or interpreted. Undefined when the input is empty.
 */
export function readCommand(lines: string[], workingDirectory: string): string[] | undefined {
  if (lines.length === 0) return undefined;
  const program = lines[0] as string;
  // `python kubeflow_runner.py` on one line is the most likely slip: say how to write it.
  if (/\s/.test(program) && !existsSync(resolve(workingDirectory, program))) {
    const words = program.split(/\s+/).filter((word) => word !== '');
    throw new InputError(
      'command',
      lines.join('\n'),
      `Input "command" must be one argument per line (it runs without a shell); got ${quote(program)} as the program. Write each word on its own line:\n${[...words, ...lines.slice(1)].join('\n')}`,
    );
  }
  const operator = lines.find((line) => SHELL_SYNTAX.has(line));
  if (operator !== undefined) {
    throw new InputError(
      'command',
      lines.join('\n'),
      `Input "command" must be a single command, one argument per line; got ${quote(operator)}, which only a shell understands and which would reach the program as an argument. Put shell logic in a script and run that.`,
    );
  }
  return lines;
}
