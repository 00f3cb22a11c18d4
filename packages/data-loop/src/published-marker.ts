/**
 * `_PUBLISHED`, written last (create-if-absent) when a span is complete. It names the generation of
 * the span's `taken.jsonl.gz` and how many entries it holds, so a reader takes exactly that version
 * and can tell a complete file from a damaged one.
 */
export interface PublishedMarker {
  version: 1;
  span: number;
  taken: { generation: string; entries: number };
  publishedAt: string;
  /** The run that published the span, for people reading the bucket. */
  run?: string;
}

export function encodePublishedMarker(marker: PublishedMarker): string {
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** The marker, checked against the span it sits in; throws an Error saying what is wrong. */
export function decodePublishedMarker(text: string, span: number): PublishedMarker {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('it is not JSON');
  }
  const marker = value as Partial<PublishedMarker> | null;
  if (typeof marker !== 'object' || marker === null) throw new Error('it is not a JSON object');
  if (marker.version !== 1)
    throw new Error(`its "version" is ${JSON.stringify(marker.version)}; this reader knows 1`);
  if (marker.span !== span)
    throw new Error(`its "span" is ${JSON.stringify(marker.span)}, but it sits in span ${span}`);
  const taken = marker.taken;
  if (
    typeof taken !== 'object' ||
    taken === null ||
    typeof taken.generation !== 'string' ||
    !/^[1-9]\d*$/.test(taken.generation) ||
    !Number.isSafeInteger(taken.entries) ||
    taken.entries < 0
  ) {
    throw new Error('its "taken" must be {"generation": "<decimal>", "entries": <count>}');
  }
  if (typeof marker.publishedAt !== 'string') throw new Error('its "publishedAt" is missing');
  return marker as PublishedMarker;
}
