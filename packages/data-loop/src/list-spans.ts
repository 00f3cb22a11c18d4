import type { Storage } from '@google-cloud/storage';
import { type GsUri, listObjects, type RetryPolicy } from '@mlops-actions/gcs';
import { PUBLISHED_MARKER, SPANS_FOLDER, stateObject, TAKEN_FILE } from './state-layout.ts';

/** What one `spans/<N>/` folder holds, from a single listing. */
export interface SpanFolder {
  span: number;
  /** Generation of `taken.jsonl.gz`, when present. */
  taken?: string;
  /** Generation of `_PUBLISHED`, when present: only then is the span complete. */
  published?: string;
}

/** Span folder names are numbers without leading zeros; anything else under spans/ is not a span. */
const SPAN_NUMBER = /^(0|[1-9]\d{0,14})$/;

/**
 * Every span folder under `<state>/spans/`, ascending by number (span 10 after 9), from one
 * listing of that prefix (a few objects per span: cheap however many entries the spans hold).
 */
export async function listSpans(
  storage: Storage,
  state: GsUri,
  retryPolicy?: RetryPolicy,
): Promise<SpanFolder[]> {
  const prefix = stateObject(state, SPANS_FOLDER);
  const spans = new Map<number, SpanFolder>();
  for await (const object of listObjects(storage, prefix, retryPolicy === undefined ? {} : { retryPolicy })) {
    const [folder, file, ...deeper] = object.name.slice(prefix.path.length).split('/');
    if (folder === undefined || !SPAN_NUMBER.test(folder) || deeper.length > 0) continue;
    const span = Number(folder);
    const entry = spans.get(span) ?? { span };
    if (file === TAKEN_FILE) entry.taken = object.generation;
    else if (file === PUBLISHED_MARKER) entry.published = object.generation;
    spans.set(span, entry);
  }
  return [...spans.values()].sort((a, b) => a.span - b.span);
}
