/** What the action counts, as the unit input names it. */
export type Unit = 'objects' | 'records' | 'lines' | 'auto';
/** What one object is counted in. */
export type ObjectUnit = Exclude<Unit, 'auto'>;

export const UNITS: readonly Unit[] = ['objects', 'records', 'lines', 'auto'];

const RECORD_FILE = /\.(?:tfrecords?|tfrec)(?:\.gz|\.zz|\.zlib)?$/i;
const LINE_FILE = /\.(?:jsonl|csv)$/i;

/** unit auto: TFRecord files by their name (.tfrecord, .tfrecord.gz, .tfrec), JSONL/CSV as lines. */
export function unitOf(name: string, unit: Unit): ObjectUnit {
  if (unit !== 'auto') return unit;
  if (RECORD_FILE.test(name)) return 'records';
  if (LINE_FILE.test(name)) return 'lines';
  return 'objects';
}
