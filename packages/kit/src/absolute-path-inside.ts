import { isAbsolute, relative } from 'node:path';
import { InputError, shown } from './input-error.ts';
import { resolveInside } from './workspace-path.ts';

/**
 * An input's absolute path that must lie in the workspace or in the runner's temporary folder
 * (`${{ runner.temp }}`): resolved inside the one that contains it, so a symlink leading out of
 * it is refused with resolveInside's message; any other place is refused naming both.
 */
export function resolveInWorkspaceOrTemp(
  input: string,
  value: string,
  workspace: string,
  runnerTemp: string,
): string {
  for (const root of [workspace, runnerTemp]) {
    const rel = relative(root, value);
    if (rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel)) return resolveInside(input, rel, root);
  }
  throw new InputError(
    input,
    value,
    `Input "${input}" must be a path inside the workspace (${workspace}) or the runner's temporary folder (${runnerTemp}); got ${shown(value)}.`,
  );
}
