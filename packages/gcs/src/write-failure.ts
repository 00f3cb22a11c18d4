import { formatGsUri, type GsUri } from './gs-uri.ts';
import { asNotFound } from './not-found.ts';
import { storageCallFailure } from './storage-failure.ts';

/** A failed write as the error to show: a missing bucket says so; anything else names the URI and the reason. */
export function writeFailure(error: unknown, uri: GsUri, verb: string): Error {
  const shown = formatGsUri(uri);
  const notFound = asNotFound(error, shown);
  if (notFound?.missing === 'bucket') return notFound;
  return storageCallFailure(verb, shown, error);
}
