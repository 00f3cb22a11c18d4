import { setTimeout as delay } from 'node:timers/promises';
import { type AuthChallenge, parseAuthChallenges } from './auth-challenge.ts';
import { registryBaseUrl } from './registry-endpoint.ts';
import { describeErrorBody, RegistryError } from './registry-error.ts';
import { refusalMessage } from './registry-refusal.ts';

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RegistryClientOptions {
  /** Sent as Basic credentials, or exchanged for a Bearer token at the registry's token realm. */
  credentials?: RegistryCredentials;
  /** Token scopes asked for up front (`repository:p/r/img:pull,push`), besides what a challenge names. */
  scopes?: string[];
  /** Extra tries after a 429, a 5xx or a dropped connection, for requests that can be repeated (default 4). */
  retries?: number;
  /** Backoff before the first retry (default 250 ms), doubling each time. */
  retryDelayMs?: number;
  userAgent?: string;
}

export interface RegistryRequest {
  headers?: Record<string, string>;
  /** Buffers may be sent again after a challenge or a transient failure; streams only once. */
  body?: Uint8Array | ReadableStream<Uint8Array>;
  /** Statuses that count as success; anything else is a RegistryError. */
  expect: number[];
  /** What the request is for, in errors: `pull the manifest of …`. */
  what: string;
  /** Not retried here (an upload chunk: its caller restarts the whole upload instead). */
  once?: boolean;
}

const MAX_DELAY_MS = 5000;

/**
 * One registry's Docker Registry HTTP API v2 / OCI distribution API, over Node's fetch: answers
 * 401 challenges (Basic with the credentials; Bearer by fetching a token from the realm with the
 * challenge's scope and the scopes given up front), retries transient failures, and counts the
 * bytes it sends and reads so that callers can prove what was (not) transferred.
 */
export class RegistryClient {
  readonly registry: string;
  readonly baseUrl: string;
  bytesUploaded = 0;
  bytesDownloaded = 0;
  private readonly options: RegistryClientOptions;
  private authorization: string | undefined;

  constructor(registry: string, options: RegistryClientOptions = {}) {
    this.registry = registry;
    this.baseUrl = registryBaseUrl(registry);
    this.options = options;
  }

