import { CredentialsError, ROLES } from '@mlops-actions/google-access';
import { commonJs } from '../common-js.ts';

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * An OAuth access token from Application Default Credentials (google-github-actions/auth, a
 * service account key, gcloud, or the metadata server), loaded only when a Google registry needs it.
 */
export async function adcAccessToken(): Promise<string> {
  const { GoogleAuth } = commonJs(await import('google-auth-library'));
  const auth = new GoogleAuth({ scopes: [CLOUD_PLATFORM] });
  let token: string | null | undefined;
  try {
    token = await auth.getAccessToken();
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]?.replace(/\.$/, '');
    throw new CredentialsError(
      `Could not get an access token for the Google registry from Application Default Credentials: ${reason}. Its service account needs the ${ROLES.registryWriter} (for another registry, set the username and password inputs instead).`,
    );
  }
  if (!token) throw new Error('Application Default Credentials gave no access token.');
  return token;
}
