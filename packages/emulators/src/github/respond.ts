import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http-stand-in.ts';
import { problemsParsingJson } from './errors.ts';

/** JSON the way api.github.com sends it; no body at all when `body` is undefined (204, 302). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined) {
    res.writeHead(status, { 'content-length': '0', ...headers });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  });
  res.end(text);
}

/** The request body as a JSON object (empty → {}); GitHub's 400 otherwise. */
export async function readJsonObject(
  req: IncomingMessage,
  documentationUrl: string,
): Promise<Record<string, unknown>> {
  const text = (await readBody(req)).toString('utf8');
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw problemsParsingJson(documentationUrl);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw problemsParsingJson(documentationUrl);
  }
  return parsed as Record<string, unknown>;
}

/** Reads what is left of a request body, so the client can read the error that follows. */
export async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  for await (const _ of req) {
    // discard
  }
}
