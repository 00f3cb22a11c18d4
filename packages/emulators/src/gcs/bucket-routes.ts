import { type GcsContext, respond, respondEmpty } from './context.ts';
import { invalid, required } from './errors.ts';
import { parseJsonBody } from './metadata-input.ts';
import { compareNames } from './names.ts';
import { bucketResource } from './resources.ts';

/** buckets.insert, https://cloud.google.com/storage/docs/json_api/v1/buckets/insert */
export function createBucket(ctx: GcsContext): void {
  if (!ctx.url.get('project')) throw required('Required parameter: project');
  const body = parseJsonBody(ctx.body);
  if (typeof body.name !== 'string' || body.name === '') throw required();
  const versioning = body.versioning as { enabled?: unknown } | undefined;
  const record = ctx.store.createBucket(body.name, {
    ...(typeof body.location === 'string' ? { location: body.location } : {}),
    ...(typeof body.storageClass === 'string' ? { storageClass: body.storageClass } : {}),
    ...(versioning && typeof versioning.enabled === 'boolean' ? { versioning: versioning.enabled } : {}),
    ...(isStringMap(body.labels) ? { labels: body.labels } : {}),
  });
  respond(ctx, 200, bucketResource(record, ctx.origin, ctx.projectId));
}

export function getBucket(ctx: GcsContext, name: string): void {
  respond(ctx, 200, bucketResource(ctx.store.bucket(name), ctx.origin, ctx.projectId));
}

/** buckets.list: every bucket of the stand-in, whatever the project. */
export function listBuckets(ctx: GcsContext): void {
  if (!ctx.url.get('project')) throw required('Required parameter: project');
  const prefix = ctx.url.get('prefix') ?? '';
  const maxResults = Math.min(ctx.url.int('maxResults') || 1000, 1000);
  const after = ctx.url.get('pageToken');
  const names = ctx.store
    .listBuckets()
    .filter(
      (bucket) =>
        bucket.name.startsWith(prefix) && (after === undefined || compareNames(bucket.name, after) > 0),
    );
  const page = names.slice(0, maxResults);
  const resource: Record<string, unknown> = { kind: 'storage#buckets' };
  if (page.length > 0)
    resource.items = page.map((bucket) => bucketResource(bucket, ctx.origin, ctx.projectId));
  if (names.length > page.length) resource.nextPageToken = page.at(-1)?.name;
  respond(ctx, 200, resource);
}

/** buckets.patch: versioning and labels, the parts the stand-in models. */
export function patchBucket(ctx: GcsContext, name: string): void {
  const body = parseJsonBody(ctx.body);
  const versioning = body.versioning as { enabled?: unknown } | null | undefined;
  if (body.labels !== undefined && body.labels !== null && !isStringMap(body.labels, true)) {
    throw invalid('Invalid value for labels.');
  }
  const record = ctx.store.patchBucket(name, {
    ...(versioning && typeof versioning.enabled === 'boolean' ? { versioning: versioning.enabled } : {}),
    ...(body.labels ? { labels: body.labels as Record<string, string | null> } : {}),
  });
  respond(ctx, 200, bucketResource(record, ctx.origin, ctx.projectId));
}

export function deleteBucket(ctx: GcsContext, name: string): void {
  ctx.store.deleteBucket(name);
  respondEmpty(ctx, 204);
}

function isStringMap(value: unknown, allowNull = false): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => typeof item === 'string' || (allowNull && item === null))
  );
}
