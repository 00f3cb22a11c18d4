import { gzipSync } from 'node:zlib';
import { entryOfKey, forEachTakenKey, takenKey } from './taken-lines.ts';

/** One object version a span took. */
export interface TakenEntry {
  name: string;
  generation: string;
}

/**
 * `taken.jsonl.gz`: GZIP of one `{"name":"…","generation":"…"}` line per entry (exactly
 * `takenKey`'s spelling), each ending in `\n`. Object names cannot contain CR or LF.
 */
export function encodeTaken(entries: Iterable<TakenEntry>): Buffer {
  const lines: string[] = [];
  for (const entry of entries) lines.push(`${takenKey(entry.name, entry.generation)}\n`);
  return gzipSync(lines.join(''));
}

/** The entries of a `taken.jsonl.gz`, checked; throws an Error saying what is wrong. */
export function decodeTaken(gzipped: Uint8Array): TakenEntry[] {
  const entries: TakenEntry[] = [];
  forEachTakenKey(gzipped, (key) => entries.push(entryOfKey(key)));
  return entries;
}
