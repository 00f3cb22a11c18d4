import { EntryCheck, isCount, isObject, totalsProblems } from './entry-check.ts';
import { MANIFEST_VERSION, type Manifest } from './manifest.ts';

type Json = Record<string, unknown>;

/**
 * The problems that make `value` not a version-1 manifest, most important first (empty: valid).
 * Checks every required field's type, the entries' order (sorted by name, each name once) and
 * that `objects`, `bytes` and `count` agree with the entries: `count` is the sum over entries of
 * `records`, else `lines`, else 1 (an object counted as one). Fields it does not know are allowed:
 * a later writer may add optional ones without a new version.
 */
export function manifestProblems(value: unknown): string[] {
  const problems = headerProblems(value);
  if (!isObject(value) || value.version !== MANIFEST_VERSION) return problems;
  if (!Array.isArray(value.entries)) {
    problems.push('"entries" must be a list');
    return problems;
  }
  problems.push(...entryProblems(value.entries, value));
  return problems;
}

/** The problems of every field but `entries` (and the totals, which need the entries). */
export function headerProblems(value: unknown): string[] {
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
  return problems;
}

/** Each entry's fields, the order, and the totals; stops at the first bad entry (one is enough to say). */
function entryProblems(entries: unknown[], manifest: Json): string[] {
  const check = new EntryCheck();
  for (const entry of entries) {
    const problem = check.add(entry);
    if (problem !== undefined) return [problem];
  }
  return totalsProblems(manifest, check.totals);
}

export function isManifest(value: unknown): value is Manifest {
  return manifestProblems(value).length === 0;
}
