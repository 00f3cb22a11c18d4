import {
  type CredentialLookup,
  CredentialsError,
  findCredentials,
  noCredentials,
} from '@mlops-actions/google-access';
import { GoogleAuth } from 'google-auth-library';

// Where credentials come from is decided in google-access, for every action that calls Google.
export {
  type CredentialLookup,
  type CredentialSource,
  CredentialsError,
  findCredentials,
} from '@mlops-actions/google-access';

/**
 * ADC for the given project, resolved now, so a missing or broken credential fails here with a
 * clear message rather than inside the first API call. The project is given, so google-auth-library
 * never goes looking for one (gcloud, the metadata server, Cloud Resource Manager).
 */
export async function applicationDefaultAuth(
  project: string,
  lookup: CredentialLookup = {},
): Promise<GoogleAuth> {
  const source = findCredentials(lookup);
  const auth = new GoogleAuth({
    scopes: ['https://www.googleapis.com/auth/cloud-platform'],
    projectId: project,
  });
  try {
    // A token now, not inside the first gRPC call: there a failed token exchange would surface as
    // UNAVAILABLE ("Getting metadata from plugin failed") and look like an outage worth retrying.
    await (await auth.getClient()).getAccessToken();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (source.kind === 'metadata-server' && /Could not load the default credentials/.test(message)) {
      throw noCredentials('there is no credentials file, and no metadata server answered.');
    }
    const where = source.kind === 'metadata-server' ? 'from the metadata server' : `from ${source.path}`;
    throw new CredentialsError(`Could not get an access token ${where}: ${message.replace(/\.$/, '')}.`);
  }
  return auth;
}
