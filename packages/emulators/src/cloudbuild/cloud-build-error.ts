/** Google's REST error: `{"error":{"code":400,"message":"…","status":"INVALID_ARGUMENT"}}`, as Cloud Build answers. */
export class CloudBuildError extends Error {
  readonly httpStatus: number;
  readonly status: string;

  constructor(httpStatus: number, status: string, message: string) {
    super(message);
    this.httpStatus = httpStatus;
    this.status = status;
  }

  body(): unknown {
    return { error: { code: this.httpStatus, message: this.message, status: this.status } };
  }
}

export const invalidArgument = (message: string) => new CloudBuildError(400, 'INVALID_ARGUMENT', message);
export const notFound = (message: string) => new CloudBuildError(404, 'NOT_FOUND', message);
export const failedPrecondition = (message: string) =>
  new CloudBuildError(400, 'FAILED_PRECONDITION', message);
