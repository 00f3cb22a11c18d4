import { globSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ActionError, quote, resolveInside } from '@mlops-actions/kit';
import type { SpecPattern } from './spec-input.ts';

/** What the files matching `spec` looked like before the compile command ran: path → stamp. */
export type SpecSnapshot = Map<string, string>;

export interface SpecFile {
  /** Absolute. */
  path: string;
  /** Relative to the workspace: for messages, annotations and the `spec` output. */
  shown: string;
}

/** Files this action writes next to the spec; never taken for the spec itself. */
const PINNED_OUTPUT = /\.pinned\.(json|ya?ml)$/i;
const LISTED = 10;

/** The files matching the pattern now, relative to working-directory, sorted. */
export function matchingFiles(pattern: SpecPattern, workingDirectory: string): string[] {
  const candidates = pattern.isGlob ? globSync(pattern.value, { cwd: workingDirectory }) : [pattern.value];
  return candidates
    .filter((candidate) => !PINNED_OUTPUT.test(candidate) || !pattern.isGlob)
    .filter((candidate) => {
      try {
        // A symlink in the checkout must not lead the action to a file outside.
        resolveInside('spec', candidate, workingDirectory);
        return statSync(join(workingDirectory, candidate)).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

export function snapshot(pattern: SpecPattern, workingDirectory: string): SpecSnapshot {
  return new Map(
    matchingFiles(pattern, workingDirectory).map((file) => [file, stampOf(join(workingDirectory, file))]),
  );
}

function stampOf(path: string): string {
  const stat = statSync(path, { bigint: true });
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

/**
 * The one file the `spec` input names. With a snapshot from before the compile command, that
 * file must be one the command wrote: an unchanged file is an earlier compile, not this one.
 */
export function findSpecFile(
  pattern: SpecPattern,
  workingDirectory: string,
  workspace: string,
  before: SpecSnapshot | undefined,
  commandTail: string,
): SpecFile {
  const where = `spec ${quote(pattern.value)} in working-directory ${quote(relative(workspace, workingDirectory) || '.')}`;
  const matches = matchingFiles(pattern, workingDirectory);
  const written = (file: string) =>
    before === undefined || before.get(file) !== stampOf(join(workingDirectory, file));
  if (matches.length === 0) {
    throw new ActionError(
      before === undefined
        ? `No file matches ${where}.`
        : `The compile command succeeded but wrote no file matching ${where}. Check where it writes the spec (KubeflowV2DagRunner's output_dir and output_filename, or the KFP compiler's package_path).${commandTail}`,
    );
  }
  if (matches.length > 1) {
    const listed = matches
      .slice(0, LISTED)
      .map(
        (file) =>
          `${file}${before === undefined ? '' : written(file) ? ' (written by the command)' : ' (older)'}`,
      );
    const more = matches.length > LISTED ? `, … and ${matches.length - LISTED} more` : '';
    throw new ActionError(
      `The ${where} matches ${matches.length} files; it must match exactly one: ${listed.join(', ')}${more}. Make the path or glob more specific.`,
    );
  }
  const file = matches[0] as string;
  if (!written(file)) {
    throw new ActionError(
      `The compile command succeeded but did not write ${quote(file)}, the file matching ${where}: it is unchanged since before the command ran, so it holds an earlier compile.${commandTail}`,
    );
  }
  const path = join(workingDirectory, file);
  return { path, shown: relative(workspace, path) };
}
