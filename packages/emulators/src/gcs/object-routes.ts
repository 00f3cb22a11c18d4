import { type GcsContext, respond, respondEmpty } from './context.ts';
import { GcsError, invalidParameter } from './errors.ts';
import { listObjects } from './list-objects.ts';
import { sendMedia } from './media.ts';
import { parseJsonBody, writableMetadata } from './metadata-input.ts';
import { type ObjectRecord, WRITABLE_FIELDS } from './model.ts';
import { readPreconditions } from './preconditions.ts';
import { objectResource } from './resources.ts';

/** objects.get: metadata (alt=json, the default) or bytes (alt=media); the download path is always media. */
export function getObject(ctx: GcsContext, bucket: string, name: string, media: boolean): void {
  const alt = ctx.url.get('alt') ?? 'json';
  if (alt !== 'json' && alt !== 'media') throw invalidParameter('alt', alt, '(json|media)');
  const record = ctx.store.getChecked(bucket, name, ctx.url.int('generation'), readPreconditions(ctx.url));
  if (media || alt === 'media') sendMedia(ctx.req, ctx.res, record, ctx.store.data(record));
  else respond(ctx, 200, objectResource(record, ctx.origin));
}

/**
 * objects.patch: the fields sent replace those stored; `null` clears one; in `metadata`, keys
 * merge and a `null` value removes its key. https://cloud.google.com/storage/docs/json_api/v1/objects/patch
 */
export function patchObject(ctx: GcsContext, bucket: string, name: string): void {
  const change = writableMetadata(parseJsonBody(ctx.body));
  const record = ctx.store.patch(
    bucket,
    name,
    ctx.url.int('generation'),
    readPreconditions(ctx.url),
    (target) => {
      for (const [field, value] of Object.entries(change)) {
        const key = field as keyof typeof change;
        // The storage class changes only by rewriting the object, never by a patch.
        if (key === 'storageClass') continue;
        if (key === 'metadata' && value !== null) {
          const merged: Record<string, string> = { ...target.metadata };
          for (const [item, itemValue] of Object.entries(value as Record<string, string | null>)) {
            if (itemValue === null) delete merged[item];
            else merged[item] = itemValue;
          }
          setField(target, 'metadata', Object.keys(merged).length > 0 ? merged : undefined);
        } else {
          setField(target, key, value ?? undefined);
        }
      }
    },
  );
  respond(ctx, 200, objectResource(record, ctx.origin));
}

/** objects.update: the writable fields become exactly those sent. */
export function updateObject(ctx: GcsContext, bucket: string, name: string): void {
  const replacement = writableMetadata(parseJsonBody(ctx.body));
  const record = ctx.store.patch(
    bucket,
    name,
    ctx.url.int('generation'),
    readPreconditions(ctx.url),
    (target) => {
      for (const field of WRITABLE_FIELDS) {
        if (field === 'storageClass') continue;
        setField(target, field, replacement[field] ?? undefined);
      }
    },
  );
  respond(ctx, 200, objectResource(record, ctx.origin));
}

export function deleteObject(ctx: GcsContext, bucket: string, name: string): void {
  ctx.store.delete(bucket, name, ctx.url.int('generation'), readPreconditions(ctx.url));
  respondEmpty(ctx, 204);
}

export function listObjectsRoute(ctx: GcsContext, bucket: string): void {
  ctx.store.bucket(bucket);
  const maxResults = ctx.url.int('maxResults');
  if (maxResults !== undefined && maxResults < 0) {
    throw new GcsError(
      400,
      'invalidParameter',
      `Invalid value '${maxResults}'. Values must be between 0 and 4294967295.`,
      {
        locationType: 'parameter',
        location: 'maxResults',
      },
    );
  }
  const delimiter = ctx.url.get('delimiter');
  const query = {
    prefix: ctx.url.get('prefix') ?? '',
    ...(delimiter ? { delimiter } : {}),
    ...optional('startOffset', ctx.url.get('startOffset')),
    ...optional('endOffset', ctx.url.get('endOffset')),
    ...optional('matchGlob', ctx.url.get('matchGlob')),
    ...optional('pageToken', ctx.url.get('pageToken') || undefined),
    // The service returns at most 1,000 entries a page, whatever maxResults asks.
    maxResults: Math.min(maxResults || 1000, 1000),
    versions: ctx.url.bool('versions'),
    includeTrailingDelimiter: ctx.url.bool('includeTrailingDelimiter'),
  };
  const page = listObjects(ctx.store, bucket, query);
  const resource: Record<string, unknown> = { kind: 'storage#objects' };
  if (page.nextPageToken !== undefined) resource.nextPageToken = page.nextPageToken;
  if (page.prefixes.length > 0) resource.prefixes = page.prefixes;
  if (page.items.length > 0) resource.items = page.items.map((record) => objectResource(record, ctx.origin));
  respond(ctx, 200, resource);
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function setField(target: ObjectRecord, field: string, value: unknown): void {
  const record = target as unknown as Record<string, unknown>;
  if (field === 'contentType' && value === undefined) {
    record.contentType = 'application/octet-stream';
  } else if (value === undefined) {
    delete record[field];
  } else {
    record[field] = value;
  }
}
