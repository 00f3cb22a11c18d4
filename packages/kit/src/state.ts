import * as core from '@actions/core';

/** Saves a value for this action's `post:` step (e.g. the job to cancel if the workflow is cancelled). */
export function saveState(name: string, value: string): void {
  core.saveState(name, value);
}

/** Reads a value saved by the main step; '' when none was saved. */
export function getState(name: string): string {
  return core.getState(name);
}
