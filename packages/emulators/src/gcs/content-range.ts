import { invalid } from './errors.ts';

/**
 * The Content-Range of a resumable upload request
 * (https://cloud.google.com/storage/docs/performing-resumable-uploads):
 *   `bytes FIRST-LAST/TOTAL`  a chunk; TOTAL is `*` while the size is still unknown
 *   `bytes FIRST-* /TOTAL`    the rest of the object, to the end of this request's body
 *   `bytes * /TOTAL`          a status check (or, when TOTAL is what is stored, finalization)
 * (without the spaces before the slashes).
 */
export type ContentRange =
  | { kind: 'status'; total: number | undefined }
  | { kind: 'chunk'; first: number; last: number | undefined; total: number | undefined };

export function parseContentRange(header: string | undefined): ContentRange | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes (?:\*|(\d+)-(\d+|\*|-1))\/(\d+|\*)$/.exec(header.trim());
  if (!match) throw invalid('Failed to parse Content-Range header.');
  const total = match[3] === '*' ? undefined : Number(match[3]);
  if (match[1] === undefined) return { kind: 'status', total };
  const first = Number(match[1]);
  // An empty final chunk is sent as `bytes N-(N-1)/N` by clients that count an empty range.
  const last = match[2] === '*' ? undefined : Number(match[2]);
  if (last !== undefined && last < first - 1) throw invalid('Failed to parse Content-Range header.');
  return { kind: 'chunk', first, last, total };
}
