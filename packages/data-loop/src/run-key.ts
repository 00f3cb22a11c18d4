/** What makes a run key: the workflow run and the job (kit's RunContext has both). */
export interface RunKeyContext {
  runId: string;
  job: string;
}

/**
 * `run-<GITHUB_RUN_ID>-<GITHUB_JOB>`: the same for every attempt of that job in that workflow run,
 * so a re-run finds what its first attempt wrote. Characters other than letters, digits, `.`,
 * `_` and `-` become `_`, so the key is one safe object-name segment.
 */
export function runKey(context: RunKeyContext): string {
  if (!/^\d+$/.test(context.runId)) {
    throw new Error(
      `The run id (GITHUB_RUN_ID) must be a decimal number to name this run's state; got ${JSON.stringify(context.runId)}.`,
    );
  }
  if (context.job === '')
    throw new Error("The job id (GITHUB_JOB) is empty; it is needed to name this run's state.");
  const job = context.job.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
  return `run-${context.runId}-${job}`;
}
