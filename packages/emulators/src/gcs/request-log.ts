import type { IncomingMessage, ServerResponse } from 'node:http';

/** One request as the stand-in saw it, for tests that count calls (pages, retries, chunks). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  /** Set on resumable upload requests, which the Content-Range tells apart. */
  contentRange?: string;
  status?: number;
}

/** Enough history for any test; a long-running stand-in forgets the oldest. */
const MAX_LOGGED = 10_000;

/** Requests the API handled (injected faults and control API calls never reach it). */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  record(req: IncomingMessage, res: ServerResponse): void {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: q === -1 ? raw : raw.slice(0, q),
      query: q === -1 ? '' : raw.slice(q + 1),
    };
    const contentRange = req.headers['content-range'];
    if (contentRange !== undefined) entry.contentRange = contentRange;
    this.entries.push(entry);
    if (this.entries.length > MAX_LOGGED) this.entries.splice(0, this.entries.length - MAX_LOGGED);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
  }
}