  /** Sends a request to `/v2/…` (or an absolute upload URL the registry handed out). */
  async request(method: string, path: string, request: RegistryRequest): Promise<Response> {
    const url = new URL(path, this.baseUrl);
    if (url.origin !== new URL(this.baseUrl).origin && url.protocol !== 'https:') {
      throw new Error(
        `${this.registry} sent ${request.what} to ${url.origin}, which is not HTTPS; refusing to follow`,
      );
    }
    const replayable = !(request.body instanceof ReadableStream);
    const retries = replayable && !request.once ? (this.options.retries ?? 4) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.authorizedRequest(method, url, request, replayable);
      } catch (error) {
        const transient = error instanceof RegistryError ? error.retryable : isNetworkError(error);
        if (!transient || attempt >= retries) throw error;
        const backoff = Math.min(MAX_DELAY_MS, (this.options.retryDelayMs ?? 250) * 2 ** attempt);
        const wait = error instanceof RegistryError ? Math.max(backoff, error.retryAfterMs ?? 0) : backoff;
        await delay(Math.min(wait, MAX_DELAY_MS * 2));
      }
    }
  }

  /** Reads a response body, counting it as downloaded. */
  async readBytes(response: Response): Promise<Buffer> {
    const bytes = Buffer.from(await response.arrayBuffer());
    this.bytesDownloaded += bytes.length;
    return bytes;
  }

  private async authorizedRequest(
    method: string,
    url: URL,
    request: RegistryRequest,
    replayable: boolean,
  ): Promise<Response> {
    let response = await this.send(method, url, request);
    if (response.status === 401) {
      const challenges = parseAuthChallenges(response.headers.get('www-authenticate'));
      await response.body?.cancel();
      await this.answerChallenge(challenges, request.what);
      if (!replayable)
        throw new Error(`${this.registry} asked to authenticate in the middle of ${request.what}`);
      response = await this.send(method, url, request);
    }
    if (request.expect.includes(response.status)) return response;
    throw await this.errorFor(response, request.what);
  }

  private async send(method: string, url: URL, request: RegistryRequest): Promise<Response> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent ?? 'mlops-actions-build-image',
      ...request.headers,
    };
    // Credentials stay with the registry; an upload handed to another host gets none.
    if (this.authorization && url.origin === new URL(this.baseUrl).origin)
      headers.authorization = this.authorization;
    const body = request.body;
    const response = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body, duplex: 'half' }),
      redirect: 'follow',
    } as RequestInit);
    if (body instanceof Uint8Array) this.bytesUploaded += body.length;
    return response;
  }

  private async answerChallenge(challenges: AuthChallenge[], what: string): Promise<void> {
    const credentials = this.options.credentials;
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer) {
      this.authorization = `Bearer ${await this.fetchToken(bearer)}`;
      return;
    }
    if (challenges.some((c) => c.scheme === 'basic')) {
      if (!credentials) {
        throw new RegistryError(
          refusalMessage({ registry: this.registry, status: 401, what, detail: 'Basic' }),
          401,
          ['UNAUTHORIZED'],
        );
      }
      if (this.authorization?.startsWith('Basic ')) {
        throw new RegistryError(
          refusalMessage({
            registry: this.registry,
            status: 401,
            what,
            username: credentials.username,
            detail: 'Basic',
          }),
          401,
          ['UNAUTHORIZED'],
        );
      }
      this.authorization = `Basic ${basic(credentials)}`;
      return;
    }
    throw new RegistryError(
      `${this.registry} answered HTTP 401 to ${what} without a Basic or Bearer challenge.`,
      401,
      ['UNAUTHORIZED'],
    );
  }

  private async fetchToken(challenge: AuthChallenge): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm) throw new Error(`${this.registry} sent a Bearer challenge without a realm`);
    const tokenUrl = new URL(realm);
    if (
      tokenUrl.protocol !== 'https:' &&
      !(tokenUrl.protocol === 'http:' && this.baseUrl.startsWith('http:'))
    ) {
      throw new Error(
        `${this.registry} names a token realm that is not HTTPS (${tokenUrl.origin}); refusing to send credentials`,
      );
    }
    if (challenge.params.service) tokenUrl.searchParams.set('service', challenge.params.service);
    const scopes = new Set([...(this.options.scopes ?? []), ...(challenge.params.scope?.split(' ') ?? [])]);
    for (const scope of [...scopes].filter(Boolean).sort()) tokenUrl.searchParams.append('scope', scope);
    const credentials = this.options.credentials;
    const response = await fetch(tokenUrl, {
      headers: {
        'user-agent': this.options.userAgent ?? 'mlops-actions-build-image',
        ...(credentials ? { authorization: `Basic ${basic(credentials)}` } : {}),
      },
    });
    if (!response.ok) {
      const { text } = await describeErrorBody(response);
      const who = credentials
        ? `the credentials of user ${JSON.stringify(credentials.username)}`
        : 'anonymous access';
      throw new RegistryError(
        `The token service of ${this.registry} (${tokenUrl.origin}${tokenUrl.pathname}) refused ${who}: HTTP ${response.status} ${text}`,
        response.status,
        ['UNAUTHORIZED'],
      );
    }
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`The token service of ${this.registry} answered without a token`);
    return token;
  }

  private async errorFor(response: Response, what: string): Promise<RegistryError> {
    const { text, codes } = await describeErrorBody(response);
    const retryAfter = response.headers.get('retry-after');
    const retryAfterMs = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
    let message = `${this.registry} could not ${what}: HTTP ${response.status} ${text}`;
    if (response.status === 401 || response.status === 403) {
      message = refusalMessage({
        registry: this.registry,
        status: response.status,
        what,
        username: this.options.credentials?.username,
        detail: text,
      });
    }
    return new RegistryError(message, response.status, codes, retryAfterMs);
  }
}

function basic(credentials: RegistryCredentials): string {
  return Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
}

/** fetch rejects with a TypeError ("fetch failed") when the connection fails or drops. */
function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message);
}
