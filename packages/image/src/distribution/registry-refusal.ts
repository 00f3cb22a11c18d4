import { accessAdvice, ROLES } from '@mlops-actions/google-access';
import { isGoogleRegistry } from './registry-endpoint.ts';

export interface Refusal {
  registry: string;
  /** 401: who the caller is was refused (or not given); 403: what it may do. */
  status: 401 | 403;
  /** `push the blob …`, `pull the manifest …`: what was refused. */
  what: string;
  /** The user name sent, if any (never the password). */
  username?: string | undefined;
  /** What the registry answered, e.g. `Basic` or `UNAUTHORIZED: authentication required`. */
  detail: string;
}

/**
 * A registry's refusal said with what to do: for Artifact Registry and Container Registry, the
 * auth step and the IAM role (Writer to push; Reader to read a base image in another repository),
 * in the wording every action shares; for any other registry, its own credentials.
 */
export function refusalMessage(refusal: Refusal): string {
  const { registry, status, what, username, detail } = refusal;
  const said =
    status === 403
      ? `${registry} denied access to ${what} (HTTP 403 ${detail}).`
      : username === undefined
        ? `${registry} requires credentials to ${what} (HTTP 401, ${detail}).`
        : `${registry} rejected the credentials of user ${JSON.stringify(username)} to ${what} (HTTP 401).`;
  return `${said} ${advice(refusal)}`;
}

function advice({ registry, status, what, username }: Refusal): string {
  const reading = /^pull\b/.test(what);
  if (isGoogleRegistry(registry)) {
    const role = reading ? `${ROLES.registryReader}` : ROLES.registryWriter;
    return accessAdvice(status === 401 ? 'unauthenticated' : 'permission-denied', role);
  }
  const may = `that may ${reading ? 'pull from' : 'push to'} it`;
  if (status === 403) {
    return `The account ${username === undefined ? '(anonymous)' : JSON.stringify(username)} may not ${reading ? 'read' : 'write'} this repository: use one of ${registry} ${may}.`;
  }
  const own = `the registry's own credentials, as \`docker login ${registry}\` takes them`;
  return username === undefined
    ? `Set the username and password inputs to an account of ${registry} ${may} (${own}); Google credentials are sent only to Artifact Registry (*-docker.pkg.dev) and Container Registry (gcr.io).`
    : `Check the username and password inputs: they must be an account of ${registry} ${may} (${own}).`;
}
