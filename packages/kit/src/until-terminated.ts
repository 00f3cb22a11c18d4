/**
 * Runs `fn` with a signal that aborts when the runner cancels the step (it sends SIGINT, then
 * SIGTERM after 7.5 s). Child processes an action starts in their own process group are out of
 * reach of those signals, and a remote job would keep running: the action passes the cancel on
 * (stop pytest or docker, cancel a Cloud Build build, stop following a Vertex job) and reports.
 */
export async function untilTerminated<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  /** The signal's abort reason; by default the standard AbortError. */
  reason?: () => unknown,
): Promise<T> {
  const controller = new AbortController();
  const abort = () => (reason ? controller.abort(reason()) : controller.abort());
  process.on('SIGINT', abort);
  process.on('SIGTERM', abort);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  }
}
