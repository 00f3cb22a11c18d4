// The one wording of "what to do" when Google Cloud refuses an action: every action that calls
// Google (Vertex AI, Cloud Storage, Artifact Registry, Cloud Build) says it the same way.

/** The step that provides credentials, and what it needs. */
export const AUTH_STEP =
  'Authenticate in a step before this one with google-github-actions/auth ' +
  '(Workload Identity Federation: workload_identity_provider and service_account; the job needs ' +
  '`permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it.';

/** The IAM roles the actions need, each with where it is granted. */
export const ROLES = {
  vertexUser: 'Vertex AI User role (roles/aiplatform.user) on the project',
  storageObjects: 'Storage Object User role (roles/storage.objectUser) on the bucket',
  registryWriter: 'Artifact Registry Writer role (roles/artifactregistry.writer) on the repository',
  registryReader:
    'Artifact Registry Reader role (roles/artifactregistry.reader) on the repository it reads from (a base image in another repository; Writer on the pushed repository includes reading it)',
  cloudBuildEditor: 'Cloud Build Editor role (roles/cloudbuild.builds.editor) on the project',
  stagingObjects:
    'Storage Object User role (roles/storage.objectUser) on the bucket of source-staging-dir (the packed context is uploaded there)',
} as const;

/** Whether Google refused who the caller is (no or bad credentials) or what it may do. */
export type AccessRefusal = 'unauthenticated' | 'permission-denied';

/**
 * What to do about a refusal: for missing or refused credentials, the auth step; for a denied
 * permission, the role the service account lacks.
 */
export function accessAdvice(refusal: AccessRefusal, role: string): string {
  return refusal === 'unauthenticated'
    ? `The credentials were missing or refused. ${AUTH_STEP} Its service account needs the ${role}.`
    : `The service account in use needs the ${role} (grant it to the account google-github-actions/auth impersonates).`;
}

/**
 * Refusals recognised from an HTTP status (401, 403) or from the words Google's client libraries
 * use when there are no credentials at all (they then call anonymously, and the server says so).
 */
export function accessRefusal(status: number | undefined, message: string): AccessRefusal | undefined {
  if (status === 401 || NO_CREDENTIALS.test(message)) return 'unauthenticated';
  if (status === 403 && !QUOTA.test(message)) return 'permission-denied';
  return undefined;
}

const NO_CREDENTIALS =
  /Could not load the default credentials|Anonymous caller does not have|Request had invalid authentication credentials|invalid_grant|unauthorized_client/i;

/** 403s that are about quotas or billing, not permissions: no role would help. */
const QUOTA = /rate ?limit|quota|billing/i;

/** Missing or unusable Application Default Credentials: said plainly, with the step that provides them. */
export class CredentialsError extends Error {
  constructor(problem: string) {
    super(`${problem} ${AUTH_STEP}`);
    this.name = 'CredentialsError';
  }
}
