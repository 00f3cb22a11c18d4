import { FrameParser } from './frame-parser.ts';
import { type ReadOptions, type RecordSource, uncompressedChunks } from './source-chunks.ts';

/** Streams record payloads; constant memory (one record at a time); every CRC checked. */
export async function* readRecords(source: RecordSource, options?: ReadOptions): AsyncGenerator<Uint8Array> {
  const parser = new FrameParser();
  const completed: Uint8Array[] = [];
  for await (const chunk of uncompressedChunks(source, options, parser)) {
    try {
      parser.feed(chunk, completed);
    } finally {
      // On an error too: the records before the bad one come out first.
      if (completed.length > 0) yield* completed.splice(0);
    }
  }
  parser.finish();
}

/** Counts records without keeping payloads (still checks every CRC). */
export async function countRecords(source: RecordSource, options?: ReadOptions): Promise<number> {
  const parser = new FrameParser();
  let count = 0;
  for await (const chunk of uncompressedChunks(source, options, parser)) {
    count += parser.feed(chunk);
  }
  parser.finish();
  return count;
}
