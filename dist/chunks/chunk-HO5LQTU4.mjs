import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// packages/google-access/src/advice.ts
var AUTH_STEP = "Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation: workload_identity_provider and service_account; the job needs `permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it.";
var ROLES = {
  vertexUser: "Vertex AI User role (roles/aiplatform.user) on the project",
  storageObjects: "Storage Object Admin role (roles/storage.objectAdmin) on the bucket",
  registryWriter: "Artifact Registry Writer role (roles/artifactregistry.writer) on the repository",
  cloudBuildEditor: "Cloud Build Editor role (roles/cloudbuild.builds.editor) on the project"
};
function accessAdvice(refusal, role) {
  return refusal === "unauthenticated" ? `The credentials were missing or refused. ${AUTH_STEP} Its service account needs the ${role}.` : `The service account in use needs the ${role} (grant it to the account google-github-actions/auth impersonates).`;
}
function accessRefusal(status, message) {
  if (status === 401 || NO_CREDENTIALS.test(message)) return "unauthenticated";
  if (status === 403 && !QUOTA.test(message)) return "permission-denied";
  return void 0;
}
var NO_CREDENTIALS = /Could not load the default credentials|Anonymous caller does not have|Request had invalid authentication credentials|invalid_grant|unauthorized_client/i;
var QUOTA = /rate ?limit|quota|billing/i;
var CredentialsError = class extends Error {
  constructor(problem) {
    super(`${problem} ${AUTH_STEP}`);
    this.name = "CredentialsError";
  }
};

export {
  ROLES,
  accessAdvice,
  accessRefusal,
  CredentialsError
};
