import type { Storage } from '@google-cloud/storage';
import type { ManifestEntriesFile, ManifestEntry, TakenSet } from '@mlops-actions/data-loop';
import type { ListedObject } from '@mlops-actions/gcs';
import { TFRecordError } from '@mlops-actions/tfrecord';
import type { Config } from './config.ts';
import { ChangedDuringCount, type CountSettings, countObject } from './count-object.ts';
import { eachConcurrently } from './each-concurrently.ts';
import { newObjects, type Skipped } from './new-objects.ts';
import { OrderedWindow } from './ordered-window.ts';

export interface CorruptObject {
  name: string;
  generation: string;
  reason: string;
}

export interface Tally {
  count: number;
  objects: number;
  bytes: number;
  perLabel: Map<string, number> | undefined;
  /** In name order. */
  corrupt: CorruptObject[];
  /** In name order. Listed, then rewritten or deleted before it was read: the next count sees its new generation. */
  changed: string[];
  skipped: Skipped;
}

/** A corrupt object with on-corrupt: fail. */
export class CorruptObjectError extends Error {
  readonly object: CorruptObject;
  constructor(object: CorruptObject, uri: string) {
    super(`${uri} (generation ${object.generation}) is corrupt: ${object.reason}.`);
    this.object = object;
  }
}

/** Results one slow object may hold back: small entries, so a few MiB at most. */
export const ORDER_WINDOW = 4096;

type Outcome =
  | { kind: 'entry'; entry: ManifestEntry; labels: Map<string, number> }
  | { kind: 'corrupt'; corrupt: CorruptObject }
  | { kind: 'changed'; name: string };

/**
 * Lists the new objects and counts them, `concurrency` reads at a time, adding each one's entry to
 * `entries` in listing order (Cloud Storage's name order, the manifest's): memory holds the
 * window of unfinished work, never the whole listing.
 */
export async function countNewData(
  storage: Storage,
  config: Config,
  taken: TakenSet,
  entries: ManifestEntriesFile,
): Promise<Tally> {
  const tally: Tally = {
    count: 0,
    objects: 0,
    bytes: 0,
    perLabel: config.label === undefined ? undefined : new Map(),
    corrupt: [],
    changed: [],
    skipped: { taken: 0, ignored: 0 },
  };
  const settings = {
    sourcePath: config.source.path,
    unit: config.unit,
    label: config.label,
    classNames: config.classNames,
  };
  const window = new OrderedWindow<Outcome | undefined>(ORDER_WINDOW, (outcome) => {
    if (outcome?.kind === 'entry') {
      entries.add(outcome.entry);
      tally.count = entries.totals.count;
      tally.objects = entries.totals.objects;
      tally.bytes = entries.totals.bytes;
      for (const [label, n] of outcome.labels)
        tally.perLabel?.set(label, (tally.perLabel.get(label) ?? 0) + n);
    } else if (outcome?.kind === 'corrupt') {
      tally.corrupt.push(outcome.corrupt);
    } else if (outcome?.kind === 'changed') {
      tally.changed.push(outcome.name);
    }
  });
  const countOne = async ({ index, object }: { index: number; object: ListedObject }) => {
    let outcome: Outcome | undefined;
    try {
      if (!(await window.enter(index))) return;
      outcome = await outcomeOf(storage, config, settings, object);
    } catch (error) {
      window.abandon();
      throw error;
    } finally {
      window.finish(index, outcome);
    }
  };
  try {
    await eachConcurrently(
      numbered(newObjects(storage, config, taken, tally.skipped)),
      config.concurrency,
      countOne,
    );
  } catch (error) {
    window.abandon();
    throw error;
  }
  return tally;
}

async function outcomeOf(
  storage: Storage,
  config: Config,
  settings: CountSettings,
  object: ListedObject,
): Promise<Outcome> {
  try {
    const counted = await countObject(storage, config.source.bucket, object, settings);
    return { kind: 'entry', entry: entryOf(object, counted), labels: counted.labels };
  } catch (error) {
    if (error instanceof ChangedDuringCount) return { kind: 'changed', name: object.name };
    if (!(error instanceof TFRecordError)) throw error;
    const corrupt = { name: object.name, generation: object.generation, reason: reasonOf(error) };
    if (config.onCorrupt === 'fail') {
      throw new CorruptObjectError(corrupt, `gs://${config.source.bucket}/${object.name}`);
    }
    return { kind: 'corrupt', corrupt };
  }
}

/** Each item with its place in the stream: the order results are handed on in. */
async function* numbered<T>(items: AsyncIterable<T>): AsyncIterable<{ index: number; object: T }> {
  let index = 0;
  for await (const object of items) yield { index: index++, object };
}

function entryOf(object: ListedObject, counted: Awaited<ReturnType<typeof countObject>>): ManifestEntry {
  const single = counted.labels.size === 1 ? [...counted.labels.keys()][0] : undefined;
  return {
    name: object.name,
    generation: object.generation,
    size: object.size,
    ...(object.crc32c === undefined ? {} : { crc32c: object.crc32c }),
    ...(counted.unit === 'records' ? { records: counted.count } : {}),
    ...(counted.unit === 'lines' ? { lines: counted.count } : {}),
    ...(single === undefined ? {} : { label: single }),
  };
}

/** "record 3 at byte 1,234: …" — where a reader can look with any hex viewer. */
function reasonOf(error: TFRecordError): string {
  const said = error.message.slice(error.message.indexOf(': ') + 2);
  return `record ${error.recordIndex} at byte ${error.offset}, ${error.kind}: ${said}`;
}
