import { MANIFEST_VERSION, type Manifest } from './manifest.ts';
import { compareObjectNames } from './object-name-order.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const GENERATION = /^[1-9]\d*$/;

/**
 * The problems that make `value` not a version-1 manifest, most important first (empty: valid).
 * Checks every required field's type, the entries' order (sorted by name, each name once) and
 * that `objects`, `bytes` and `count` agree with the entries: `count` is the sum over entries of
 * `records`, else `lines`, else 1 (an object counted as one). Fields it does not know are allowed:
 * a later writer may add optional ones without a new version.
 */
export function manifestProblems(value: unknown): string[] {
  if (!isObject(value)) return ['it is not a JSON object'];
  if (value.version !== MANIFEST_VERSION) {
    return [`"version" is ${JSON.stringify(value.version)}; this reader knows version ${MANIFEST_VERSION}`];
  }
  const problems: string[] = [];
  for (const field of ['source', 'state', 'pattern', 'unit', 'createdAt'] as const) {
    if (typeof value[field] !== 'string') problems.push(`"${field}" must be a string`);
  }
  for (const field of ['source', 'state'] as const) {
    if (typeof value[field] === 'string' && !(value[field] as string).startsWith('gs://')) {
      problems.push(`"${field}" must be a gs:// URI; got ${JSON.stringify(value[field])}`);
    }
  }
  const run = value.run;
  if (!isObject(run) || !['repository', 'runId', 'job', 'sha'].every((key) => typeof run[key] === 'string')) {
    problems.push('"run" must be {"repository", "runId", "job", "sha"} (strings)');
  }
  for (const field of ['count', 'objects', 'bytes'] as const) {
    if (!isCount(value[field])) problems.push(`"${field}" must be a whole number ≥ 0`);
  }
  if (value.perLabel !== undefined) {
    if (!isObject(value.perLabel) || !Object.values(value.perLabel).every(isCount)) {
      problems.push('"perLabel" must map labels to whole numbers ≥ 0');
    }
  }
  if (value.corrupt !== undefined) {
    if (
      !Array.isArray(value.corrupt) ||
      !value.corrupt.every(
        (item) =>
          isObject(item) &&
          typeof item.name === 'string' &&
          typeof item.generation === 'string' &&
          typeof item.reason === 'string',
      )
    ) {
      problems.push('"corrupt" must be a list of {"name", "generation", "reason"} (strings)');
    }
  }
  if (!Array.isArray(value.entries)) {
    problems.push('"entries" must be a list');
    return problems;
  }
  problems.push(...entryProblems(value.entries, value));
  return problems;
}

/** Each entry's fields, the order, and the totals; stops at the first bad entry (one is enough to say). */
function entryProblems(entries: unknown[], manifest: Json): string[] {
  let bytes = 0;
  let units = 0;
  let previous: string | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const at = `entries[${i}]`;
    if (!isObject(entry) || typeof entry.name !== 'string' || entry.name === '') {
      return [`${at} must be an object with a non-empty "name"`];
    }
    const name = JSON.stringify(entry.name);
    if (typeof entry.generation !== 'string' || !GENERATION.test(entry.generation)) {
      return [`${at} (${name}) must have "generation" as a decimal string`];
    }
    if (!isCount(entry.size)) return [`${at} (${name}) must have "size" as a whole number ≥ 0`];
    if (
      entry.crc32c !== undefined &&
      (typeof entry.crc32c !== 'string' || !/^[A-Za-z0-9+/]{6}==$/.test(entry.crc32c))
    ) {
      return [`${at} (${name}) has "crc32c" ${JSON.stringify(entry.crc32c)}, not base64 of 4 bytes`];
    }
    for (const field of ['records', 'lines'] as const) {
      if (entry[field] !== undefined && !isCount(entry[field]))
        return [`${at} (${name}) "${field}" must be a whole number ≥ 0`];
    }
    if (entry.label !== undefined && typeof entry.label !== 'string')
      return [`${at} (${name}) "label" must be a string`];
    if (previous !== undefined && compareObjectNames(previous, entry.name) >= 0) {
      return [
        previous === entry.name
          ? `${at} repeats the name ${name}: each object appears once`
          : `${at} (${name}) comes after ${JSON.stringify(previous)}: entries must be sorted by name`,
      ];
    }
    previous = entry.name;
    bytes += entry.size;
    units += (entry.records ?? entry.lines ?? 1) as number;
  }
  const problems: string[] = [];
  if (isCount(manifest.objects) && manifest.objects !== entries.length) {
    problems.push(`"objects" is ${manifest.objects}, but there are ${entries.length} entries`);
  }
  if (isCount(manifest.bytes) && manifest.bytes !== bytes) {
    problems.push(`"bytes" is ${manifest.bytes}, but the entries' sizes add up to ${bytes}`);
  }
  if (isCount(manifest.count) && manifest.count !== units) {
    problems.push(
      `"count" is ${manifest.count}, but the entries add up to ${units} (each entry counts its "records", else its "lines", else 1)`,
    );
  }
  return problems;
}

export function isManifest(value: unknown): value is Manifest {
  return manifestProblems(value).length === 0;
}
