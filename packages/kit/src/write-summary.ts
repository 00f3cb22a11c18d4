import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { joinBlocks } from './summary.ts';

/**
 * Appends markdown blocks to the job summary. A no-op outside a runner (GITHUB_STEP_SUMMARY
 * unset); a summary that cannot be written is a warning, not a failed step.
 *
 * Appends to the file directly rather than through core.summary, whose buffer is process-global
 * and which keeps the first path it saw (wrong for a process that runs several steps, as tests do).
 */
export async function writeSummary(...blocks: (string | false | null | undefined)[]): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) return;
  const markdown = joinBlocks(...blocks);
  if (markdown === '') return;
  try {
    await appendFile(path, `${markdown}\n\n`, 'utf8');
  } catch (error) {
    core.warning(
      `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
