/**
 * Calls `fn` on every item of a stream, at most `limit` at a time, pulling the next item only
 * when a worker is free: memory holds `limit` items, however long the stream. The first failure
 * stops the pulling and is rethrown once the running calls have settled.
 */
export async function eachConcurrently<T>(
  items: AsyncIterable<T>,
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.asyncIterator]();
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    // An async generator queues concurrent next() calls, so workers may share it.
    while (failure === undefined) {
      const next = await iterator.next();
      if (next.done) return;
      try {
        await fn(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: limit }, worker));
  } catch (error) {
    failure ??= { error };
  }
  if (failure !== undefined) {
    await iterator.return?.();
    throw failure.error;
  }
}
