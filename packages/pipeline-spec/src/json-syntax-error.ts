// JSON.parse says where only for some errors ("at position N"), and for others quotes a slice of
// the text, which could be part of a secret. This scanner runs only after JSON.parse has failed
// and finds the first error itself, so the message says where and why in our own words.

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipBlanks();
    scanner.value();
    scanner.skipBlanks();
    if (scanner.at < text.length) scanner.fail('unexpected text after the end of the JSON document');
    return undefined;
  } catch (error) {
    if (error instanceof ScanFailure) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}

class ScanFailure extends Error {
  readonly offset: number;
  readonly reason: string;
  constructor(offset: number, reason: string) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

class Scanner {
  readonly text: string;
  at = 0;
  constructor(text: string) {
    this.text = text;
  }

  fail(reason: string, offset = this.at): never {
    throw new ScanFailure(offset, reason);
  }

  skipBlanks(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at] as string)) this.at++;
  }

  /** What is at the cursor, for messages: one character, JSON-quoted, or "the end of the file". */
  found(): string {
    const c = this.text[this.at];
    return c === undefined ? 'the end of the file' : JSON.stringify(c);
  }

  value(): void {
    const c = this.text[this.at];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.literal(c);
  }

  literal(c: string | undefined): void {
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.at)) {
        this.at += literal.length;
        return;
      }
    }
    if (c === "'") this.fail('strings must be in double quotes, not single quotes');
    if (/[A-Za-z]/.test(c ?? '')) this.fail('expected a value; only true, false and null may be unquoted');
    this.fail(`expected a value; found ${this.found()}`);
  }

  object(): void {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      if (this.text[this.at] !== '"') {
        const afterComma = this.text[this.previousNonBlank()] === ',';
        this.fail(
          afterComma && this.text[this.at] === '}'
            ? 'a trailing comma before "}" is not allowed in JSON'
            : `expected a property name in double quotes; found ${this.found()}`,
        );
      }
      this.string();
      this.skipBlanks();
      if (this.text[this.at] !== ':')
        this.fail(`expected ":" after the property name; found ${this.found()}`);
      this.at++;
      this.skipBlanks();
      this.value();
      this.skipBlanks();
      const c = this.text[this.at];
      if (c === '}') {
        this.at++;
        return;
      }
      if (c !== ',') this.fail(`expected "," or "}" after a property value; found ${this.found()}`);
      this.at++;
      this.skipBlanks();
    }
  }

  array(): void {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (;;) {
      if (this.text[this.at] === ']') this.fail('a trailing comma before "]" is not allowed in JSON');
      this.value();
      this.skipBlanks();
      const c = this.text[this.at];
      if (c === ']') {
        this.at++;
        return;
      }
      if (c !== ',') this.fail(`expected "," or "]" after a list item; found ${this.found()}`);
      this.at++;
      this.skipBlanks();
    }
  }

  string(): void {
    const start = this.at;
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail('a string is not closed', start);
      if (c === '"') {
        this.at++;
        return;
      }
      if (c < ' ') this.fail('a line break or control character inside a string must be escaped');
      if (c === '\\') {
        const escaped = this.text[this.at + 1];
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
            this.fail('"\\u" must be followed by four hexadecimal digits');
          }
          this.at += 6;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped))
          this.fail('invalid escape sequence in a string');
        this.at += 2;
        continue;
      }
      this.at++;
    }
  }

  number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null || match[0] === '-') this.fail('invalid number');
    this.at += match[0].length;
  }

  private previousNonBlank(): number {
    let i = this.at - 1;
    while (i >= 0 && ' \t\r\n'.includes(this.text[i] as string)) i--;
    return i;
  }
}

/** 1-based line and column of a UTF-16 offset; \r\n, \n and a lone \r each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** lineAndColumn for many offsets in one pass over the text (a large spec may have many problems). */
export function linesAndColumns(
  text: string,
  offsets: readonly (number | undefined)[],
): ({ line: number; column: number } | undefined)[] {
  const order = offsets
    .map((offset, index) => ({ offset, index }))
    .filter((entry): entry is { offset: number; index: number } => entry.offset !== undefined)
    .sort((a, b) => a.offset - b.offset);
  const positions: ({ line: number; column: number } | undefined)[] = offsets.map(() => undefined);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const { offset, index } of order) {
    for (; i < offset && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    positions[index] = { line, column: offset - lineStart + 1 };
  }
  return positions;
}
