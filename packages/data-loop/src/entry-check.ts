import { compareObjectNames } from './object-name-order.ts';

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;
const GENERATION = /^[1-9]\d*$/;

/** What the entries add up to; a manifest's `objects`, `bytes` and `count` must equal these. */
export interface EntryTotals {
  objects: number;
  bytes: number;
  /** Each entry's `records`, else its `lines`, else 1. */
  count: number;
}

/**
 * Checks manifest entries one at a time, in order (fields, sorted by name, each name once), and
 * adds them up: a manifest can be checked as it streams past, holding one name, not the list.
 */
export class EntryCheck {
  readonly totals: EntryTotals = { objects: 0, bytes: 0, count: 0 };
  private previous: string | undefined;

  /** The problem with the next entry (undefined: fine, and counted into the totals). */
  add(entry: unknown): string | undefined {
    const at = `entries[${this.totals.objects}]`;
    if (!isObject(entry) || typeof entry.name !== 'string' || entry.name === '') {
      return `${at} must be an object with a non-empty "name"`;
    }
    const name = JSON.stringify(entry.name);
    if (typeof entry.generation !== 'string' || !GENERATION.test(entry.generation)) {
      return `${at} (${name}) must have "generation" as a decimal string`;
    }
    if (!isCount(entry.size)) return `${at} (${name}) must have "size" as a whole number ≥ 0`;
    if (
      entry.crc32c !== undefined &&
      (typeof entry.crc32c !== 'string' || !/^[A-Za-z0-9+/]{6}==$/.test(entry.crc32c))
    ) {
      return `${at} (${name}) has "crc32c" ${JSON.stringify(entry.crc32c)}, not base64 of 4 bytes`;
    }
    for (const field of ['records', 'lines'] as const) {
      if (entry[field] !== undefined && !isCount(entry[field]))
        return `${at} (${name}) "${field}" must be a whole number ≥ 0`;
    }
    if (entry.label !== undefined && typeof entry.label !== 'string')
      return `${at} (${name}) "label" must be a string`;
    if (this.previous !== undefined && compareObjectNames(this.previous, entry.name) >= 0) {
      return this.previous === entry.name
        ? `${at} repeats the name ${name}: each object appears once`
        : `${at} (${name}) comes after ${JSON.stringify(this.previous)}: entries must be sorted by name`;
    }
    this.previous = entry.name;
    this.totals.objects += 1;
    this.totals.bytes += entry.size;
    this.totals.count += (entry.records ?? entry.lines ?? 1) as number;
    return undefined;
  }
}

/** Where the header's `objects`, `bytes` and `count` disagree with what the entries add up to. */
export function totalsProblems(manifest: Json, totals: EntryTotals): string[] {
  const problems: string[] = [];
  if (isCount(manifest.objects) && manifest.objects !== totals.objects) {
    problems.push(`"objects" is ${manifest.objects}, but there are ${totals.objects} entries`);
  }
  if (isCount(manifest.bytes) && manifest.bytes !== totals.bytes) {
    problems.push(`"bytes" is ${manifest.bytes}, but the entries' sizes add up to ${totals.bytes}`);
  }
  if (isCount(manifest.count) && manifest.count !== totals.count) {
    problems.push(
      `"count" is ${manifest.count}, but the entries add up to ${totals.count} (each entry counts its "records", else its "lines", else 1)`,
    );
  }
  return problems;
}
