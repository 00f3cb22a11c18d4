import { type GcsContext, respond } from './context.ts';
import { invalid, wrongUrlForUpload } from './errors.ts';
import { parseJsonBody, withoutNulls, writableMetadata } from './metadata-input.ts';
import type { WritableMetadata } from './model.ts';
import { parseMultipartRelated } from './multipart.ts';
import { assertObjectName } from './names.ts';
import { readPreconditions } from './preconditions.ts';
import { objectResource } from './resources.ts';
import { expectedHashes, hashAndVerify } from './upload-checks.ts';
import { uploadName } from './upload-name.ts';

/**
 * objects.insert on the upload path, https://cloud.google.com/storage/docs/json_api/v1/objects/insert
 * and https://cloud.google.com/storage/docs/uploading-objects: uploadType=media (bytes only, name
 * in the query), multipart (JSON metadata then bytes, multipart/related) or resumable (starts a
 * session, see resumable-sessions.ts).
 */
export function insertObject(ctx: GcsContext, bucket: string): void {
  const uploadType = ctx.url.get('uploadType');
  if (uploadType === undefined) throw wrongUrlForUpload();
  ctx.store.bucket(bucket);
  if (uploadType === 'resumable') {
    ctx.sessions.start(ctx, bucket);
    return;
  }
  if (uploadType === 'media') {
    const name = uploadName(ctx.url, {});
    const contentType = ctx.req.headers['content-type'];
    storeUpload(ctx, bucket, name, ctx.body, contentType ? { contentType } : {}, {});
    return;
  }
  if (uploadType === 'multipart') {
    const parts = parseMultipartRelated(ctx.req.headers['content-type'], ctx.body);
    const [metadataPart, mediaPart] = parts;
    if (parts.length !== 2 || !metadataPart || !mediaPart) {
      throw invalid('A multipart upload has exactly two parts: the metadata, then the media.');
    }
    const resource = parseJsonBody(metadataPart.body);
    const name = uploadName(ctx.url, resource);
    const metadata = withoutNulls(writableMetadata(resource));
    const mediaType = mediaPart.headers['content-type'];
    if (!metadata.contentType && mediaType) metadata.contentType = mediaType;
    storeUpload(ctx, bucket, name, mediaPart.body, metadata, resource);
    return;
  }
  throw invalid(`Invalid upload type: ${uploadType}`);
}

function storeUpload(
  ctx: GcsContext,
  bucket: string,
  name: string,
  data: Buffer,
  metadata: WritableMetadata,
  resource: Record<string, unknown>,
): void {
  assertObjectName(name);
  const hashes = hashAndVerify(data, expectedHashes(resource, ctx.req.headers['x-goog-hash']));
  const record = ctx.store.insert(bucket, name, data, metadata, {
    preconditions: readPreconditions(ctx.url),
    hashes,
  });
  respond(ctx, 200, objectResource(record, ctx.origin));
}
