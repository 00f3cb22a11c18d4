import type { Storage } from '@google-cloud/storage';
import { compareObjectNames, type ManifestEntry, type TakenSet } from '@mlops-actions/data-loop';
import type { ListedObject } from '@mlops-actions/gcs';
import { TFRecordError } from '@mlops-actions/tfrecord';
import type { Config } from './config.ts';
import { ChangedDuringCount, countObject } from './count-object.ts';
import { eachConcurrently } from './each-concurrently.ts';
import { newObjects, type Skipped } from './new-objects.ts';

export interface CorruptObject {
  name: string;
  generation: string;
  reason: string;
}

export interface Tally {
  count: number;
  objects: number;
  bytes: number;
  /** Sorted by name. */
  entries: ManifestEntry[];
  perLabel: Map<string, number> | undefined;
  corrupt: CorruptObject[];
  /** Listed, then rewritten or deleted before it was read: the next count sees its new generation. */
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

/** Lists the new objects and counts them, `concurrency` reads at a time. */
export async function countNewData(storage: Storage, config: Config, taken: TakenSet): Promise<Tally> {
  const tally: Tally = {
    count: 0,
    objects: 0,
    bytes: 0,
    entries: [],
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
  const countOne = async (object: ListedObject) => {
    try {
      const counted = await countObject(storage, config.source.bucket, object, settings);
      tally.count += counted.count;
      tally.objects += 1;
      tally.bytes += object.size;
      for (const [label, n] of counted.labels)
        tally.perLabel?.set(label, (tally.perLabel.get(label) ?? 0) + n);
      tally.entries.push(entryOf(object, counted));
    } catch (error) {
      if (error instanceof ChangedDuringCount) {
        tally.changed.push(object.name);
        return;
      }
      if (!(error instanceof TFRecordError)) throw error;
      const corrupt = { name: object.name, generation: object.generation, reason: reasonOf(error) };
      if (config.onCorrupt === 'fail') {
        throw new CorruptObjectError(corrupt, `gs://${config.source.bucket}/${object.name}`);
      }
      tally.corrupt.push(corrupt);
    }
  };
  await eachConcurrently(newObjects(storage, config, taken, tally.skipped), config.concurrency, countOne);
  // Cloud Storage's order (UTF-8 bytes), the one the manifest is checked against.
  tally.entries.sort((a, b) => compareObjectNames(a.name, b.name));
  tally.corrupt.sort((a, b) => compareObjectNames(a.name, b.name));
  tally.changed.sort();
  return tally;
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
