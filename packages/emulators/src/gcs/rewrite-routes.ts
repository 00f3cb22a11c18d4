import { crc32cOf } from './checksums.ts';
import { type GcsContext, respond } from './context.ts';
import { GcsError, invalid, required } from './errors.ts';
import { parseJsonBody, withoutNulls, writableMetadata } from './metadata-input.ts';
import type { ObjectRecord, WritableMetadata } from './model.ts';
import { assertObjectName } from './names.ts';
import { checkExisting, checkWrite, readPreconditions } from './preconditions.ts';
import { objectResource } from './resources.ts';

/** GCS's limit on sources per compose request, and components per composite object. */
const MAX_COMPOSE_SOURCES = 32;
const MAX_COMPONENTS = 1024;
const MIB = 1024 * 1024;

/**
 * objects.rewrite, https://cloud.google.com/storage/docs/json_api/v1/objects/rewrite: copies an
 * object, possibly over several calls that each return a rewriteToken (here when the object is
 * larger than maxBytesRewrittenPerCall, or the stand-in's own limit). Destination metadata is the
 * request body's when it has any, else the source's: GCS does not merge the two.
 */
export function rewriteObject(ctx: GcsContext, from: ObjectPath, to: ObjectPath): void {
  const token = ctx.url.get('rewriteToken');
  let pending = token ? ctx.rewrites.get(token) : undefined;
  if (token && !pending) throw new GcsError(410, 'gone', 'The rewrite token is not valid or has expired.');
  if (!pending) {
    const perCall = ctx.url.int('maxBytesRewrittenPerCall');
    if (perCall !== undefined && (perCall <= 0 || perCall % MIB !== 0)) {
      throw invalid('maxBytesRewrittenPerCall must be a positive multiple of 1048576.');
    }
    const source = readSource(ctx, from);
    const destination = prepareDestination(ctx, to, source);
    pending = {
      source: { bucket: source.bucket, name: source.name, generation: source.generation },
      destination: { bucket: to.bucket, name: to.name },
      metadata: destination.metadata,
      preconditions: destination.preconditions,
      bytesPerCall: Math.min(
        perCall ?? Number.POSITIVE_INFINITY,
        ctx.maxRewriteBytesPerCall ?? Number.POSITIVE_INFINITY,
      ),
      done: 0,
    };
  }
  const source = ctx.store.get(pending.source.bucket, pending.source.name, pending.source.generation);
  pending.done = Math.min(source.size, pending.done + pending.bytesPerCall);
  const progress = {
    kind: 'storage#rewriteResponse',
    totalBytesRewritten: String(pending.done),
    objectSize: String(source.size),
  };
  if (pending.done < source.size) {
    const next = token ? ctx.rewrites.advance(token, pending) : ctx.rewrites.add(pending);
    respond(ctx, 200, { ...progress, done: false, rewriteToken: next });
    return;
  }
  if (token) ctx.rewrites.delete(token);
  const record = ctx.store.insert(
    pending.destination.bucket,
    pending.destination.name,
    ctx.store.data(source),
    pending.metadata,
    {
      preconditions: pending.preconditions,
      hashes: { ...(source.md5Hash ? { md5Hash: source.md5Hash } : {}), crc32c: source.crc32c },
      ...(source.componentCount !== undefined ? { componentCount: source.componentCount } : {}),
    },
  );
  respond(ctx, 200, { ...progress, done: true, resource: objectResource(record, ctx.origin) });
}

/** objects.copy, https://cloud.google.com/storage/docs/json_api/v1/objects/copy: one call, the object back. */
export function copyObject(ctx: GcsContext, from: ObjectPath, to: ObjectPath): void {
  const source = readSource(ctx, from);
  const destination = prepareDestination(ctx, to, source);
  const record = ctx.store.insert(to.bucket, to.name, ctx.store.data(source), destination.metadata, {
    preconditions: destination.preconditions,
    hashes: { ...(source.md5Hash ? { md5Hash: source.md5Hash } : {}), crc32c: source.crc32c },
    ...(source.componentCount !== undefined ? { componentCount: source.componentCount } : {}),
  });
  respond(ctx, 200, objectResource(record, ctx.origin));
}

