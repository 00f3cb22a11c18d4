import * as core from '@actions/core';

/** Reads an action input from the runner's environment (INPUT_<NAME>), trimmed. */
export function coreGetInput(name: string): string {
  return core.getInput(name);
}
