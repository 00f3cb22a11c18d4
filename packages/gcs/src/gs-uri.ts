import { InputError, quote } from '@mlops-actions/kit';
import { bucketNameProblem } from './bucket-name.ts';
import { gsUriMistake } from './gs-uri-mistake.ts';
import { objectPathProblem } from './object-name.ts';

/** A Cloud Storage location: a bucket and an object name or name prefix ('' for the whole bucket). */
export interface GsUri {
  bucket: string;
  path: string;
}

const SCHEME = 'gs://';
const ACCEPTED = 'a Cloud Storage URI such as gs://my-bucket/path/to/prefix';

/**
 * Reads `gs://<bucket>[/<path>]`, checking the bucket against Google's bucket naming rules and
 * the path against the object naming rules. A bad value is an InputError naming `input`.
 */
export function parseGsUri(text: string, input = 'destination'): GsUri {
  const reject = (why: string) =>
    new InputError(
      input,
      text,
      `Input ${quote(input)} must be ${ACCEPTED}; got ${shown(text)}, which ${why}${why.endsWith('?') ? '' : '.'}`,
    );
  const mistake = gsUriMistake(text);
  if (mistake !== undefined) {
    throw reject(`${mistake.why}; did you mean ${shown(mistake.meant)}?`);
  }
  if (!text.startsWith(SCHEME)) {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1];
    throw reject(
      scheme === undefined ? 'does not start with gs://' : `starts with ${scheme}:// instead of gs://`,
    );
  }
  const rest = text.slice(SCHEME.length);
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash + 1);
  const bucketProblem = bucketNameProblem(bucket);
  if (bucketProblem !== undefined) {
    throw reject(`has an invalid bucket name ${quote(bucket)}: it ${bucketProblem}`);
  }
  const pathProblem = objectPathProblem(path);
  if (pathProblem !== undefined) {
    throw reject(`has an invalid object name ${shown(path)}: it ${pathProblem}`);
  }
  return { bucket, path };
}

/** `gs://bucket/path`, or `gs://bucket` when the path is empty. */
export function formatGsUri(uri: GsUri): string {
  return uri.path === '' ? `${SCHEME}${uri.bucket}` : `${SCHEME}${uri.bucket}/${uri.path}`;
}

/** The URI of `name`, a full object name in the same bucket. */
export function objectUri(bucket: string, name: string): string {
  return formatGsUri({ bucket, path: name });
}

const MAX_SHOWN = 200;

function shown(value: string): string {
  return quote(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}
