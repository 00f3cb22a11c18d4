import { ActionError, quote } from '@mlops-actions/kit';
import ignore from 'ignore';
import picomatch from 'picomatch';
import type { IgnoreRules } from './gcloudignore.ts';

/** Which files under the folder are synced. Paths are relative to the folder, `/`-separated. */
export interface FileSelection {
  /** False for a folder the ignore rules leave out: nothing below it can come back (as in git). */
  entersFolder(path: string): boolean;
  selects(path: string): boolean;
}

export interface SelectionOptions {
  ignore?: IgnoreRules;
  /** Globs a file must match one of; empty means every file. */
  include?: readonly string[];
  /** Globs that leave a file out. */
  exclude?: readonly string[];
}

/** A file the ignore rules cannot decide on: an error, since keeping it could publish what was meant to stay out. */
export class UnjudgeableFileError extends ActionError {
  readonly path: string;

  constructor(path: string, reason: string, options?: ErrorOptions) {
    super(`Cannot tell whether ${quote(path)} is ignored: ${reason}. Nothing was uploaded.`, options);
    this.name = 'UnjudgeableFileError';
    this.path = path;
  }
}

const GLOB_OPTIONS = {
  dot: true,
  windows: false, // `\` escapes, `/` separates, on every runner
  nonegate: true,
  debug: true, // throw on an invalid glob instead of returning a regex that never matches
};

/** Why an include/exclude glob is unusable, or undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  const body = pattern.replace(/^(\.\/)+/, '');
  if (body === '') return 'is empty';
  if (body.startsWith('/')) return 'is absolute; globs are relative to path';
  if (body.split('/').includes('..')) return 'leaves path with ".."';
  try {
    picomatch.makeRe(body, GLOB_OPTIONS);
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`;
  }
  return undefined;
}

/** A glob without `/` matches a file name at any depth, as in .gitignore: `*.py` finds every Python file. */
function globOf(pattern: string): string {
  const body = pattern.replace(/^(\.\/)+/, '');
  return body.includes('/') ? body : `**/${body}`;
}

export function createSelection(options: SelectionOptions = {}): FileSelection {
  const rules = ignore({ allowRelativePaths: false }).add(options.ignore?.patterns ?? []);
  const include = options.include?.length ? picomatch(options.include.map(globOf), GLOB_OPTIONS) : () => true;
  const exclude = options.exclude?.length
    ? picomatch(options.exclude.map(globOf), GLOB_OPTIONS)
    : () => false;
  const ignored = (path: string): boolean => {
    try {
      return rules.ignores(path);
    } catch (error) {
      // The matcher refuses paths it cannot place (absolute, `../…`): an error, never "not ignored".
      throw new UnjudgeableFileError(path, (error as Error).message, { cause: error });
    }
  };
  return {
    entersFolder: (path) => !ignored(`${path}/`),
    selects: (path) => !ignored(path) && include(path) && !exclude(path),
  };
}