/**
 * objects.compose, https://cloud.google.com/storage/docs/json_api/v1/objects/compose: up to 32
 * sources from the destination's bucket, each optionally pinned to a generation or guarded by
 * ifGenerationMatch. The result is composite: a crc32c, no md5Hash, and a componentCount.
 */
export function composeObject(ctx: GcsContext, destination: ObjectPath): void {
  ctx.store.bucket(destination.bucket);
  assertObjectName(destination.name);
  const body = parseJsonBody(ctx.body);
  const sources = body.sourceObjects;
  if (!Array.isArray(sources) || sources.length === 0) throw required();
  if (sources.length > MAX_COMPOSE_SOURCES) {
    throw invalid(
      `The number of source components provided (${sources.length}) exceeds the maximum (${MAX_COMPOSE_SOURCES}).`,
    );
  }
  const records: ObjectRecord[] = sources.map((source: unknown) => {
    const { name, generation, objectPreconditions } = (source ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') throw required();
    const pinned = generation === undefined ? undefined : Number(generation);
    const record = ctx.store.get(destination.bucket, name, pinned);
    const ifGenerationMatch = (objectPreconditions as { ifGenerationMatch?: unknown } | undefined)
      ?.ifGenerationMatch;
    if (ifGenerationMatch !== undefined)
      checkExisting({ ifGenerationMatch: Number(ifGenerationMatch) }, record, false);
    return record;
  });
  const components = records.reduce((sum, record) => sum + (record.componentCount ?? 1), 0);
  if (components > MAX_COMPONENTS) {
    throw invalid(
      `The number of components in the composite object (${components}) would exceed ${MAX_COMPONENTS}.`,
    );
  }
  const resource = (body.destination ?? {}) as Record<string, unknown>;
  const data = Buffer.concat(records.map((source) => ctx.store.data(source)));
  // Composite objects carry a crc32c but no MD5 (https://cloud.google.com/storage/docs/composite-objects).
  const record = ctx.store.insert(
    destination.bucket,
    destination.name,
    data,
    withoutNulls(writableMetadata(resource)),
    {
      preconditions: readPreconditions(ctx.url),
      componentCount: components,
      hashes: { crc32c: crc32cOf(data) },
    },
  );
  respond(ctx, 200, objectResource(record, ctx.origin));
}

export interface ObjectPath {
  bucket: string;
  name: string;
}

function readSource(ctx: GcsContext, from: ObjectPath): ObjectRecord {
  const record = ctx.store.get(from.bucket, from.name, ctx.url.int('sourceGeneration'));
  checkExisting(readPreconditions(ctx.url, 'ifSource'), record, false);
  return record;
}

function prepareDestination(ctx: GcsContext, to: ObjectPath, source: ObjectRecord) {
  ctx.store.bucket(to.bucket);
  assertObjectName(to.name);
  const preconditions = readPreconditions(ctx.url);
  checkWrite(preconditions, ctx.store.live(to.bucket, to.name));
  const fromBody = writableMetadata(parseJsonBody(ctx.body));
  const metadata: WritableMetadata =
    Object.keys(fromBody).length > 0 ? withoutNulls(fromBody) : copyable(source);
  return { metadata, preconditions };
}

function copyable(source: ObjectRecord): WritableMetadata {
  const {
    contentType,
    contentEncoding,
    contentDisposition,
    contentLanguage,
    cacheControl,
    customTime,
    metadata,
  } = source;
  return Object.fromEntries(
    Object.entries({
      contentType,
      contentEncoding,
      contentDisposition,
      contentLanguage,
      cacheControl,
      customTime,
      metadata,
    }).filter(([, value]) => value !== undefined),
  ) as WritableMetadata;
}
