import { isNotFound } from './api-error.ts';
import { NotFoundError } from './errors.ts';

/**
 * A 404 as a NotFoundError that says whether the bucket or the object is missing: GCS answers
 * "The specified bucket does not exist." for the former and "No such object: …" for the latter.
 */
export function asNotFound(error: unknown, uri: string): NotFoundError | undefined {
  if (!isNotFound(error)) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  const missing = /bucket does not exist|notFound.*bucket|bucket.*not found/i.test(message)
    ? 'bucket'
    : 'object';
  return new NotFoundError(uri, missing, { cause: error });
}
