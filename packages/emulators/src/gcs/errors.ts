/**
 * Errors in the JSON API's shape: {"error":{"code","message","errors":[{"message","domain","reason"}]}}.
 * https://cloud.google.com/storage/docs/json_api/v1/status-codes lists the statuses and reasons;
 * messages copy GCS's own wording where it is known.
 */
export class GcsError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly detail: Record<string, string>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    reason: string,
    message: string,
    detail: Record<string, string> = {},
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.reason = reason;
    this.detail = detail;
    this.headers = headers;
  }

  /** The response body; 304 has none. */
  body(): unknown {
    return {
      error: {
        code: this.status,
        message: this.message,
        errors: [{ message: this.message, domain: 'global', reason: this.reason, ...this.detail }],
      },
    };
  }
}

export const bucketNotFound = () => new GcsError(404, 'notFound', 'The specified bucket does not exist.');

export const objectNotFound = (bucket: string, name: string) =>
  new GcsError(404, 'notFound', `No such object: ${bucket}/${name}`);

export const conditionNotMet = () =>
  new GcsError(412, 'conditionNotMet', 'At least one of the pre-conditions you specified did not hold.');

/** A read whose ifGenerationNotMatch / ifMetagenerationNotMatch failed: 304 with no body. */
export const notModified = () => new GcsError(304, 'notModified', 'Not Modified');

export const required = (message = 'Required') => new GcsError(400, 'required', message);

export const invalid = (message: string) => new GcsError(400, 'invalid', message);

export const invalidParameter = (name: string, value: string, pattern = '[-+]?[0-9]+') =>
  new GcsError(
    400,
    'invalidParameter',
    `Invalid value '${value}'. Values must match the following regular expression: '${pattern}'`,
    { locationType: 'parameter', location: name },
  );

export const conflict = (message: string) => new GcsError(409, 'conflict', message);

export const wrongUrlForUpload = () =>
  new GcsError(
    400,
    'wrongUrlForUpload',
    'Upload requests must include an uploadType URL parameter and a URL path beginning with /upload/',
  );

export const rangeNotSatisfiable = (size: number) =>
  new GcsError(
    416,
    'requestedRangeNotSatisfiable',
    'Request range not satisfiable',
    {},
    { 'content-range': `bytes */${size}` },
  );

export const notFound = (message = 'Not Found') => new GcsError(404, 'notFound', message);
