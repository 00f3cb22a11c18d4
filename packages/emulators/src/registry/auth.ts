import { join } from 'node:path';
import { writeHtpasswd } from './htpasswd.ts';
import { TOKEN_ISSUER, TOKEN_SERVICE, TokenServer } from './token-server.ts';

/**
 * How the registry authenticates: `htpasswd` answers 401 with a Basic challenge and checks the
 * users' passwords itself; `token` answers with a Bearer challenge that points at a TokenServer,
 * as Docker Hub and Artifact Registry do.
 */
export type RegistryAuth =
  | { kind: 'htpasswd'; users: Record<string, string> }
  | { kind: 'token'; users: Record<string, string> };

export interface PreparedAuth {
  /** The `auth:` section of the registry's config. */
  config: Record<string, unknown>;
  tokenServer?: TokenServer;
}

export async function prepareAuth(auth: RegistryAuth, workDir: string): Promise<PreparedAuth> {
  if (auth.kind === 'htpasswd') {
    const path = join(workDir, 'htpasswd');
    writeHtpasswd(path, auth.users);
    return { config: { htpasswd: { realm: 'registry-stand-in', path } } };
  }
  const tokenServer = await new TokenServer(workDir, auth.users).start();
  return {
    config: {
      token: {
        realm: tokenServer.realm,
        service: TOKEN_SERVICE,
        issuer: TOKEN_ISSUER,
        rootcertbundle: tokenServer.certificatePath,
      },
    },
    tokenServer,
  };
}

/** The first user's `user:password`, for skopeo's --creds. */
export function firstCredentials(auth: RegistryAuth | undefined): string | undefined {
  const [entry] = Object.entries(auth?.users ?? {});
  return entry ? `${entry[0]}:${entry[1]}` : undefined;
}
