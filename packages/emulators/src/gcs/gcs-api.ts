import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../http-stand-in.ts';
import { createBucket, deleteBucket, getBucket, listBuckets, patchBucket } from './bucket-routes.ts';
import type { GcsContext } from './context.ts';
import { GcsError, notFound, wrongUrlForUpload } from './errors.ts';
import { deleteObject, getObject, listObjectsRoute, patchObject, updateObject } from './object-routes.ts';
import { RequestLog } from './request-log.ts';
import { decodeSegment, RequestUrl } from './request-url.ts';
import { ResumableSessions } from './resumable-sessions.ts';
import { composeObject, copyObject, type ObjectPath, rewriteObject } from './rewrite-routes.ts';
import { RewriteTokens } from './rewrite-tokens.ts';
import type { GcsStore } from './store.ts';
import { insertObject } from './upload-routes.ts';

export interface GcsApiOptions {
  projectId: string;
  maxRewriteBytesPerCall?: number;
}

/**
 * The JSON API's routes, https://cloud.google.com/storage/docs/json_api/v1:
 *   /storage/v1/b[/BUCKET[/o[/OBJECT[/compose | /rewriteTo/b/B/o/O | /copyTo/b/B/o/O]]]]
 *   /upload/storage/v1/b/BUCKET/o       uploads and resumable sessions
 *   /download/storage/v1/b/BUCKET/o/OBJECT   media
 * The `/storage/v1` part is optional: with STORAGE_EMULATOR_HOST set, @google-cloud/storage
 * uses that host as its base URL and leaves it out.
 */
export class GcsApi {
  private readonly store: GcsStore;
  private readonly options: GcsApiOptions;
  private readonly sessions = new ResumableSessions();
  private readonly rewrites = new RewriteTokens();
  readonly log = new RequestLog();

  constructor(store: GcsStore, options: GcsApiOptions) {
    this.store = store;
    this.options = options;
  }

  handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    this.log.record(req, res);
    // The whole body is read first: answering an upload early would break the client's pipe.
    const body = await readBody(req);
    try {
      const ctx: GcsContext = {
        req,
        res,
        url: new RequestUrl(req.url ?? '/'),
        body,
        origin: `http://${req.headers.host ?? '127.0.0.1'}`,
        store: this.store,
        projectId: this.options.projectId,
        sessions: this.sessions,
        rewrites: this.rewrites,
        maxRewriteBytesPerCall: this.options.maxRewriteBytesPerCall,
      };
      this.resolve(ctx, req.method ?? 'GET')();
    } catch (error) {
      answerError(res, error);
    }
  };

  /** The handler for this method and path; throws 404 for anything the API does not serve. */
  private resolve(ctx: GcsContext, method: string): () => void {
    const segments = ctx.url.segments;
    if (segments[0] === 'upload' && segments[1] === 'storage' && segments[2] === 'v1') {
      return this.resolveUpload(ctx, method, segments.slice(3));
    }
    if (segments[0] === 'download' && segments[1] === 'storage' && segments[2] === 'v1') {
      const path = objectPath(segments.slice(3));
      if (method === 'GET' && path) return () => getObject(ctx, path.bucket, path.name, true);
      throw notFound();
    }
    const rest = segments[0] === 'storage' && segments[1] === 'v1' ? segments.slice(2) : segments;
    if (rest[0] !== 'b') throw notFound();
    if (rest.length === 1) {
      if (method === 'GET') return () => listBuckets(ctx);
      if (method === 'POST') return () => createBucket(ctx);
      throw notFound();
    }
    const bucket = decodeSegment(rest[1] as string, 'bucket');
    if (rest.length === 2) {
      if (method === 'GET') return () => getBucket(ctx, bucket);
      if (method === 'PATCH' || method === 'PUT') return () => patchBucket(ctx, bucket);
      if (method === 'DELETE') return () => deleteBucket(ctx, bucket);
      throw notFound();
    }
    if (rest[2] !== 'o') throw notFound();
    const tail = rest.slice(3);
    if (tail.length === 0 || (tail.length === 1 && tail[0] === '')) {
      if (method === 'GET') return () => listObjectsRoute(ctx, bucket);
      if (method === 'POST') throw wrongUrlForUpload();
      throw notFound();
    }
    const source = { bucket, name: decodeSegment(tail[0] as string, 'object') };
    const verb = tail[1];
    if (
      (verb === 'rewriteTo' || verb === 'copyTo') &&
      tail[2] === 'b' &&
      tail[4] === 'o' &&
      tail.length >= 6
    ) {
      if (method !== 'POST') throw notFound();
      const target = {
        bucket: decodeSegment(tail[3] as string, 'bucket'),
        name: decodeObjectName(tail.slice(5)),
      };
      return verb === 'rewriteTo'
        ? () => rewriteObject(ctx, source, target)
        : () => copyObject(ctx, source, target);
    }
    if (verb === 'compose' && tail.length === 2) {
      if (method !== 'POST') throw notFound();
      return () => composeObject(ctx, source);
    }
    const name = decodeObjectName(tail);
    if (method === 'GET') return () => getObject(ctx, bucket, name, false);
    if (method === 'PATCH') return () => patchObject(ctx, bucket, name);
    if (method === 'PUT') return () => updateObject(ctx, bucket, name);
    if (method === 'DELETE') return () => deleteObject(ctx, bucket, name);
    throw notFound();
  }

  private resolveUpload(ctx: GcsContext, method: string, rest: string[]): () => void {
    if (rest[0] !== 'b' || rest[2] !== 'o' || rest.length !== 3) throw notFound();
    const bucket = decodeSegment(rest[1] as string, 'bucket');
    const isSession = ctx.url.has('upload_id');
    if (method === 'POST' && !isSession) return () => insertObject(ctx, bucket);
    if (method === 'PUT' && isSession) return () => this.sessions.put(ctx, bucket);
    if (method === 'DELETE' && isSession) return () => this.sessions.cancel(ctx, bucket);
    throw notFound();
  }
}

/** `b/BUCKET/o/OBJECT` → the object, or undefined for any other shape. */
function objectPath(rest: string[]): ObjectPath | undefined {
  if (rest[0] !== 'b' || rest[2] !== 'o' || rest.length < 4) return undefined;
  return { bucket: decodeSegment(rest[1] as string, 'bucket'), name: decodeObjectName(rest.slice(3)) };
}

/** A GcsError as the API's error body (304 has none); anything else is a 500 backendError. */
function answerError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
  } else if (error instanceof GcsError && error.status === 304) {
    res.writeHead(304).end();
  } else if (error instanceof GcsError) {
    sendJson(res, error.status, error.body(), error.headers);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    sendJson(res, 500, {
      error: { code: 500, message, errors: [{ message, domain: 'global', reason: 'backendError' }] },
    });
  }
}

/** Clients encode `/` in object names; a raw `/` is taken as part of the name too. */
function decodeObjectName(segments: string[]): string {
  return decodeSegment(segments.join('/'), 'object');
}
