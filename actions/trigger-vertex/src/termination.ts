/**
 * Runs `fn` with a signal that aborts when the runner cancels the step (SIGINT, then SIGTERM), so
 * the step stops following the job, reports, and leaves the cancel to the post step.
 */
export async function untilTerminated<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort(new Error('The workflow was cancelled.'));
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  }
}
