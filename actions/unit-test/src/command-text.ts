import { plural } from '@mlops-actions/kit';

/** `["python3","-m","pytest",…,"--"] + 4 files`: JSON, so no quoting is left to guess; files listed elsewhere. */
export function commandWithoutFiles(command: readonly string[]): string {
  const separator = command.indexOf('--');
  if (separator === -1) return JSON.stringify(command);
  return `${JSON.stringify(command.slice(0, separator + 1))} + ${plural(command.length - separator - 1, 'file')}`;
}
