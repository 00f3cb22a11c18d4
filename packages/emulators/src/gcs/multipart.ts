import { invalid } from './errors.ts';

export interface Part {
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * A multipart/related body (uploadType=multipart): the object's JSON metadata, then its bytes.
 * https://cloud.google.com/storage/docs/uploading-objects#uploading-an-object (JSON API, multipart)
 */
export function parseMultipartRelated(contentType: string | undefined, body: Buffer): Part[] {
  const match = /^multipart\/related\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType ?? '');
  if (!match) {
    throw invalid('A multipart upload needs Content-Type multipart/related with a boundary.');
  }
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: Part[] = [];
  let pos = body.indexOf(boundary);
  if (pos === -1) throw malformed();
  for (;;) {
    pos += boundary.length;
    if (body.subarray(pos, pos + 2).toString() === '--') break;
    pos = skipLineBreak(body, pos);
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd === -1) throw malformed();
    const headers: Record<string, string> = {};
    for (const line of body.subarray(pos, headerEnd).toString('latin1').split('\r\n')) {
      if (line === '') continue;
      const colon = line.indexOf(':');
      if (colon === -1) throw malformed();
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const start = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start);
    if (next === -1) throw malformed();
    parts.push({ headers, body: body.subarray(start, next) });
    pos = next + 2;
  }
  return parts;
}

function skipLineBreak(body: Buffer, pos: number): number {
  if (body[pos] === 0x0d && body[pos + 1] === 0x0a) return pos + 2;
  throw malformed();
}

const malformed = () => invalid('The multipart body is malformed.');
