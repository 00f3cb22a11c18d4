import type { Storage } from '@google-cloud/storage';
import {
  formatGsUri,
  type GsUri,
  type RetryPolicy,
  readObject,
  readObjectGeneration,
  writeObjectIfAbsent,
} from '@mlops-actions/gcs';
import type { Manifest, ManifestHeader } from './manifest.ts';
import { formatManifest } from './manifest-json.ts';
import { StateError } from './state-error.ts';
import { manifestObject } from './state-layout.ts';
import { manifestProblems } from './validate-manifest.ts';

export interface WrittenManifest {
  uri: string;
  /** False on a re-run: the manifest was there already and is returned untouched. */
  created: boolean;
  /** What is stored: the given manifest when created, the earlier one otherwise. */
  manifest: Manifest;
}

/**
 * Writes the manifest to `<state>/manifests/<run key>.json` only if nothing is there
 * (ifGenerationMatch: 0). A re-run of the same job finds its first attempt's manifest and gets it
 * back unchanged, so everything downstream sees one snapshot per run — provided it is the same
 * count (source, state, pattern, unit, repository, run id, job): anything else is a StateError. A write whose answer was
 * lost and whose retry meets 412 recognises its own object (gcs's write id) and reports created.
 * The manifest is validated before anything is written.
 */
export async function writeManifestOnce(
  storage: Storage,
  state: GsUri,
  runKey: string,
  manifest: Manifest,
  retryPolicy?: RetryPolicy,
): Promise<WrittenManifest> {
  const target = manifestObject(state, runKey);
  const uri = formatGsUri(target);
  const problems = manifestProblems(manifest);
  if (problems.length > 0)
    throw new StateError(uri, `refusing to write an invalid manifest: ${problems.join('; ')}.`);
  const result = await writeObjectIfAbsent(
    storage,
    target,
    formatManifest(manifest),
    'application/json',
    retryPolicy,
  );
  if (result.created) return { uri, created: true, manifest };
  return {
    uri,
    created: false,
    manifest: await earlierAttempt(storage, target, result.generation, manifest, retryPolicy),
  };
}

/**
 * The manifest an earlier attempt of this job wrote at `target` (that generation), validated, and
 * checked to be the same count as `mine`; a StateError otherwise.
 */
async function earlierAttempt(
  storage: Storage,
  target: GsUri,
  generation: string,
  mine: ManifestHeader,
  retryPolicy?: RetryPolicy,
): Promise<Manifest> {
  const existing = await readManifest(storage, target, generation, retryPolicy);
  checkSameCount(formatGsUri(target), existing, mine);
  return existing;
}

/** A StateError unless `existing` can be an earlier attempt of the count that made `mine`. */
export function checkSameCount(uri: string, existing: ManifestHeader, mine: ManifestHeader): void {
  const clash = sameCountProblem(existing, mine);
  if (clash !== undefined) {
    throw new StateError(
      uri,
      `this run key's manifest is there already, but from a different count (${clash}). Two jobs with the same job id in one run (a matrix) share a run key: give each its own state folder.`,
    );
  }
}

/** Why `existing` cannot be an earlier attempt of the count that made `mine`; undefined if it can. */
function sameCountProblem(existing: ManifestHeader, mine: ManifestHeader): string | undefined {
  for (const field of ['source', 'state', 'pattern', 'unit'] as const) {
    if (existing[field] !== mine[field]) {
      return `its ${field} is ${JSON.stringify(existing[field])}, this count's is ${JSON.stringify(mine[field])}`;
    }
  }
  for (const field of ['repository', 'runId', 'job'] as const) {
    if (existing.run[field] !== mine.run[field]) {
      return `its run.${field} is ${JSON.stringify(existing.run[field])}, this count's is ${JSON.stringify(mine.run[field])}`;
    }
  }
  return undefined;
}

/**
 * A manifest, validated (version, required fields, entries sorted and unique, totals): any problem
 * is a StateError naming the URI and every problem found. `generation` reads that version only.
 */
export async function readManifest(
  storage: Storage,
  uri: GsUri,
  generation?: string,
  retryPolicy?: RetryPolicy,
): Promise<Manifest> {
  const shown = formatGsUri(uri);
  const bytes =
    generation === undefined
      ? await readObject(storage, uri, retryPolicy)
      : await readObjectGeneration(storage, uri, generation, retryPolicy);
  return parseManifest(bytes.toString('utf8'), shown);
}

/** The manifest in `text`; `shown` names where it came from in errors. */
export function parseManifest(text: string, shown: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StateError(shown, `this is not a manifest: it is not JSON (${(error as Error).message}).`);
  }
  const problems = manifestProblems(value);
  if (problems.length > 0)
    throw new StateError(shown, `this is not a valid manifest: ${problems.join('; ')}.`);
  return value as Manifest;
}
