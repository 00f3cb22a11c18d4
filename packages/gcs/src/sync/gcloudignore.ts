import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ActionError, quote } from '@mlops-actions/kit';

/** The ignore rules in force, with where they came from. */
export interface IgnoreRules {
  /** `.gitignore`-syntax pattern lines, in order (last match wins). */
  patterns: string[];
  /** Files read, in order: the ignore file, then what it included. Empty for the built-in default. */
  files: string[];
  /** True when no ignore file existed and gcloud's default for Git checkouts applies. */
  isDefault: boolean;
}

/** A problem with an ignore file; its message names the file (and line). */
export class IgnoreFileError extends ActionError {
  readonly file: string;

  constructor(file: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'IgnoreFileError';
    this.file = file;
  }
}

export const IGNORE_FILE_NAME = '.gcloudignore';

/** gcloud's default for a folder with Git files and no .gcloudignore (`gcloud topic gcloudignore`). */
const DEFAULT_PATTERNS = ['.gcloudignore', '.git', '.gitignore'];

const INCLUDE = /^#\s*!include:(.*)$/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a `.gcloudignore` as gcloud does: `.gitignore` syntax plus `#!include:<file>`, which
 * inserts the patterns of a file in the same folder as the ignore file at that point (one level:
 * an included file cannot include). Unlike gcloud, nothing is skipped silently: an unreadable
 * file, a missing included file and a line that is no valid pattern are errors.
 */
export function readIgnoreFile(path: string, shownAs: string = path): IgnoreRules {
  const files = [shownAs];
  const patterns: string[] = [];
  readLines(path, shownAs).forEach((line, index) => {
    const include = INCLUDE.exec(line);
    if (include) {
      const name = (include[1] ?? '').trimEnd();
      const where = `${shownAs} line ${index + 1}`;
      if (name === '' || name.includes('/')) {
        throw new IgnoreFileError(
          shownAs,
          `${where}: #!include needs the name of a file in the same folder (as gcloud requires); got ${quote(name)}.`,
        );
      }
      const includedPath = join(dirname(path), name);
      const includedShown = join(dirname(shownAs), name);
      if (!existsSync(includedPath)) {
        throw new IgnoreFileError(shownAs, `${where} includes ${includedShown}, which does not exist.`);
      }
      files.push(includedShown);
      readLines(includedPath, includedShown).forEach((included, includedIndex) => {
        if (INCLUDE.test(included)) {
          throw new IgnoreFileError(
            includedShown,
            `${includedShown} line ${includedIndex + 1}: an included file cannot #!include another (gcloud reads one level).`,
          );
        }
        addPattern(patterns, included, `${includedShown} line ${includedIndex + 1}`, includedShown);
      });
      return;
    }
    addPattern(patterns, line, `${shownAs} line ${index + 1}`, shownAs);
  });
  return { patterns, files, isDefault: false };
}

/**
 * gcloud's choice for a folder without an ignore file: when it holds `.git` or `.gitignore`, leave
 * out `.gcloudignore`, `.git`, `.gitignore` and what `.gitignore` lists; otherwise nothing.
 */
export function defaultIgnoreRules(folder: string, shownFolder: string): IgnoreRules {
  const gitignore = join(folder, '.gitignore');
  const hasGitignore = existsSync(gitignore);
  if (!hasGitignore && !existsSync(join(folder, '.git'))) return { patterns: [], files: [], isDefault: true };
  const rules: IgnoreRules = { patterns: [...DEFAULT_PATTERNS], files: [], isDefault: true };
  if (hasGitignore) {
    const shown = join(shownFolder, '.gitignore');
    rules.files.push(shown);
    readLines(gitignore, shown).forEach((line, index) => {
      if (!INCLUDE.test(line)) addPattern(rules.patterns, line, `${shown} line ${index + 1}`, shown);
    });
  }
  return rules;
}

function readLines(path: string, shown: string): string[] {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new Error('it is a folder');
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new IgnoreFileError(shown, `Cannot read the ignore file ${shown}: ${reason}.`, { cause: error });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (error) {
    throw new IgnoreFileError(shown, `The ignore file ${shown} is not UTF-8 text.`, { cause: error });
  }
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** Blank lines and comments add nothing; a line git itself would drop is an error here. */
function addPattern(patterns: string[], line: string, where: string, file: string): void {
  if (line.trim() === '' || line.startsWith('#')) return;
  // An odd number of trailing backslashes escapes nothing: git and gcloud drop such a line.
  if (/(?<!\\)(\\\\)*\\$/.test(line)) {
    throw new IgnoreFileError(
      file,
      `${where}: ${quote(line)} ends with an unpaired backslash, which is no valid pattern.`,
    );
  }
  patterns.push(line);
}
