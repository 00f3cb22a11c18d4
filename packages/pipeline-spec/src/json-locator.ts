// Where values sit in a JSON text, found by one pass over it. Reading a large spec again with
// positions through the YAML parser takes seconds; this scanner only tracks the path, decodes
// keys only on the way to a wanted value, and skips every other subtree at string-search speed.

type Segment = string | number;

const SEPARATOR = '\u0000';
const keyOf = (segments: readonly Segment[]): string => segments.join(SEPARATOR);

/**
 * The offset of each path's value in `text` (valid JSON), or of its nearest ancestor that exists;
 * undefined when not even the first segment exists.
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly Segment[])[],
): (number | undefined)[] {
  const wanted = new Set<string>();
  const prefixes = new Set<string>(['']);
  for (const path of paths) {
    for (let length = 1; length <= path.length; length++) {
      const key = keyOf(path.slice(0, length));
      wanted.add(key);
      prefixes.add(key);
    }
  }
  const found = new Map<string, number>();
  const scanner = new Locator(text, prefixes, wanted, found);
  scanner.skipBlanks();
  const rootOffset = scanner.at;
  scanner.value('');
  return paths.map((path) => {
    for (let length = path.length; length > 0; length--) {
      const offset = found.get(keyOf(path.slice(0, length)));
      if (offset !== undefined) return offset;
    }
    return path.length === 0 ? rootOffset : undefined;
  });
}

class Locator {
  at = 0;
  private readonly text: string;
  private readonly prefixes: Set<string>;
  private readonly wanted: Set<string>;
  private readonly found: Map<string, number>;

  constructor(text: string, prefixes: Set<string>, wanted: Set<string>, found: Map<string, number>) {
    this.text = text;
    this.prefixes = prefixes;
    this.wanted = wanted;
    this.found = found;
  }

  skipBlanks(): void {
    let c = this.text.charCodeAt(this.at);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = this.text.charCodeAt(++this.at);
  }

  /** Reads the value at the cursor; `path` is its key, or null inside a subtree nothing is wanted from. */
  value(path: string | null): void {
    if (path !== null && this.wanted.has(path)) this.found.set(path, this.at);
    const c = this.text[this.at];
    if (c === '{') this.object(path);
    else if (c === '[') this.array(path);
    else if (c === '"') this.at = this.stringEnd(this.at);
    else this.scalar();
  }

  private child(path: string | null, segment: Segment): string | null {
    if (path === null) return null;
    const key = path === '' ? String(segment) : `${path}${SEPARATOR}${segment}`;
    return this.prefixes.has(key) ? key : null;
  }

  private object(path: string | null): void {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      const start = this.at;
      this.at = this.stringEnd(start);
      const raw = this.text.slice(start + 1, this.at - 1);
      const name = path === null ? '' : raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      this.skipBlanks();
      this.at++; // ':'
      this.skipBlanks();
      this.value(this.child(path, name));
      this.skipBlanks();
      if (this.text[this.at++] === '}') return;
      this.skipBlanks();
    }
  }

  private array(path: string | null): void {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(this.child(path, index));
      this.skipBlanks();
      if (this.text[this.at++] === ']') return;
      this.skipBlanks();
    }
  }

  /** The offset just past the string that starts at `start` (an opening quote). */
  private stringEnd(start: number): number {
    let quote = this.text.indexOf('"', start + 1);
    for (;;) {
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      quote = this.text.indexOf('"', quote + 1);
    }
  }

  private scalar(): void {
    let c = this.text.charCodeAt(this.at);
    // Numbers, true, false, null: up to the next delimiter.
    while (
      c !== 44 &&
      c !== 125 &&
      c !== 93 &&
      c !== 32 &&
      c !== 10 &&
      c !== 13 &&
      c !== 9 &&
      !Number.isNaN(c)
    ) {
      c = this.text.charCodeAt(++this.at);
    }
  }
}
