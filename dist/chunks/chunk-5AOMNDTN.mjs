import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_src2 as require_src
} from "./chunk-3FTY7FXV.mjs";
import {
  __toESM
} from "./chunk-LCBWELZU.mjs";

// packages/google-access/src/advice.ts
var AUTH_STEP = "Authenticate in a step before this one with google-github-actions/auth (Workload Identity Federation: workload_identity_provider and service_account; the job needs `permissions: id-token: write`), which sets GOOGLE_APPLICATION_CREDENTIALS for the steps after it.";
var ROLES = {
  vertexUser: "Vertex AI User role (roles/aiplatform.user) on the project",
  storageObjects: "Storage Object User role (roles/storage.objectUser) on the bucket",
  registryWriter: "Artifact Registry Writer role (roles/artifactregistry.writer) on the repository",
  registryReader: "Artifact Registry Reader role (roles/artifactregistry.reader) on the repository it reads from (a base image in another repository; Writer on the pushed repository includes reading it)",
  cloudBuildEditor: "Cloud Build Editor role (roles/cloudbuild.builds.editor) on the project",
  stagingObjects: "Storage Object User role (roles/storage.objectUser) on the bucket of source-staging-dir (the packed context is uploaded there)"
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

// packages/google-access/src/find-credentials.ts
var import_google_auth_library = __toESM(require_src(), 1);
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
var noCredentials = (reason) => new CredentialsError(`No Google Cloud credentials: ${reason}`);
function findCredentials(lookup = {}) {
  const env = lookup.env ?? process.env;
  const file = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (file) {
    if (!isFile(file)) {
      throw noCredentials(
        `GOOGLE_APPLICATION_CREDENTIALS is ${JSON.stringify(file)}, which is not a file. The credentials file of google-github-actions/auth exists only in the job that ran it.`
      );
    }
    return { kind: "file", path: file };
  }
  const gcloud = gcloudCredentialsPath(env);
  if (gcloud !== void 0 && isFile(gcloud)) return { kind: "gcloud", path: gcloud };
  const detection = env.METADATA_SERVER_DETECTION?.trim().toLowerCase();
  const metadataServer = detection === "none" ? false : Boolean(env.GCE_METADATA_HOST || env.GCE_METADATA_IP) || detection === "assume-present" || detection === "ping-only" || (lookup.onGoogleCloud ?? (() => import_google_auth_library.gcpMetadata.getGCPResidency()))();
  if (metadataServer) return { kind: "metadata-server" };
  throw noCredentials(
    "GOOGLE_APPLICATION_CREDENTIALS is not set, there is no gcloud application-default login, and this runner is not a Google Cloud VM with a metadata server."
  );
}
function gcloudCredentialsPath(env) {
  const config = env.CLOUDSDK_CONFIG || (process.platform === "win32" ? env.APPDATA && join(env.APPDATA, "gcloud") : env.HOME && join(env.HOME, ".config", "gcloud"));
  return config ? join(config, "application_default_credentials.json") : void 0;
}
function isFile(path) {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

export {
  ROLES,
  accessAdvice,
  accessRefusal,
  CredentialsError,
  noCredentials,
  findCredentials
};
