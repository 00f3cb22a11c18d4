import { createInterface } from 'node:readline';
import type { Storage } from '@google-cloud/storage';
import {
  formatGsUri,
  type GsUri,
  openObjectReadStream,
  type RetryPolicy,
  withStorageRetries,
} from '@mlops-actions/gcs';
import { EntryCheck, totalsProblems } from './entry-check.ts';
import type { ManifestHeader } from './manifest.ts';
import { StateError } from './state-error.ts';
import { headerProblems } from './validate-manifest.ts';

const ENTRIES_OPEN = '  "entries": [';
const ENTRIES_EMPTY = '  "entries": []';

/** The text is not laid out as formatManifest writes it: read it whole instead. */
export class NotLineLaidOut extends Error {}

/**
 * A manifest's header, checked exactly as readManifest checks the whole (every entry's fields,
 * their order, the totals), reading the object as a stream of lines and keeping only the
 * header: a re-run meeting a manifest of 100,000 entries holds one line at a time. Only the layout
 * formatManifest writes (one entry per line) can be read so; anything else throws NotLineLaidOut
 * for the caller to read it whole. A broken read is retried from the start.
 */
export async function readManifestHeader(
  storage: Storage,
  uri: GsUri,
  generation: string,
  retryPolicy?: RetryPolicy,
): Promise<ManifestHeader> {
  const shown = formatGsUri(uri);
  const read = async () => {
    const lines = createInterface({
      input: await openObjectReadStream(storage, uri, {
        generation,
        ...(retryPolicy === undefined ? {} : { retryPolicy }),
      }),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    return headerFromLines(lines, shown);
  };
  return withStorageRetries(read, retryPolicy);
}

/** Parses formatManifest's layout line by line; `shown` names the manifest in errors. */
export async function headerFromLines(lines: AsyncIterable<string>, shown: string): Promise<ManifestHeader> {
  const head: string[] = [];
  const check = new EntryCheck();
  let stage: 'head' | 'entries' | 'end' | 'done' = 'head';
  let expectMore = false;
  for await (const line of lines) {
    if (stage === 'head') {
      if (line === ENTRIES_OPEN || line === ENTRIES_EMPTY) stage = line === ENTRIES_EMPTY ? 'end' : 'entries';
      else head.push(line);
    } else if (stage === 'entries') {
      if (line === '  ]') {
        if (expectMore) throw new NotLineLaidOut('an entry line ends with a comma before "]"');
        stage = 'end';
        continue;
      }
      if (!line.startsWith('    {')) throw new NotLineLaidOut('not one entry per line');
      expectMore = line.endsWith(',');
      const problem = check.add(parseEntry(expectMore ? line.slice(0, -1) : line));
      if (problem !== undefined) throw new StateError(shown, `this is not a valid manifest: ${problem}.`);
    } else if (stage === 'end') {
      if (line !== '}') throw new NotLineLaidOut('something after the entries');
      stage = 'done';
    } else if (line !== '') {
      throw new NotLineLaidOut('something after the end');
    }
  }
  if (stage !== 'done') throw new NotLineLaidOut('the entries are not closed');
  const last = head.length - 1;
  if (head[0] !== '{' || !head[last]?.endsWith(','))
    throw new NotLineLaidOut('the header is not indented JSON');
  head[last] = (head[last] as string).slice(0, -1);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(`${head.join('\n')}\n}`);
  } catch {
    throw new NotLineLaidOut('the header is not JSON on its own');
  }
  const problems = [...headerProblems(header), ...totalsProblems(header, check.totals)];
  if (problems.length > 0)
    throw new StateError(shown, `this is not a valid manifest: ${problems.join('; ')}.`);
  return header as unknown as ManifestHeader;
}

function parseEntry(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotLineLaidOut('an entry line is not JSON on its own');
  }
}
