import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  defaultIgnoreRules,
  type GsUri,
  globProblem,
  IGNORE_FILE_NAME,
  IgnoreFileError,
  type IgnoreRules,
  parseGsUri,
  readIgnoreFile,
} from '@mlops-actions/gcs';
import {
  InputError,
  type Inputs,
  parseProjectId,
  quote,
  type RunContext,
  resolveInside,
} from '@mlops-actions/kit';

export interface Config {
  /** As given, for messages. */
  pathInput: string;
  /** Absolute, inside the workspace. */
  path: string;
  isFile: boolean;
  destination: GsUri;
  versioned: boolean;
  /** The commit folder under the destination; '' when not versioned. */
  sha: string;
  include: string[];
  exclude: string[];
  /** Undefined for a single file, which is synced whatever the rules say. */
  ignore: IgnoreRules | undefined;
  deleteExtraneous: boolean;
  concurrency: number;
  dryRun: boolean;
  project: string | undefined;
}

/** Reads and validates every input (and the ignore file) before any request is made. */
export function readConfig(inputs: Inputs, context: Pick<RunContext, 'workspace' | 'sha'>): Config {
  const pathInput = inputs.requiredString('path');
  const path = readPath(pathInput, context.workspace);
  const isFile = statSync(path).isFile();
  const destination = parseGsUri(inputs.requiredString('destination'), 'destination');
  const versioned = inputs.boolean('versioned', true);
  const deleteExtraneous = inputs.boolean('delete-extraneous', false);
  if (deleteExtraneous && !versioned && destination.path.replace(/\/+$/, '') === '') {
    throw new InputError(
      'destination',
      inputs.string('destination'),
      `Input "destination" must name a folder in the bucket (gs://<bucket>/<prefix>) when delete-extraneous is true and versioned is false; got ${quote(inputs.string('destination'))}, where it would delete every other object in the bucket.`,
    );
  }
  return {
    pathInput,
    path,
    isFile,
    destination,
    versioned,
    sha: versioned ? readSha(context.sha) : '',
    include: readGlobs(inputs, 'include'),
    exclude: readGlobs(inputs, 'exclude'),
    ignore: readIgnoreInput(inputs.optionalString('ignore-file'), isFile, path, context.workspace),
    deleteExtraneous,
    concurrency: inputs.integer('concurrency', { default: 16, min: 1, max: 64 }),
    dryRun: inputs.boolean('dry-run', false),
    project: parseProjectId('project', inputs.optionalString('project')),
  };
}

function readPath(value: string, workspace: string): string {
  const path = resolveInside('path', value, workspace);
  if (!existsSync(path)) {
    throw new InputError(
      'path',
      value,
      `Input "path" must be a folder or file inside the workspace; got ${quote(value)}, which does not exist.`,
    );
  }
  const stats = statSync(path);
  if (!stats.isDirectory() && !stats.isFile()) {
    throw new InputError(
      'path',
      value,
      `Input "path" must be a folder or file inside the workspace; got ${quote(value)}, which is neither.`,
    );
  }
  return path;
}

/** The runner's GITHUB_SHA becomes part of every object name: only a plain hex commit id will do. */
function readSha(sha: string): string {
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new InputError(
      'versioned',
      'true',
      `Input "versioned" is true, which needs the commit sha from GITHUB_SHA; got ${quote(sha)}. Set versioned: false to upload without a commit folder.`,
    );
  }
  return sha;
}

function readGlobs(inputs: Inputs, name: 'include' | 'exclude'): string[] {
  const globs = inputs.list(name);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== undefined) {
      throw new InputError(
        name,
        glob,
        `Input ${quote(name)} must be glob patterns relative to path, one per line, such as *_test.py or utils/**; got ${quote(glob)}, which ${problem}.`,
      );
    }
  }
  return globs;
}

/** A single file is synced whatever the rules say; an ignore-file given with it is still checked. */
function readIgnoreInput(
  value: string | undefined,
  isFile: boolean,
  path: string,
  workspace: string,
): IgnoreRules | undefined {
  if (!isFile) return readIgnoreRules(value, path, workspace);
  if (value !== undefined) readIgnoreRules(value, dirname(path), workspace);
  return undefined;
}

/**
 * The rules in force: the ignore-file input (which must be readable), else `.gcloudignore` in
 * the folder, else gcloud's default for a folder with Git files. Names in messages are relative
 * to the workspace.
 */
function readIgnoreRules(value: string | undefined, folder: string, workspace: string): IgnoreRules {
  const shownFolder = relative(workspace, folder) || '.';
  if (value === undefined) {
    const candidate = join(folder, IGNORE_FILE_NAME);
    return existsSync(candidate)
      ? readIgnoreFile(candidate, join(shownFolder, IGNORE_FILE_NAME))
      : defaultIgnoreRules(folder, shownFolder);
  }
  const path = resolveInside('ignore-file', value, workspace);
  try {
    return readIgnoreFile(path, relative(workspace, path));
  } catch (error) {
    if (!(error instanceof IgnoreFileError)) throw error;
    throw new InputError(
      'ignore-file',
      value,
      `Input "ignore-file" must be a readable file in .gcloudignore syntax; got ${quote(value)}: ${error.message}`,
    );
  }
}
