import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gcpMetadata } from 'google-auth-library';
import { CredentialsError } from './advice.ts';

/** Where Application Default Credentials will come from. */
export type CredentialSource =
  /** A credentials file named by GOOGLE_APPLICATION_CREDENTIALS (google-github-actions/auth writes one). */
  | { kind: 'file'; path: string }
  /** `gcloud auth application-default login` on this machine. */
  | { kind: 'gcloud'; path: string }
  /** The metadata server of a Google Cloud VM (a self-hosted runner on Compute Engine or GKE). */
  | { kind: 'metadata-server' };

export interface CredentialLookup {
  env?: NodeJS.ProcessEnv;
  /** Whether this machine is a Google Cloud VM, judged without the network (BIOS, serverless variables). */
  onGoogleCloud?: () => boolean;
}

/** The one wording of "there are no credentials", with the step that provides them. */
export const noCredentials = (reason: string) =>
  new CredentialsError(`No Google Cloud credentials: ${reason}`);

/**
 * Finds Application Default Credentials the way google-auth-library does — the variable, then
 * gcloud's file, then the metadata server — but never asks a metadata server that cannot be
 * there: off Google Cloud (a GitHub-hosted runner) that lookup is what hangs or costs seconds,
 * so without a file the answer is "none" at once. An explicit GCE_METADATA_HOST (an emulator)
 * or METADATA_SERVER_DETECTION=assume-present|ping-only still counts as a metadata server.
 */
export function findCredentials(lookup: CredentialLookup = {}): CredentialSource {
  const env = lookup.env ?? process.env;
  const file = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (file) {
    if (!isFile(file)) {
      throw noCredentials(
        `GOOGLE_APPLICATION_CREDENTIALS is ${JSON.stringify(file)}, which is not a file. The credentials file of google-github-actions/auth exists only in the job that ran it.`,
      );
    }
    return { kind: 'file', path: file };
  }
  const gcloud = gcloudCredentialsPath(env);
  if (gcloud !== undefined && isFile(gcloud)) return { kind: 'gcloud', path: gcloud };
  const detection = env.METADATA_SERVER_DETECTION?.trim().toLowerCase();
  const metadataServer =
    detection === 'none'
      ? false
      : Boolean(env.GCE_METADATA_HOST || env.GCE_METADATA_IP) ||
        detection === 'assume-present' ||
        detection === 'ping-only' ||
        (lookup.onGoogleCloud ?? (() => gcpMetadata.getGCPResidency()))();
  if (metadataServer) return { kind: 'metadata-server' };
  throw noCredentials(
    'GOOGLE_APPLICATION_CREDENTIALS is not set, there is no gcloud application-default login, and this runner is not a Google Cloud VM with a metadata server.',
  );
}

/** gcloud's application-default credentials file, as google-auth-library looks for it. */
function gcloudCredentialsPath(env: NodeJS.ProcessEnv): string | undefined {
  const config =
    env.CLOUDSDK_CONFIG ||
    (process.platform === 'win32'
      ? env.APPDATA && join(env.APPDATA, 'gcloud')
      : env.HOME && join(env.HOME, '.config', 'gcloud'));
  return config ? join(config, 'application_default_credentials.json') : undefined;
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}
