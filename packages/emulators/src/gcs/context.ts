import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http-stand-in.ts';
import { selectFields } from './fields.ts';
import type { RequestUrl } from './request-url.ts';
import type { ResumableSessions } from './resumable-sessions.ts';
import type { RewriteTokens } from './rewrite-tokens.ts';
import type { GcsStore } from './store.ts';

/** Everything a route handler needs for one request; the body is read before routing. */
export interface GcsContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: RequestUrl;
  body: Buffer;
  /** `http://host:port` as the client addressed it, for links and session URIs. */
  origin: string;
  store: GcsStore;
  projectId: string;
  sessions: ResumableSessions;
  rewrites: RewriteTokens;
  /** When set, rewrites of larger objects take several calls, as GCS's do across locations. */
  maxRewriteBytesPerCall: number | undefined;
}

/** A JSON resource, narrowed by the `fields` parameter. */
export function respond(
  ctx: GcsContext,
  status: number,
  resource: unknown,
  headers: Record<string, string> = {},
): void {
  sendJson(ctx.res, status, selectFields(resource, ctx.url.get('fields')), headers);
}

export function respondEmpty(
  ctx: GcsContext,
  status: number,
  headers: Record<string, string> = {},
  reason?: string,
): void {
  if (reason) ctx.res.writeHead(status, reason, { 'content-length': '0', ...headers });
  else ctx.res.writeHead(status, { 'content-length': '0', ...headers });
  ctx.res.end();
}
