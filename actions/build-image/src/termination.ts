/**
 * Runs `fn` with a signal that aborts when the runner cancels the step (SIGINT, then SIGTERM), so
 * that a docker build is stopped and a Cloud Build build cancelled rather than left running.
 */
export async function untilTerminated<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  }
}
