import { randomBytes } from 'node:crypto';
import { ObjectHasher } from './checksums.ts';
import { parseContentRange } from './content-range.ts';
import { type GcsContext, respond, respondEmpty } from './context.ts';
import { GcsError, invalid, notFound } from './errors.ts';
import { parseJsonBody, withoutNulls, writableMetadata } from './metadata-input.ts';
import type { ObjectRecord, WritableMetadata } from './model.ts';
import { assertObjectName } from './names.ts';
import { checkWrite, type Preconditions, readPreconditions } from './preconditions.ts';
import { objectResource } from './resources.ts';
import { type ExpectedHashes, expectedHashes, verifyHashes } from './upload-checks.ts';
import { uploadName } from './upload-name.ts';

/** Non-final chunks persist in whole multiples of this; the rest must be sent again. */
const QUANTUM = 256 * 1024;

interface Session {
  id: string;
  bucket: string;
  name: string;
  metadata: WritableMetadata;
  preconditions: Preconditions;
  expected: ExpectedHashes;
  /** X-Upload-Content-Length at initiation, or the total a Content-Range declared. */
  total: number | undefined;
  chunks: Buffer[];
  hasher: ObjectHasher;
  state: 'open' | 'done' | 'cancelled';
  result?: ObjectRecord;
}

/**
 * Resumable uploads, https://cloud.google.com/storage/docs/performing-resumable-uploads:
 * POST …?uploadType=resumable answers 200 with the session URI in Location; each PUT to it
 * carries a Content-Range and is answered 308 with `Range: bytes=0-N` (what is persisted; no
 * Range when nothing is), or 200 with the object once the last byte is in. A chunk that is not
 * the last persists only in multiples of 256 KiB, and the client must resume from the Range, not
 * from what it sent. `bytes * /TOTAL` queries the status. DELETE cancels the session (499);
 * afterwards it answers 410. Unknown session ids get 404, as expired sessions do.
 */
export class ResumableSessions {
  private readonly sessions = new Map<string, Session>();

  start(ctx: GcsContext, bucket: string): void {
    const resource = parseJsonBody(ctx.body);
    const name = uploadName(ctx.url, resource);
    assertObjectName(name);
    const preconditions = readPreconditions(ctx.url);
    // A precondition that already fails fails now, not after the whole upload.
    checkWrite(preconditions, ctx.store.live(bucket, name));
    const metadata = withoutNulls(writableMetadata(resource));
    const uploadType = ctx.req.headers['x-upload-content-type'];
    if (!metadata.contentType && typeof uploadType === 'string') metadata.contentType = uploadType;
    const declared = ctx.req.headers['x-upload-content-length'];
    let total: number | undefined;
    if (declared !== undefined) {
      if (!/^\d+$/.test(String(declared))) throw invalid(`Invalid X-Upload-Content-Length: ${declared}`);
      total = Number(declared);
    }
    const id = randomBytes(24).toString('base64url');
    this.sessions.set(id, {
      id,
      bucket,
      name,
      metadata,
      preconditions,
      expected: expectedHashes(resource, undefined),
      total,
      chunks: [],
      hasher: new ObjectHasher(),
      state: 'open',
    });
    const location = `${ctx.origin}/upload/storage/v1/b/${bucket}/o?uploadType=resumable&name=${encodeURIComponent(name)}&upload_id=${id}`;
    respondEmpty(ctx, 200, { location, 'x-guploader-uploadid': id });
  }

