import type { Storage } from '@google-cloud/storage';
import {
  forEachConcurrently,
  formatGsUri,
  type GsUri,
  NotFoundError,
  type RetryPolicy,
  readObjectGeneration,
} from '@mlops-actions/gcs';
import { listSpans } from './list-spans.ts';
import { decodePublishedMarker } from './published-marker.ts';
import { StateError } from './state-error.ts';
import { publishedMarker, takenObject } from './state-layout.ts';
import { forEachTakenKey } from './taken-lines.ts';
import { MutableTakenSet, type TakenSet } from './taken-set.ts';

export interface ReadTakenOptions {
  /** Spans read at once. */
  concurrency?: number;
  retryPolicy?: RetryPolicy;
}

/**
 * Every (name, generation) a published span has taken. One listing of `<state>/spans/`, then per
 * published span its marker and the `taken.jsonl.gz` generation the marker names. A span without
 * `_PUBLISHED` is still being written (or was abandoned) and is ignored: its objects stay new
 * until it is published. A missing state folder is an empty set (nothing taken yet).
 */
export async function readTaken(
  storage: Storage,
  state: GsUri,
  options: ReadTakenOptions = {},
): Promise<TakenSet> {
  const folders = (await listSpans(storage, state, options.retryPolicy)).filter(
    (folder) => folder.published !== undefined,
  );
  const loaded: string[][] = new Array(folders.length);
  await forEachConcurrently(folders, options.concurrency ?? 8, async (folder, index) => {
    loaded[index] = await readSpanKeys(
      storage,
      state,
      folder.span,
      folder.published as string,
      options.retryPolicy,
    );
  });
  const taken = new MutableTakenSet();
  folders.forEach((folder, index) => {
    taken.addKeys(folder.span, loaded[index] as string[]);
    taken.spans.push(folder.span);
  });
  return taken;
}

async function readSpanKeys(
  storage: Storage,
  state: GsUri,
  span: number,
  markerGeneration: string,
  retryPolicy?: RetryPolicy,
): Promise<string[]> {
  const markerUri = publishedMarker(state, span);
  const markerBytes = await readObjectGeneration(storage, markerUri, markerGeneration, retryPolicy);
  let marker: ReturnType<typeof decodePublishedMarker>;
  try {
    marker = decodePublishedMarker(markerBytes.toString('utf8'), span);
  } catch (error) {
    throw new StateError(
      formatGsUri(markerUri),
      `this span marker cannot be read: ${(error as Error).message}.`,
    );
  }
  const takenUri = takenObject(state, span);
  let bytes: Buffer;
  try {
    bytes = await readObjectGeneration(storage, takenUri, marker.taken.generation, retryPolicy);
  } catch (error) {
    if (!(error instanceof NotFoundError) || error.missing !== 'object') throw error;
    throw new StateError(
      `${formatGsUri(takenUri)}#${marker.taken.generation}`,
      `span ${span} is published, but the taken list its marker names is gone (deleted or rewritten). Restore that generation, or the span's objects would count as new again.`,
      { cause: error },
    );
  }
  const keys: string[] = [];
  try {
    forEachTakenKey(bytes, (key) => keys.push(key));
  } catch (error) {
    throw new StateError(
      formatGsUri(takenUri),
      `span ${span}'s taken list cannot be read: ${(error as Error).message}.`,
    );
  }
  if (keys.length !== marker.taken.entries) {
    throw new StateError(
      formatGsUri(takenUri),
      `span ${span}'s taken list has ${keys.length} entries, but its marker says ${marker.taken.entries}.`,
    );
  }
  return keys;
}
