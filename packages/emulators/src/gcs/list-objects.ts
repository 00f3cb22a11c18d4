import { invalid } from './errors.ts';
import { globToRegExp } from './match-glob.ts';
import type { ObjectRecord } from './model.ts';
import { compareNames } from './names.ts';
import type { GcsStore } from './store.ts';

/**
 * objects.list, https://cloud.google.com/storage/docs/json_api/v1/objects/list: names in
 * lexicographic order, filtered by prefix, startOffset (inclusive), endOffset (exclusive) and
 * matchGlob; with a delimiter, names that have it after the prefix collapse into `prefixes`;
 * `maxResults` (at most 1000, the default) counts items and prefixes together; `versions`
 * lists every generation, oldest first within a name.
 */
export interface ListQuery {
  prefix: string;
  delimiter?: string;
  startOffset?: string;
  endOffset?: string;
  matchGlob?: string;
  maxResults: number;
  pageToken?: string;
  versions: boolean;
  includeTrailingDelimiter: boolean;
}

export interface ListPage {
  items: ObjectRecord[];
  prefixes: string[];
  nextPageToken?: string;
}

/** Where a page ended: the last name (or prefix) it returned, and for versions the generation. */
interface Cursor {
  name: string;
  generation?: number;
  prefix?: boolean;
}

type Entry = { kind: 'item'; record: ObjectRecord } | { kind: 'prefix'; prefix: string };

export function listObjects(store: GcsStore, bucket: string, query: ListQuery): ListPage {
  const names = store.sortedNames(bucket);
  const glob = query.matchGlob !== undefined ? globToRegExp(query.matchGlob) : undefined;
  const cursor = query.pageToken !== undefined ? decodeToken(query.pageToken) : undefined;
  const items: ObjectRecord[] = [];
  const prefixes: string[] = [];
  let count = 0;
  let lastPrefix: string | undefined;
  let last: Cursor | undefined;

  let lower = query.prefix;
  if (query.startOffset !== undefined && compareNames(query.startOffset, lower) > 0)
    lower = query.startOffset;
  if (cursor && compareNames(cursor.name, lower) > 0) lower = cursor.name;

  for (let i = lowerBound(names, lower); i < names.length; i++) {
    const name = names[i] as string;
    if (!name.startsWith(query.prefix)) break;
    if (query.endOffset !== undefined && compareNames(name, query.endOffset) >= 0) break;
    if (cursor && skipsForCursor(name, cursor)) continue;
    if (glob && !glob.test(name)) continue;
    const entries = entriesFor(store, bucket, name, query, cursor);
    for (const entry of entries) {
      if (entry.kind === 'prefix') {
        if (entry.prefix === lastPrefix) continue;
        lastPrefix = entry.prefix;
      }
      // A prefix and the object named like it (includeTrailingDelimiter) share a page: the next
      // page starts after the whole prefix.
      const room = entry.kind === 'prefix' && entries.length > 1 ? 2 : 1;
      const paired = entry.kind === 'item' && last?.prefix === true && entry.record.name === last.name;
      if (!paired && count > 0 && count + room > query.maxResults) {
        return { items, prefixes, nextPageToken: encodeToken(last as Cursor) };
      }
      count++;
      if (entry.kind === 'prefix') {
        prefixes.push(entry.prefix);
        last = { name: entry.prefix, prefix: true };
      } else {
        items.push(entry.record);
        if (paired) continue;
        last = query.versions
          ? { name: entry.record.name, generation: entry.record.generation }
          : { name: entry.record.name };
      }
    }
  }
  return { items, prefixes };
}

/** What one name contributes: its collapsed prefix, and/or its live generation (or all of them). */
function entriesFor(
  store: GcsStore,
  bucket: string,
  name: string,
  query: ListQuery,
  cursor: Cursor | undefined,
): Entry[] {
  const entries: Entry[] = [];
  const live = store.live(bucket, name);
  // A name whose generations are all noncurrent only shows up when listing versions.
  if (!query.versions && !live) return entries;
  if (query.delimiter) {
    const at = name.indexOf(query.delimiter, query.prefix.length);
    if (at !== -1) {
      const prefix = name.slice(0, at + query.delimiter.length);
      entries.push({ kind: 'prefix', prefix });
      // includeTrailingDelimiter: an object named exactly like the prefix is listed too.
      if (!(query.includeTrailingDelimiter && prefix === name)) return entries;
    }
  }
  if (query.versions) {
    for (const record of store.versions(bucket, name)) {
      if (cursor?.generation !== undefined && name === cursor.name && record.generation <= cursor.generation)
        continue;
      entries.push({ kind: 'item', record });
    }
  } else if (live) {
    entries.push({ kind: 'item', record: live });
  }
  return entries;
}

/** True for names the previous page already covered. */
function skipsForCursor(name: string, cursor: Cursor): boolean {
  if (cursor.prefix) return name.startsWith(cursor.name);
  const order = compareNames(name, cursor.name);
  return cursor.generation !== undefined ? order < 0 : order <= 0;
}

function lowerBound(names: readonly string[], value: string): number {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareNames(names[mid] as string, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function encodeToken(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeToken(token: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.name === 'string') return cursor;
  } catch {
    // fall through
  }
  throw invalid('Invalid page token.');
}
