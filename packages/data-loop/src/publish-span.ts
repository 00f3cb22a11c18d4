import type { Storage } from '@google-cloud/storage';
import { formatGsUri, type GsUri, type RetryPolicy, writeObjectIfAbsent } from '@mlops-actions/gcs';
import { encodePublishedMarker } from './published-marker.ts';
import { StateError } from './state-error.ts';
import { publishedMarker, takenObject } from './state-layout.ts';
import { encodeTaken, type TakenEntry } from './taken-format.ts';

/**
 * The writing half of the span format, in the order that makes it safe: `taken.jsonl.gz` first,
 * `_PUBLISHED` last, both create-if-absent; the marker names the taken list's generation. Until
 * the marker exists readers ignore the span. The caller (trigger-retraining) must hold the claim
 * on span `span` and have checked the entries against readTaken (see README: exactly once).
 * Returns the marker's generation. An existing taken list or marker not written by this call is
 * a StateError: a span is written once.
 */
export async function publishSpan(
  storage: Storage,
  state: GsUri,
  span: number,
  entries: readonly TakenEntry[],
  options: { run?: string; retryPolicy?: RetryPolicy } = {},
): Promise<string> {
  const takenUri = takenObject(state, span);
  const taken = await writeObjectIfAbsent(
    storage,
    takenUri,
    encodeTaken(entries),
    'application/gzip',
    options.retryPolicy,
  );
  if (!taken.created) throw new StateError(formatGsUri(takenUri), `span ${span} already has a taken list.`);
  const marker = encodePublishedMarker({
    version: 1,
    span,
    taken: { generation: taken.generation, entries: entries.length },
    publishedAt: new Date().toISOString(),
    ...(options.run === undefined ? {} : { run: options.run }),
  });
  const markerUri = publishedMarker(state, span);
  const published = await writeObjectIfAbsent(
    storage,
    markerUri,
    marker,
    'application/json',
    options.retryPolicy,
  );
  if (!published.created) throw new StateError(formatGsUri(markerUri), `span ${span} is already published.`);
  return published.generation;
}
