import { accessAdvice, accessRefusal, ROLES } from '@mlops-actions/google-access';

/** gRPC codes the client reports for Google's REST statuses: 7 PERMISSION_DENIED, 16 UNAUTHENTICATED. */
const HTTP_STATUS_OF_CODE: Record<number, number> = { 7: 403, 16: 401 };

/** What the deploying account needs to create a build: the Cloud Build role, and the staging bucket's objects. */
const CREATE_BUILD_ROLES = `${ROLES.cloudBuildEditor}, and the ${ROLES.stagingObjects}`;

/**
 * CreateBuild refused for who the caller is (401, or no credentials) or what it may do (403), as
 * an error that says so with the auth step or the roles; undefined for any other failure.
 */
export function createBuildRefusal(error: unknown, project: string): Error | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const refusal = accessRefusal(httpStatus(error), message);
  if (refusal === undefined) return undefined;
  const reason = message.split('\n')[0]?.replace(/\.$/, '') ?? '';
  return new Error(
    `Cloud Build refused to create the build in project ${project}: ${reason}. ${accessAdvice(refusal, CREATE_BUILD_ROLES)}`,
    { cause: error },
  );
}

/** The HTTP status behind a client error: the REST transport keeps the gRPC code, sometimes the status too. */
function httpStatus(error: unknown): number | undefined {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  if (typeof statusCode === 'number') return statusCode;
  if (typeof code !== 'number') return undefined;
  return code >= 100 ? code : HTTP_STATUS_OF_CODE[code];
}
