import { ActionError } from '@mlops-actions/kit';

/** A bucket or object that is not there; the message names the gs:// URI. */
export class NotFoundError extends ActionError {
  readonly uri: string;
  readonly missing: 'bucket' | 'object';

  constructor(uri: string, missing: 'bucket' | 'object', options?: ErrorOptions) {
    super(
      missing === 'bucket'
        ? `The bucket of ${uri} does not exist (or the credentials in use cannot see it).`
        : `${uri} does not exist.`,
      options,
    );
    this.name = 'NotFoundError';
    this.uri = uri;
    this.missing = missing;
  }
}

/** A Cloud Storage call that failed for a reason the caller should read; names the URI. */
export class StorageCallError extends ActionError {
  readonly uri: string;
  readonly status: number | undefined;

  constructor(message: string, uri: string, status: number | undefined, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StorageCallError';
    this.uri = uri;
    this.status = status;
  }
}
