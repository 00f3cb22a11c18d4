import type { Storage } from '@google-cloud/storage';
import { ActionError, plural, quote } from '@mlops-actions/kit';
import { formatGsUri } from '../gs-uri.ts';
import { type ListedObject, listObjects } from '../list-objects.ts';
import { objectNameProblem } from '../object-name.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../storage-retry.ts';
import { forEachConcurrently } from './concurrency.ts';
import { hashLocalFile } from './file-hashes.ts';
import type { LocalFile } from './local-file.ts';

/** Where a folder is synced to: every object name is `prefix` + the file's relative path. */
export interface SyncDestination {
  bucket: string;
  /** '' (the bucket's top) or a name prefix ending in `/`. */
  prefix: string;
}

export interface PlannedUpload {
  file: LocalFile;
  name: string;
  /** Base64 MD5 of the file, when the plan read it: declared with the upload, so bytes changed since are refused. */
  md5?: string;
  reason: 'new' | 'changed';
  /** The generation the object must still have when written; '0' means it must not exist. */
  ifGenerationMatch: string;
}

export interface PlannedSkip {
  file: LocalFile;
  name: string;
  generation: string;
}

export interface PlannedDelete {
  name: string;
  size: number;
  generation: string;
}

/** What a sync will do, decided before anything is written. */
export interface SyncPlan {
  destination: SyncDestination;
  uploads: PlannedUpload[];
  skips: PlannedSkip[];
  deletes: PlannedDelete[];
}

export interface PlanOptions {
  /** Also plan to delete objects under the prefix that no local file accounts for. */
  deleteExtraneous?: boolean;
  /** Files hashed at once. */
  concurrency?: number;
  retryPolicy?: RetryPolicy;
}

/**
 * Compares local files with the objects under the destination prefix and decides, per file:
 * upload it (absent, another size, or another checksum) or skip it (identical). The listing and
 * the MD5 of the small files run side by side: their MD5 is needed either way, to compare or to
 * declare with the upload. A large file is read here only when an object of its size needs
 * comparing. Objects composed from parts have no MD5: their CRC32C is compared instead.
 */
export async function planSync(
  storage: Storage,
  files: readonly LocalFile[],
  destination: SyncDestination,
  options: PlanOptions = {},
): Promise<SyncPlan> {
  assertDestination(destination, options.deleteExtraneous === true);
  const named = files.map((file) => ({ file, name: destination.prefix + file.path }));
  assertObjectNames(named);
  const concurrency = options.concurrency ?? 16;

  const [remote, smallMd5s] = await Promise.all([
    remoteObjects(storage, destination, options.retryPolicy ?? DEFAULT_RETRY_POLICY),
    md5OfSmallFiles(files, concurrency),
  ]);

  const decisions: (PlannedUpload | PlannedSkip)[] = new Array(named.length);
  await forEachConcurrently(named, concurrency, async ({ file, name }, index) => {
    const object = remote.get(name);
    const sameSize = object !== undefined && object.size === file.size;
    const md5 =
      smallMd5s[index] ?? (sameSize && object.md5Hash !== undefined ? await md5Of(file) : undefined);
    const known = md5 === undefined ? {} : { md5 };
    decisions[index] =
      object === undefined
        ? { file, name, ...known, reason: 'new', ifGenerationMatch: '0' }
        : sameSize && (await isIdentical(file, md5, object))
          ? { file, name, generation: object.generation }
          : { file, name, ...known, reason: 'changed', ifGenerationMatch: object.generation };
  });

  const local = new Set(named.map(({ name }) => name));
  const deletes = options.deleteExtraneous
    ? [...remote.values()]
        .filter((object) => !local.has(object.name))
        .map(({ name, size, generation }) => ({ name, size, generation }))
    : [];
  return {
    destination,
    uploads: decisions.filter((d): d is PlannedUpload => 'reason' in d),
    skips: decisions.filter((d): d is PlannedSkip => !('reason' in d)),
    deletes,
  };
}

async function remoteObjects(
  storage: Storage,
  destination: SyncDestination,
  retryPolicy: RetryPolicy,
): Promise<Map<string, ListedObject>> {
  const remote = new Map<string, ListedObject>();
  const listing = listObjects(
    storage,
    { bucket: destination.bucket, path: destination.prefix },
    { retryPolicy },
  );
  for await (const object of listing) remote.set(object.name, object);
  return remote;
}

/** Files up to this size are hashed while the listing runs; a big one waits until it is needed. */
const EAGER_HASH_LIMIT = 8 << 20;
/** Files hashed between two turns of the event loop, so that listing pages are read meanwhile. */
const HASHED_PER_TURN = 32;

async function md5OfSmallFiles(
  files: readonly LocalFile[],
  concurrency: number,
): Promise<(string | undefined)[]> {
  const md5s = new Array<string | undefined>(files.length);
  let sinceTurn = 0;
  await forEachConcurrently(files, concurrency, async (file, index) => {
    if (file.size > EAGER_HASH_LIMIT) return;
    md5s[index] = await md5Of(file);
    // Small files are read with blocking calls: without a turn now and then, the listing would wait for all.
    if (++sinceTurn >= HASHED_PER_TURN) {
      sinceTurn = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return md5s;
}

async function md5Of(file: LocalFile): Promise<string> {
  return (await hashLocalFile(file.absolutePath, { md5: true, crc32c: false }, file.size)).md5 as string;
}

/** For an object of the file's size: the same MD5, or for a composite object the same CRC32C. */
async function isIdentical(file: LocalFile, md5: string | undefined, object: ListedObject): Promise<boolean> {
  if (object.md5Hash !== undefined) return object.md5Hash === md5;
  if (object.crc32c === undefined) return false;
  const hashes = await hashLocalFile(file.absolutePath, { md5: false, crc32c: true }, file.size);
  return hashes.crc32c === object.crc32c;
}

function assertDestination(destination: SyncDestination, deleteExtraneous: boolean): void {
  if (destination.prefix !== '' && !destination.prefix.endsWith('/')) {
    throw new Error(`A sync prefix must be '' or end with '/'; got ${quote(destination.prefix)}.`);
  }
  if (deleteExtraneous && destination.prefix === '') {
    throw new ActionError(
      `Refusing to delete extraneous objects at the top of ${formatGsUri({ bucket: destination.bucket, path: '' })}: that would delete everything else in the bucket. Sync to a prefix.`,
    );
  }
}

const LISTED_NAMES = 10;

/** Every file must make a valid object name, or nothing is written. */
function assertObjectNames(named: readonly { file: LocalFile; name: string }[]): void {
  const bad = named.flatMap(({ file, name }) => {
    const problem = objectNameProblem(name);
    return problem === undefined ? [] : [`${quote(file.path)} (the object name ${problem})`];
  });
  if (bad.length === 0) return;
  const more = bad.length > LISTED_NAMES ? `, and ${bad.length - LISTED_NAMES} more` : '';
  throw new ActionError(
    `${plural(bad.length, 'file')} cannot be stored under a valid object name: ${bad.slice(0, LISTED_NAMES).join(', ')}${more}. Nothing was uploaded.`,
  );
}
