import { readFileSync } from 'node:fs';
import type { StepScope } from './command-processor.ts';
import { FILE_COMMANDS, type FileCommandName, keyValuePairs, pathLines } from './file-commands.ts';

const SUMMARY_LIMIT = 1024 * 1024;
const SUMMARY_TOO_LARGE =
  '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of %dk, got %dk. For more information see: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary';

/**
 * After a step, what it wrote to its command files takes effect, in the runner's order. A file that
 * cannot be processed adds two errors and fails the step; the other files are still processed.
 * Returns the step's summary, masked line by line as the runner scrubs it before upload.
 */
export function applyFileCommands(files: Record<FileCommandName, string>, scope: StepScope): string {
  let summary = '';
  for (const { name } of FILE_COMMANDS) {
    try {
      const text = readIfPresent(files[name]);
      if (text === undefined) continue;
      if (name === 'step_summary') summary = scrubSummary(text, scope);
      else apply(name, text, scope);
    } catch (error) {
      scope.record.issue(scope.step, 'error', `Unable to process file command '${name}' successfully.`);
      scope.record.issue(scope.step, 'error', (error as Error).message);
      scope.failed = true;
    }
  }
  return summary;
}

function apply(name: Exclude<FileCommandName, 'step_summary'>, text: string, scope: StepScope): void {
  if (name === 'path') {
    for (const dir of pathLines(text)) {
      scope.path.splice(0, scope.path.length, ...scope.path.filter((entry) => entry !== dir), dir);
    }
    return;
  }
  for (const [key, value] of keyValuePairs(text)) {
    if (name === 'state') {
      scope.state[key] = value;
      continue;
    }
    // ExecutionContext.SetOutput / SetEnvContext reject an empty name (the parser lets `=value` through).
    if (key === '') throw new Error("Value cannot be null. (Parameter 'name')");
    if (name === 'output') {
      if (scope.outputs !== undefined) scope.outputs[key] = value;
    } else if (key.toUpperCase() === 'NODE_OPTIONS') {
      scope.record.issue(
        scope.step,
        'error',
        "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
      );
    } else {
      scope.env[key] = value;
    }
  }
}

function scrubSummary(text: string, scope: StepScope): string {
  const size = Buffer.byteLength(text);
  if (size === 0) return '';
  if (size > SUMMARY_LIMIT) {
    const message = SUMMARY_TOO_LARGE.replace('%d', String(SUMMARY_LIMIT / 1024)).replace(
      '%d',
      String(Math.floor(size / 1024)),
    );
    scope.record.issue(scope.step, 'error', message);
    return '';
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => `${scope.record.masker.mask(line)}\n`).join('');
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
