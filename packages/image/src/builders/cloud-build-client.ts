import type { CloudBuildClient } from '@google-cloud/cloudbuild';
import { commonJs } from '../common-js.ts';

/** Points the client at a stand-in: `127.0.0.1:PORT` (there is no official emulator variable). */
export const CLOUD_BUILD_EMULATOR_HOST = 'CLOUD_BUILD_EMULATOR_HOST';

/**
 * The real Cloud Build client on its REST transport (`fallback: true`), loaded only when the
 * cloud-build builder runs. REST everywhere means the transport tested against the stand-in is the
 * one used in production, and no gRPC stack is loaded.
 */
export async function createCloudBuildClient(
  env: NodeJS.ProcessEnv = process.env,
): Promise<CloudBuildClient> {
  const { CloudBuildClient } = commonJs(await import('@google-cloud/cloudbuild'));
  const emulator = env[CLOUD_BUILD_EMULATOR_HOST];
  if (!emulator) return new CloudBuildClient({ fallback: true });
  const match = /^(?:http:\/\/)?(127\.0\.0\.1|localhost|\[::1\]):(\d+)$/.exec(emulator);
  if (!match)
    throw new Error(
      `${CLOUD_BUILD_EMULATOR_HOST} must be a loopback host:port; got ${JSON.stringify(emulator)}`,
    );
  const { PassThroughClient } = commonJs(await import('google-auth-library'));
  return new CloudBuildClient({
    fallback: true,
    protocol: 'http',
    apiEndpoint: match[1] as string,
    port: Number(match[2]),
    authClient: new PassThroughClient(),
  });
}
