import type { RegistryCredentials } from '../distribution/registry-client.ts';
import { isGoogleRegistry } from '../distribution/registry-endpoint.ts';
import { adcAccessToken } from './adc-token.ts';

/** The user name Artifact Registry and Container Registry take with an OAuth access token as password. */
export const GOOGLE_TOKEN_USER = 'oauth2accesstoken';

export interface CredentialSources {
  /** The registry the image is pushed to: the only one the username/password are sent to. */
  targetRegistry: string;
  username?: string;
  password?: string;
  /** Where Google registries get their token (default: Application Default Credentials). */
  googleToken?: () => Promise<string>;
  /** Told about every secret before it is used, so that it can be masked in logs. */
  onSecret?: (secret: string) => void;
}

export type CredentialsFor = (registry: string) => Promise<RegistryCredentials | undefined>;

/**
 * Which credentials each registry gets: the username/password for the target registry when given;
 * an access token from ADC for `*-docker.pkg.dev` and `gcr.io`; none (anonymous) otherwise.
 */
export function registryCredentials(sources: CredentialSources): CredentialsFor {
  let googleToken: Promise<string> | undefined;
  return async (registry) => {
    if (registry === sources.targetRegistry && sources.username && sources.password) {
      sources.onSecret?.(sources.password);
      return { username: sources.username, password: sources.password };
    }
    if (isGoogleRegistry(registry)) {
      googleToken ??= (sources.googleToken ?? adcAccessToken)().then((token) => {
        sources.onSecret?.(token);
        return token;
      });
      return { username: GOOGLE_TOKEN_USER, password: await googleToken };
    }
    return undefined;
  };
}
