import type { Storage } from '@google-cloud/storage';
import { type LabelRule, labelOf } from '@mlops-actions/data-loop';
import { type ListedObject, NotFoundError, openObjectReadStream, relativeName } from '@mlops-actions/gcs';
import { countRecords, decodeExample, readRecords } from '@mlops-actions/tfrecord';
import { countLines } from './count-lines.ts';
import { type ObjectUnit, unitOf } from './units.ts';

export interface CountSettings {
  sourcePath: string;
  unit: Parameters<typeof unitOf>[1];
  label: LabelRule | undefined;
  classNames: string[] | undefined;
}

export interface ObjectCount {
  unit: ObjectUnit;
  /** Units in the object: 1 for objects, else records or lines. */
  count: number;
  /** label → units; empty when no labels are asked for. */
  labels: Map<string, number>;
}

/** Thrown when the listed generation is gone: the object was rewritten or deleted meanwhile. */
export class ChangedDuringCount extends Error {}

/**
 * Counts one object at the generation the listing gave. A TFRecordError (bad CRC, truncation,
 * bad compression) propagates with its record index and offset.
 */
export async function countObject(
  storage: Storage,
  bucket: string,
  object: ListedObject,
  settings: CountSettings,
): Promise<ObjectCount> {
  const unit = unitOf(object.name, settings.unit);
  const labels = new Map<string, number>();
  const pathLabel =
    settings.label?.kind === 'path'
      ? (labelOf(settings.label, relativeName(object.name, settings.sourcePath), settings.classNames) ??
        UNLABELLED)
      : undefined;
  if (unit === 'objects') {
    if (pathLabel !== undefined) labels.set(pathLabel, 1);
    return { unit, count: 1, labels };
  }
  const stream = await open(storage, bucket, object);
  let count: number;
  if (unit === 'lines') {
    count = await countLines(stream);
  } else if (settings.label?.kind === 'feature') {
    count = 0;
    for await (const record of readRecords(stream)) {
      count += 1;
      const label = featureLabel(settings.label, record, settings.classNames);
      labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    return { unit, count, labels };
  } else {
    count = await countRecords(stream);
  }
  if (pathLabel !== undefined) labels.set(pathLabel, count);
  return { unit, count, labels };
}

/** The label a histogram shows for an object or record the rule gives none. */
export const UNLABELLED = '(none)';

function featureLabel(rule: LabelRule, record: Uint8Array, classNames: string[] | undefined): string {
  const name = rule.kind === 'feature' ? rule.name : '';
  return labelOf(rule, decodeExample(record).features.get(name), classNames) ?? UNLABELLED;
}

async function open(storage: Storage, bucket: string, object: ListedObject) {
  try {
    return await openObjectReadStream(
      storage,
      { bucket, path: object.name },
      { generation: object.generation },
    );
  } catch (error) {
    if (error instanceof NotFoundError) throw new ChangedDuringCount(object.name);
    throw error;
  }
}
