import { gunzipSync, gzipSync } from 'node:zlib';

/** One object version a span took. */
export interface TakenEntry {
  name: string;
  generation: string;
}

/**
 * `taken.jsonl.gz`: GZIP of one `{"name","generation"}` JSON object per line, each line ending in
 * `\n`. Object names cannot contain CR or LF, so a line is always one entry.
 */
export function encodeTaken(entries: Iterable<TakenEntry>): Buffer {
  const lines: string[] = [];
  for (const entry of entries)
    lines.push(`${JSON.stringify({ name: entry.name, generation: entry.generation })}\n`);
  return gzipSync(lines.join(''));
}

/**
 * The entries of a `taken.jsonl.gz`, checked. One JSON.parse over the whole file (lines joined into
 * an array) rather than one per line: for 100,000 entries the per-call cost dominates otherwise.
 * Throws an Error saying what is wrong (the caller adds the URI).
 */
export function decodeTaken(gzipped: Uint8Array): TakenEntry[] {
  let text: string;
  try {
    text = gunzipSync(gzipped).toString('utf8');
  } catch (error) {
    throw new Error(`it is not valid GZIP (${(error as Error).message})`);
  }
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('its last line does not end with a newline (a cut-off write?)');
  let parsed: unknown;
  try {
    parsed = JSON.parse(`[${text.slice(0, -1).replaceAll('\n', ',')}]`);
  } catch {
    throw new Error(`a line is not JSON (line ${firstBadLine(text)})`);
  }
  const entries = parsed as unknown[];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as Partial<TakenEntry> | null;
    if (
      typeof entry !== 'object' ||
      entry === null ||
      typeof entry.name !== 'string' ||
      entry.name === '' ||
      typeof entry.generation !== 'string' ||
      !/^[1-9]\d*$/.test(entry.generation)
    ) {
      throw new Error(
        `line ${i + 1} is not {"name": "<object name>", "generation": "<decimal generation>"}: ${JSON.stringify(entry).slice(0, 200)}`,
      );
    }
  }
  return entries as TakenEntry[];
}

function firstBadLine(text: string): number {
  const lines = text.slice(0, -1).split('\n');
  for (let i = 0; i < lines.length; i++) {
    try {
      JSON.parse(lines[i] as string);
    } catch {
      return i + 1;
    }
  }
  return lines.length;
}
