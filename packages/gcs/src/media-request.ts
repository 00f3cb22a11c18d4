import { PassThrough, type Readable } from 'node:stream';
import type { File } from '@google-cloud/storage';

export interface MediaResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Starts a GET ?alt=media with the client's retries off and resolves once the answer's status is
 * known (of `generation` when given): with the body stream (paused) on 2xx, or rejecting like an ApiError (`code` = status,
 * GCS's message) otherwise.
 *
 * The client's retries are off because in @google-cloud/storage 8.4.0 a retried media download
 * pipes into a destroyed stream and crashes the process (ERR_STREAM_UNABLE_TO_PIPE); callers
 * retry the whole request instead.
 */
export function mediaRequest(
  file: File,
  range?: { start: number; end?: number },
  generation?: string,
): Promise<{ response: MediaResponse; body: Readable }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
    if (range !== undefined) headers.Range = `bytes=${range.start}-${range.end ?? ''}`;
    // A given generation: the bytes of exactly that version, or 404 once it is no longer stored.
    const qs = generation === undefined ? { alt: 'media' } : { alt: 'media', generation };
    const request = file.requestStream({ uri: '', qs, headers, maxRetries: 0 });
    // Piped at once into a stream of our own: the client's stream loses its end when paused early.
    const body = new PassThrough();
    let answered = false;
    request.on('error', (error: Error) => {
      if (answered) body.destroy(error);
      else reject(error);
    });
    request.pipe(body);
    request.once('response', (response: MediaResponse) => {
      answered = true;
      if (response.statusCode < 300) {
        resolve({ response, body });
        return;
      }
      const chunks: Buffer[] = [];
      body.on('data', (chunk: Buffer) => chunks.push(chunk));
      body.on('error', () => reject(apiError(response.statusCode, Buffer.concat(chunks))));
      body.on('end', () => reject(apiError(response.statusCode, Buffer.concat(chunks))));
    });
  });
}

function apiError(status: number, body: Buffer): Error {
  let message = body.toString('utf8').slice(0, 500) || `HTTP ${status}`;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { error?: { message?: string } };
    if (parsed.error?.message) message = parsed.error.message;
  } catch {
    // not JSON: keep the text
  }
  return Object.assign(new Error(message), { code: status });
}
