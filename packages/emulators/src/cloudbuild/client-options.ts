import { PassThroughClient } from 'google-auth-library';
import type { ClientOptions } from 'google-gax';

/** What `new CloudBuildClient(…)` needs to reach the stand-in over REST. */
export type CloudBuildClientOptions = ClientOptions & {
  fallback: true;
  protocol: 'http';
  apiEndpoint: string;
  port: number;
  authClient: PassThroughClient;
};

/**
 * Connects the real @google-cloud/cloudbuild client to the stand-in: its REST transport (the
 * `fallback` mode) over plain HTTP to 127.0.0.1, and a PassThroughClient so no credentials are
 * looked for.
 */
export function cloudBuildClientOptions(target: { port: number } | string): CloudBuildClientOptions {
  const port = typeof target === 'string' ? Number(/^127\.0\.0\.1:(\d+)$/.exec(target)?.[1]) : target.port;
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error(
      `cloudBuildClientOptions needs a started stand-in or "127.0.0.1:<port>"; got ${JSON.stringify(target)}`,
    );
  }
  return {
    fallback: true,
    protocol: 'http',
    apiEndpoint: '127.0.0.1',
    port,
    authClient: new PassThroughClient(),
  };
}
