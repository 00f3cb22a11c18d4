/**
 * Runs `fn` with a signal that aborts when the runner cancels the step (it sends SIGINT, then
 * SIGTERM). The compile command runs in its own process group, out of reach of those signals, so
 * the action passes them on.
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
