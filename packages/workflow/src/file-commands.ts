import { existsSync, readFileSync } from 'node:fs';
import { keyValuePairs, pathLines } from '@mlops-actions/runner';

// A `run:` step's command files, read with packages/runner's parser (actions/runner's rules).

/** A GITHUB_OUTPUT / GITHUB_ENV file; a malformed file is an error with the runner's message. */
export function readKeyValueFile(path: string): Record<string, string> {
  return Object.fromEntries(keyValuePairs(readText(path)));
}

/** GITHUB_PATH: one directory a line. */
export function readLines(path: string): string[] {
  return pathLines(readText(path));
}

export function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
