import type { GetFilesResponse, Storage } from '@google-cloud/storage';
import picomatch from 'picomatch';
import { formatGsUri, type GsUri } from './gs-uri.ts';
import { asNotFound } from './not-found.ts';
import { storageCallFailure } from './storage-failure.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withStorageRetries } from './storage-retry.ts';

export interface ListedObject {
  /** The full object name. */
  name: string;
  size: number;
  /** Base64; absent on composite objects. */
  md5Hash?: string;
  /** Base64, big-endian. */
  crc32c?: string;
  generation: string;
}

export interface ListOptions {
  /**
   * Keep only names matching this glob (picomatch syntax: `*` within a segment, `**` across),
   * matched against the part of the name after `uri.path` (and after a `/` that follows it).
   */
  glob?: string;
  /**
   * A glob the server applies (Cloud Storage `matchGlob`, matched against the full object name):
   * pages then carry only matching names, so a narrow pattern over a large bucket costs less.
   */
  matchGlob?: string;
  /** Objects per page request; GCS serves at most 1,000. */
  pageSize?: number;
  retryPolicy?: RetryPolicy;
}

interface RawItem {
  name: string;
  size?: string | number;
  md5Hash?: string;
  crc32c?: string;
  generation?: string | number;
}

/** Asks only for the fields this module reads: a listing page is a fraction of the full JSON. */
const FIELDS = 'items(name,size,md5Hash,crc32c,generation),nextPageToken';

/**
 * Every live object whose name starts with `uri.path`, in name order, one page at a time: memory
 * stays flat however many objects there are. `uri.path` is a plain name prefix: end it with `/`
 * to stay inside a folder (`data/new` also lists `data/newer/…`).
 */
export async function* listObjects(
  storage: Storage,
  uri: GsUri,
  options: ListOptions = {},
): AsyncIterable<ListedObject> {
  const bucket = storage.bucket(uri.bucket);
  const matches = options.glob === undefined ? undefined : picomatch(options.glob, { dot: true });
  const pageSize = options.pageSize ?? 1000;
  let pageToken: string | undefined;
  do {
    const query = {
      prefix: uri.path,
      autoPaginate: false,
      maxResults: pageSize,
      fields: FIELDS,
      ...(options.matchGlob === undefined ? {} : { matchGlob: options.matchGlob }),
      ...(pageToken === undefined ? {} : { pageToken }),
    };
    let page: GetFilesResponse;
    try {
      page = await withStorageRetries(
        () => bucket.getFiles(query),
        options.retryPolicy ?? DEFAULT_RETRY_POLICY,
      );
    } catch (error) {
      const shown = formatGsUri(uri);
      throw asNotFound(error, shown) ?? storageCallFailure('list', shown, error);
    }
    // With `fields`, the client hands back the raw items rather than File objects: read the response.
    const response = (page[2] ?? {}) as { items?: RawItem[]; nextPageToken?: string };
    for (const item of response.items ?? []) {
      if (matches !== undefined && !matches(relativeName(item.name, uri.path))) continue;
      yield {
        name: item.name,
        size: Number(item.size ?? 0),
        ...(item.md5Hash ? { md5Hash: item.md5Hash } : {}),
        ...(item.crc32c ? { crc32c: item.crc32c } : {}),
        generation: String(item.generation ?? ''),
      };
    }
    pageToken = response.nextPageToken || undefined;
  } while (pageToken !== undefined);
}

/** The name below the prefix, without the `/` that separates it from a prefix not ending in one. */
export function relativeName(name: string, prefix: string): string {
  const rest = name.slice(prefix.length);
  return prefix !== '' && !prefix.endsWith('/') && rest.startsWith('/') ? rest.slice(1) : rest;
}

export interface ObjectCount {
  objects: number;
  bytes: number;
}

/** How many objects (and bytes) listObjects would yield, without keeping them. */
export async function countObjects(
  storage: Storage,
  uri: GsUri,
  options: ListOptions = {},
): Promise<ObjectCount> {
  const count: ObjectCount = { objects: 0, bytes: 0 };
  for await (const object of listObjects(storage, uri, options)) {
    count.objects += 1;
    count.bytes += object.size;
  }
  return count;
}
