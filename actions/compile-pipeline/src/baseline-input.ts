import { gsUriMistake, parseGsUri } from '@mlops-actions/gcs/gs-uri';
import { InputError, quote, resolveInside } from '@mlops-actions/kit';

export type Baseline =
  | { kind: 'file'; value: string; path: string }
  | { kind: 'gcs'; value: string; bucket: string; object: string };

/**
 * The `baseline` input: a path relative to working-directory, or a gs:// URI of an object (a near
 * miss such as gs:/x is refused with the URI meant). Only the URI parser is loaded here, not the
 * Cloud Storage client.
 */
export async function readBaseline(
  value: string | undefined,
  workingDirectory: string,
): Promise<Baseline | undefined> {
  if (value === undefined) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || gsUriMistake(value) !== undefined) {
    const uri = parseGsUri(value, 'baseline');
    if (uri.path === '' || uri.path.endsWith('/')) {
      throw new InputError(
        'baseline',
        value,
        `Input "baseline" must be a path or the gs:// URI of one object, such as gs://my-bucket/pipelines/pipeline.json; got ${quote(value)}, which names a folder.`,
      );
    }
    return { kind: 'gcs', value, bucket: uri.bucket, object: uri.path };
  }
  return { kind: 'file', value, path: resolveInside('baseline', value, workingDirectory) };
}
