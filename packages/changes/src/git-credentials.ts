/** The job token, and the server it may be sent to (GITHUB_SERVER_URL). */
export interface FetchCredentials {
  serverUrl: string;
  token: string;
}

/** `x-access-token:<token>` in base64: what git sends, and so what must be masked in logs too. */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

/**
 * Environment variables that give one git command the token the way actions/checkout does
 * (`http.<server origin>/.extraheader: AUTHORIZATION: basic …`), without writing it to
 * .git/config or putting it in the command line: git reads GIT_CONFIG_COUNT/KEY_n/VALUE_n as if
 * they were `-c` options. The header is scoped to the server's origin, so a remote elsewhere never
 * sees the token. An empty value first clears a header that `persist-credentials: true` left in
 * .git/config, so the server never gets two.
 */
export function credentialsEnv(
  credentials: FetchCredentials,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const key = `http.${new URL(credentials.serverUrl).origin}/.extraheader`;
  // Keep any GIT_CONFIG_* entries the job already set: ours go after them.
  const existing = Number.parseInt(env.GIT_CONFIG_COUNT ?? '', 10);
  const start = Number.isSafeInteger(existing) && existing > 0 ? existing : 0;
  return {
    GIT_CONFIG_COUNT: String(start + 2),
    [`GIT_CONFIG_KEY_${start}`]: key,
    [`GIT_CONFIG_VALUE_${start}`]: '',
    [`GIT_CONFIG_KEY_${start + 1}`]: key,
    [`GIT_CONFIG_VALUE_${start + 1}`]: `AUTHORIZATION: basic ${basicCredential(credentials.token)}`,
  };
}

/** git's ways of saying the server wants credentials it did not get, or refused the ones it got. */
const AUTHENTICATION_FAILURE =
  /could not read (?:Username|Password)|Authentication failed|terminal prompts disabled|returned error: 40[13]\b|Invalid username or password|Repository not found|Write access to repository not granted|HTTP Basic: Access denied/i;

export function isAuthenticationFailure(stderr: string): boolean {
  return AUTHENTICATION_FAILURE.test(stderr);
}
