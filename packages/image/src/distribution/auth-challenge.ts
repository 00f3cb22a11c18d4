/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
export interface AuthChallenge {
  /** Lowercase: `bearer`, `basic`. */
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` header (RFC 9110 §11.6.1): a scheme, then `name=value` pairs whose
 * values may be quoted strings with backslash escapes. Several challenges may share one header.
 */
export function parseAuthChallenges(header: string | null): AuthChallenge[] {
  if (!header) return [];
  const challenges: AuthChallenge[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < header.length && /[\s,]/.test(header[i] as string)) i++;
  };
  const token = () => {
    const start = i;
    while (i < header.length && /[^\s,=]/.test(header[i] as string)) i++;
    return header.slice(start, i);
  };
  while (i < header.length) {
    skipSpace();
    const scheme = token();
    if (scheme === '') break;
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (;;) {
      skipSpace();
      const save = i;
      const name = token();
      while (i < header.length && header[i] === ' ') i++;
      if (name === '' || header[i] !== '=') {
        i = save; // the next challenge's scheme
        break;
      }
      i++;
      while (i < header.length && header[i] === ' ') i++;
      challenge.params[name.toLowerCase()] = header[i] === '"' ? quoted() : token();
    }
  }
  return challenges;

  function quoted(): string {
    let value = '';
    i++; // opening quote
    while (i < (header as string).length && header?.[i] !== '"') {
      if (header?.[i] === '\\') i++;
      value += header?.[i] ?? '';
      i++;
    }
    i++; // closing quote
    return value;
  }
}
