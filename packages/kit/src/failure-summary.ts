import { statSync } from 'node:fs';
import type { ProcessFailure } from '@mlops-actions/process';
import { codeBlock, escapeMarkdown, heading } from './summary.ts';
import { writeSummary } from './write-summary.ts';

/**
 * Puts a failed child process in the job summary: the headline and the last lines of its output,
 * where the user looks first. Only when the step wrote no summary of its own (the runner gives
 * each step an empty one): a step with its own report already shows its failure there.
 */
export async function summarizeProcessFailure(action: string, failure: ProcessFailure): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path || sizeOf(path) > 0) return;
  const [firstLine = ''] = failure.message.split('\n', 1);
  await writeSummary(
    heading(`❌ ${action} failed`, 3),
    escapeMarkdown(firstLine),
    failure.tail.length > 0 && codeBlock(failure.tail.join('\n')),
  );
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
