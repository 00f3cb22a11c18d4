// What a credential looks like, for refusing a spec that carries one. The original project baked
// a token into its compiled pipeline, where everyone who can read the bucket can read it too.

export interface CredentialKind {
  /** What the value looks like, for messages: never the value itself. */
  name: string;
  pattern: RegExp;
}

/**
 * Each pattern is anchored on a prefix the issuer documents, with enough characters after it that
 * ordinary identifiers (`hf_model_name`, `AKIA` in prose) do not match.
 */
export const CREDENTIAL_KINDS: readonly CredentialKind[] = [
  { name: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { name: 'a GitHub fine-grained personal access token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g },
  { name: 'a Hugging Face token', pattern: /\bhf_[A-Za-z0-9]{30,}\b/g },
  { name: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  {
    name: 'a PEM private key',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END [A-Z0-9 ]*-----)?/g,
  },
  { name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'a Google OAuth access token', pattern: /\bya29\.[0-9A-Za-z_-]{20,}/g },
];

/** A service-account key file's JSON, also when embedded in a string (TFX passes configs as JSON text). */
const SERVICE_ACCOUNT_KEY =
  /"type"\s*:\s*"service_account"[\s\S]*"private_key(?:_id)?"|"private_key(?:_id)?"[\s\S]*"type"\s*:\s*"service_account"/;

/** The kind of credential `text` contains, or undefined. */
export function credentialIn(text: string): string | undefined {
  // Every pattern needs one of these characters sequences; most strings have none, so skip early.
  if (!/gh[pousr]_|github_pat_|hf_|AKIA|ASIA|PRIVATE KEY|AIza|ya29\.|service_account/.test(text)) {
    return undefined;
  }
  for (const kind of CREDENTIAL_KINDS) {
    kind.pattern.lastIndex = 0;
    if (kind.pattern.test(text)) return kind.name;
  }
  if (SERVICE_ACCOUNT_KEY.test(text)) return 'a service-account key';
  return undefined;
}

/** `text` with every credential-looking part replaced by `[redacted: <kind>]`, for logs of tool output. */
export function redactCredentials(text: string): string {
  let redacted = text;
  for (const kind of CREDENTIAL_KINDS) {
    redacted = redacted.replace(kind.pattern, `[redacted: ${kind.name}]`);
  }
  if (/"type"\s*:\s*"service_account"/.test(redacted)) {
    redacted = redacted.replace(/("private_key(?:_id)?"\s*:\s*)"(?:[^"\\]|\\.)*"/g, '$1"[redacted]"');
  }
  return redacted;
}
