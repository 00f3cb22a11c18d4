import { DetectError } from './detect-error.ts';

/** What was being asked of the REST API, for the message: "listing the files of pull request #7". */
export interface ApiRequestPurpose {
  doing: string;
  /** The job permission the request needs, as written under `permissions:`. */
  permission: 'pull-requests: read' | 'actions: read' | 'contents: read';
}

interface RequestErrorLike {
  status: number;
  response?: { data?: unknown };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** GitHub's own message ("Bad credentials"), without the documentation link Octokit appends. */
function githubMessage(error: RequestErrorLike & Error): string {
  const data = error.response?.data;
  const message =
    data !== null && typeof data === 'object' ? (data as { message?: unknown }).message : undefined;
  if (typeof message === 'string' && message !== '') return message;
  return error.message.replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '');
}

/**
 * Turns a refusal of the REST API into what to do about it: Octokit's "Not Found -
 * https://docs.github.com/rest" tells a user neither that the token lacks a permission nor which.
 * Other errors pass through unchanged.
 */
export function explainApiError(error: unknown, purpose: ApiRequestPurpose): unknown {
  if (!isRequestError(error)) return error;
  const said = `${error.status} ${githubMessage(error as RequestErrorLike & Error)}`;
  const grant =
    `give the job the \`${purpose.permission}\` permission (under \`permissions:\` in the workflow; the ` +
    '`token` input defaults to github.token), or set the `token` input to a token that has it';
  switch (error.status) {
    case 401:
      return new DetectError(
        `GitHub rejected the token (${said}) when ${purpose.doing}: the \`token\` input holds a token that is ` +
          'invalid or expired; leave it at its default (github.token) or give a valid one, or set it to "" to use git only.',
      );
    case 403:
      if (/rate limit/i.test(said)) {
        return new DetectError(
          `GitHub's API rate limit was reached (${said}) when ${purpose.doing}: re-run later, or set the \`token\` input to a token with a higher limit.`,
        );
      }
      return new DetectError(`The token may not do this (${said}) when ${purpose.doing}: ${grant}.`);
    case 404:
      return new DetectError(
        `GitHub answered ${said} when ${purpose.doing}; in a private repository this is how GitHub refuses a ` +
          `token without access: ${grant}.`,
      );
    default:
      return new DetectError(`GitHub answered ${said} when ${purpose.doing}.`);
  }
}
