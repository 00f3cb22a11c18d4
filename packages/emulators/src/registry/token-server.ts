import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const TOKEN_SERVICE = 'registry-stand-in';
export const TOKEN_ISSUER = 'registry-stand-in-token-issuer';

/** One `access` claim: what a token lets its holder do with one repository. */
export interface AccessClaim {
  type: string;
  name: string;
  actions: string[];
}

/**
 * The token service of Docker's token authentication (the flow Docker Hub and Artifact Registry
 * use): clients that get a `Bearer realm=…,service=…,scope=…` challenge GET a JWT here, with Basic
 * credentials or none, and present it to the registry. Tokens are ES256 JWTs with an `x5c` header
 * whose certificate the registry trusts (its `rootcertbundle`). Known users get every action they
 * ask for; anonymous callers get a token with no access, so the registry answers 401 again.
 */
export class TokenServer {
  port = 0;
  /** Every token request: who asked for which scopes, and what was granted. */
  readonly requests: {
    account: string | undefined;
    scopes: string[];
    granted: AccessClaim[];
    status: number;
  }[] = [];
  readonly certificatePath: string;
  private readonly users: Record<string, string>;
  private readonly keyPem: string;
  private readonly certificateDer: string;
  private server: Server | undefined;

  /** Creates a key and a self-signed certificate in `directory` (with the openssl command). */
  constructor(directory: string, users: Record<string, string>) {
    this.users = users;
    const keyPath = join(directory, 'token-key.pem');
    this.certificatePath = join(directory, 'token-cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        this.certificatePath,
        '-days',
        '2',
        '-subj',
        `/CN=${TOKEN_ISSUER}`,
      ],
      { stdio: 'pipe' },
    );
    this.keyPem = readFileSync(keyPath, 'utf8');
    this.certificateDer = readFileSync(this.certificatePath, 'utf8')
      .replace(/-----[^-]+-----/g, '')
      .replace(/\s+/g, '');
  }

  get realm(): string {
    return `http://127.0.0.1:${this.port}/token`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.realm);
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((s) => s.split(' '))
      .filter(Boolean);
    const account = this.authenticate(req.headers.authorization);
    if (url.pathname !== '/token' || account === false) {
      const status = url.pathname !== '/token' ? 404 : 401;
      this.requests.push({ account: undefined, scopes, granted: [], status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return;
    }
    const granted =
      account === undefined ? [] : scopes.map(parseScope).filter((c): c is AccessClaim => c !== undefined);
    this.requests.push({ account, scopes, granted, status: 200 });
    const token = this.issue(account ?? '', url.searchParams.get('service') ?? TOKEN_SERVICE, granted);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }),
    );
  }

  /** The user name; undefined for anonymous; false for wrong credentials. */
  private authenticate(header: string | undefined): string | undefined | false {
    if (!header) return undefined;
    const match = /^Basic\s+(\S+)$/i.exec(header);
    if (!match) return false;
    const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = decoded.slice(0, colon);
    return colon > 0 && this.users[user] === decoded.slice(colon + 1) ? user : false;
  }

  private issue(subject: string, audience: string, access: AccessClaim[]): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [this.certificateDer] };
    const claims = {
      iss: TOKEN_ISSUER,
      sub: subject,
      aud: audience,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const payload = `${encode(header)}.${encode(claims)}`;
    const signature = sign('sha256', Buffer.from(payload), {
      key: createPrivateKey(this.keyPem),
      dsaEncoding: 'ieee-p1363',
    });
    return `${payload}.${signature.toString('base64url')}`;
  }
}

function parseScope(scope: string): AccessClaim | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first === -1 || last === first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter(Boolean),
  };
}
