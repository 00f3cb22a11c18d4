import { invalid, invalidParameter } from './errors.ts';
import { decodeStrict } from './names.ts';

/**
 * The request target as GCS sees it. Parsed from the raw `req.url`, not WHATWG URL: that parser
 * turns `%2E%2E` into a `..` segment and replaces invalid UTF-8 with U+FFFD, and GCS must see
 * both exactly to reject them.
 */
export class RequestUrl {
  /** Raw path segments, still percent-encoded. */
  readonly segments: string[];
  private readonly params = new Map<string, string | undefined>();

  constructor(rawUrl: string) {
    const q = rawUrl.indexOf('?');
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q);
    this.segments = path.split('/').slice(1);
    if (q === -1) return;
    for (const pair of rawUrl.slice(q + 1).split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const key = decodeStrict(eq === -1 ? pair : pair.slice(0, eq), true);
      if (key === undefined || this.params.has(key)) continue;
      this.params.set(key, eq === -1 ? '' : decodeStrict(pair.slice(eq + 1), true));
    }
  }

  has(name: string): boolean {
    return this.params.has(name);
  }

  /** A query parameter; throws 400 when its value is not valid UTF-8. */
  get(name: string): string | undefined {
    if (!this.params.has(name)) return undefined;
    const value = this.params.get(name);
    if (value === undefined) throw invalid(`The value of the '${name}' parameter is not valid UTF-8.`);
    return value;
  }

  /** An integer parameter (generations, maxResults…), as the API's parameter validation checks it. */
  int(name: string): number | undefined {
    const value = this.get(name);
    if (value === undefined) return undefined;
    if (!/^[-+]?[0-9]+$/.test(value)) throw invalidParameter(name, value);
    return Number(value);
  }

  bool(name: string): boolean {
    const value = this.get(name);
    return value === 'true';
  }
}

/** One path segment, percent-decoded; 400 when it is not valid UTF-8. */
export function decodeSegment(raw: string, what: string): string {
  const value = decodeStrict(raw);
  if (value === undefined) throw invalid(`The ${what} name is not valid UTF-8.`);
  return value;
}