  /** A PUT to a session URI: a chunk, the last chunk, or a status check. */
  put(ctx: GcsContext, bucket: string): void {
    const session = this.session(ctx, bucket);
    if (session.state === 'done') {
      respond(ctx, 200, objectResource(session.result as ObjectRecord, ctx.origin));
      return;
    }
    const persisted = session.hasher.size;
    const range = parseContentRange(header(ctx, 'content-range'));
    const body = ctx.body;

    if (range?.kind === 'status') {
      if (body.length > 0) throw invalid('A status check (Content-Range: bytes */N) carries no body.');
      const total = this.agreedTotal(session, range.total);
      if (range.total !== undefined && range.total < persisted) {
        throw invalid(
          `Invalid request.  The declared object size is ${range.total} byte(s), but ${persisted} byte(s) are already uploaded.`,
        );
      }
      session.total = total;
      if (range.total === persisted) this.finish(ctx, session);
      else incomplete(ctx, persisted);
      return;
    }

    // No Content-Range: this body is the rest of the object.
    const first = range ? range.first : persisted;
    const last = range ? (range.last ?? first + body.length - 1) : first + body.length - 1;
    const expectedLength = last - first + 1;
    if (body.length !== expectedLength) {
      throw invalid(
        `Invalid request.  There were ${body.length} byte(s) in the request body.  There should have been ${expectedLength} byte(s) (starting at offset ${first} and ending at offset ${last}) according to the Content-Range header.`,
      );
    }
    // `bytes N-*/*`, like a PUT without Content-Range, ends the object with this body.
    const endsHere = !range || (range.last === undefined && range.total === undefined);
    const total = this.agreedTotal(session, endsHere ? last + 1 : range?.total);
    if (total !== undefined && last + 1 > total) {
      throw invalid(
        `Invalid request.  According to the Content-Range header, the last byte is at offset ${last}, beyond the declared object size of ${total} byte(s).`,
      );
    }
    if (first > persisted) {
      throw invalid(
        `Invalid request.  According to the Content-Range header, the upload offset is ${first} byte(s), which exceeds already uploaded size of ${persisted} byte(s).`,
      );
    }
    session.total = total;
    // Bytes the session already has are skipped: a client resending a chunk loses nothing.
    const fresh = body.subarray(persisted - first);
    const isLast = session.total !== undefined && last + 1 === session.total;
    const keep = isLast
      ? fresh.length
      : Math.max(0, Math.floor((persisted + fresh.length) / QUANTUM) * QUANTUM - persisted);
    if (keep > 0) {
      const piece = Buffer.from(fresh.subarray(0, keep));
      session.chunks.push(piece);
      session.hasher.update(piece);
    }
    if (isLast) {
      const xGoogHash = expectedHashes({}, ctx.req.headers['x-goog-hash']);
      session.expected = { ...session.expected, ...xGoogHash };
      this.finish(ctx, session);
    } else {
      incomplete(ctx, session.hasher.size);
    }
  }

  /** DELETE on a session URI cancels it: 499, as GCS answers. */
  cancel(ctx: GcsContext, bucket: string): void {
    const session = this.session(ctx, bucket);
    if (session.state === 'done') {
      respond(ctx, 200, objectResource(session.result as ObjectRecord, ctx.origin));
      return;
    }
    session.state = 'cancelled';
    session.chunks = [];
    respondEmpty(ctx, 499, {}, 'Client Closed Request');
  }

  private session(ctx: GcsContext, bucket: string): Session {
    const id = ctx.url.get('upload_id');
    const session = id === undefined ? undefined : this.sessions.get(id);
    if (!session || session.bucket !== bucket)
      throw notFound('The upload session does not exist or has expired.');
    if (session.state === 'cancelled') throw new GcsError(410, 'gone', 'The upload session was cancelled.');
    return session;
  }

  /**
   * The object's size as far as it is known: every size a client declares for a session must agree
   * (X-Upload-Content-Length and each Content-Range), or the request is a 400.
   */
  private agreedTotal(session: Session, declared: number | undefined): number | undefined {
    if (declared === undefined) return session.total;
    if (session.total !== undefined && session.total !== declared) {
      throw invalid(
        `Invalid request.  The object size was declared as ${session.total} byte(s), but this request declares ${declared} byte(s).`,
      );
    }
    return declared;
  }

  private finish(ctx: GcsContext, session: Session): void {
    const hashes = session.hasher.digest();
    verifyHashes(session.expected, hashes);
    const data = Buffer.concat(session.chunks);
    const record = ctx.store.insert(
      session.bucket,
      session.name,
      data,
      withFinalMetadata(ctx, session.metadata),
      {
        preconditions: session.preconditions,
        hashes,
      },
    );
    session.state = 'done';
    session.result = record;
    session.chunks = [];
    respond(ctx, 200, objectResource(record, ctx.origin));
  }
}

/**
 * The JSON API also takes custom metadata in the request that completes the upload, as
 * X-Goog-Meta- headers (https://cloud.google.com/storage/docs/resumable-uploads).
 */
function withFinalMetadata(ctx: GcsContext, metadata: WritableMetadata): WritableMetadata {
  const custom: Record<string, string> = {};
  for (const [header, value] of Object.entries(ctx.req.headers)) {
    if (header.startsWith('x-goog-meta-') && value !== undefined) custom[header.slice(12)] = String(value);
  }
  if (Object.keys(custom).length === 0) return metadata;
  return { ...metadata, metadata: { ...metadata.metadata, ...custom } };
}

/** 308 "Resume Incomplete" with what is persisted; no Range header when nothing is. */
function incomplete(ctx: GcsContext, persisted: number): void {
  respondEmpty(ctx, 308, persisted > 0 ? { range: `bytes=0-${persisted - 1}` } : {}, 'Resume Incomplete');
}

function header(ctx: GcsContext, name: string): string | undefined {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
