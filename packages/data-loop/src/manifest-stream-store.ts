import type { Storage } from '@google-cloud/storage';
import { formatGsUri, type GsUri, type RetryPolicy, writeStreamIfAbsent } from '@mlops-actions/gcs';
import { totalsProblems } from './entry-check.ts';
import type { ManifestHeader } from './manifest.ts';
import type { ManifestEntriesFile } from './manifest-entries-file.ts';
import { NotLineLaidOut, readManifestHeader } from './manifest-header-reader.ts';
import { manifestHead, manifestTail } from './manifest-json.ts';
import { checkSameCount, readManifest } from './manifest-store.ts';
import { StateError } from './state-error.ts';
import { manifestObject } from './state-layout.ts';
import { headerProblems } from './validate-manifest.ts';

export interface WrittenManifestHeader {
  uri: string;
  /** False on a re-run: the manifest was there already and is returned untouched. */
  created: boolean;
  /** What is stored, without its entries: the given header when created, the earlier one otherwise. */
  manifest: ManifestHeader;
}

/**
 * writeManifestOnce for a manifest whose entries are in a file (closed): the same object, the
 * same bytes formatManifest gives, the same re-run rule (an earlier attempt's manifest is
 * returned, validated and checked to be the same count, without its entries) — streamed from disk
 * and, on a re-run, from the stored manifest, so memory does not grow with the entries. The header and its totals are checked against the entries before anything is written.
 */
export async function writeManifestFromFileOnce(
  storage: Storage,
  state: GsUri,
  runKey: string,
  header: ManifestHeader,
  entries: ManifestEntriesFile,
  retryPolicy?: RetryPolicy,
): Promise<WrittenManifestHeader> {
  const target = manifestObject(state, runKey);
  const uri = formatGsUri(target);
  const problems = [...headerProblems(header), ...totalsProblems({ ...header }, entries.totals)];
  if ('entries' in header) problems.push('the header must not carry "entries": they come from the file');
  if (problems.length > 0)
    throw new StateError(uri, `refusing to write an invalid manifest: ${problems.join('; ')}.`);
  const head = Buffer.from(manifestHead(header), 'utf8');
  const tail = Buffer.from(manifestTail(entries.totals.objects), 'utf8');
  const open = async function* () {
    yield head;
    yield* entries.read();
    yield tail;
  };
  const result = await writeStreamIfAbsent(storage, target, open, 'application/json', retryPolicy);
  if (result.created) return { uri, created: true, manifest: header };
  // A re-run: the earlier manifest is checked as it streams past; only its header is kept.
  const existing = await earlierHeader(storage, target, result.generation, retryPolicy);
  checkSameCount(uri, existing, header);
  return { uri, created: false, manifest: existing };
}

/** The earlier attempt's header, read line by line; read whole when another writer laid it out. */
async function earlierHeader(
  storage: Storage,
  target: GsUri,
  generation: string,
  retryPolicy?: RetryPolicy,
): Promise<ManifestHeader> {
  try {
    return await readManifestHeader(storage, target, generation, retryPolicy);
  } catch (error) {
    if (!(error instanceof NotLineLaidOut)) throw error;
    const { entries: _, ...header } = await readManifest(storage, target, generation, retryPolicy);
    return header;
  }
}
