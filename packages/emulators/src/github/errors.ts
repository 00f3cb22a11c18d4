/** GitHub's error bodies: `message`, `documentation_url`, `status` as a string, `errors` on 422. */

export const DOCS_ROOT = 'https://docs.github.com/rest';

export interface FieldError {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
}

/** Thrown by a route; the stand-in turns it into GitHub's error response. */
export class GitHubError extends Error {
  readonly status: number;
  readonly documentationUrl: string;
  readonly errors: FieldError[] | undefined;

  constructor(status: number, message: string, documentationUrl = DOCS_ROOT, errors?: FieldError[]) {
    super(message);
    this.status = status;
    this.documentationUrl = documentationUrl;
    this.errors = errors;
  }

  get body(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: this.documentationUrl,
      status: String(this.status),
    };
  }
}

export const badCredentials = () => new GitHubError(401, 'Bad credentials');

export const notFound = (documentationUrl = DOCS_ROOT) => new GitHubError(404, 'Not Found', documentationUrl);

/** 422 "Validation Failed" with one field error, as for a duplicate tag or asset name. */
export const validationFailed = (documentationUrl: string, ...errors: FieldError[]) =>
  new GitHubError(422, 'Validation Failed', documentationUrl, errors);

/** 422 from GitHub's request-schema check: `Invalid request.\n\n"ref" wasn't supplied.` */
export const invalidRequest = (documentationUrl: string, problems: string[]) =>
  new GitHubError(422, `Invalid request.\n\n${problems.join('\n')}`, documentationUrl);

export const problemsParsingJson = (documentationUrl: string) =>
  new GitHubError(400, 'Problems parsing JSON', documentationUrl);

const STATUS_TEXT: Record<number, string> = {
  // What GitHub says to a bad token, to an installation token without the permission, and to a
  // token that may not see a private repository.
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The body of an injected fault, shaped like GitHub's own errors. */
export const faultBody = (status: number) => ({
  message: STATUS_TEXT[status] ?? 'Error',
  documentation_url: DOCS_ROOT,
  status: String(status),
});
