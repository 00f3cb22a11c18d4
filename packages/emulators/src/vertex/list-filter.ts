import { invalidArgument } from './vertex-error.ts';

/**
 * The part of AIP-160 (https://google.aip.dev/160) that Vertex AI's List filters use:
 * comparisons `field = "v"`, `!=`, `<`, `<=`, `>`, `>=` (times, RFC 3339), `field:"*glob*"` (`:`
 * without `*` means "contains"), `labels.key = "v"`, `labels.key:*` and `labels:key` (presence),
 * combined with AND, OR, NOT / `-`, parentheses, and juxtaposition (= AND). Field names are
 * accepted in snake_case and camelCase. Anything else is INVALID_ARGUMENT.
 */

export type FieldKind = 'string' | 'enum' | 'time';

export interface FilterField<T> {
  kind: FieldKind;
  get(resource: T): string | Date | undefined;
}

export interface FilterSpec<T> {
  fields: Record<string, FilterField<T>>;
  labels?: (resource: T) => Record<string, string>;
}

type Predicate<T> = (resource: T) => boolean;

type Token = { type: 'word' | 'string' | 'op' | 'open' | 'close'; text: string };

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', ':'];

export function compileFilter<T>(filter: string | undefined, spec: FilterSpec<T>): Predicate<T> {
  if (!filter || filter.trim() === '') return () => true;
  const parser = new Parser(tokenize(filter), spec, filter);
  return parser.parse();
}

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const char = filter[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close', text: char });
      i++;
    } else if (char === '"' || char === "'") {
      let text = '';
      i++;
      while (i < filter.length && filter[i] !== char) {
        if (filter[i] === '\\' && i + 1 < filter.length) i++;
        text += filter[i];
        i++;
      }
      if (i >= filter.length) throw invalidFilter(filter, 'unterminated string');
      i++;
      tokens.push({ type: 'string', text });
    } else {
      const op = OPERATORS.find((candidate) => filter.startsWith(candidate, i));
      if (op) {
        tokens.push({ type: 'op', text: op });
        i += op.length;
        continue;
      }
      let text = '';
      while (i < filter.length && !/[\s()"'=!<>:]/.test(filter[i] as string)) text += filter[i++];
      if (text === '') throw invalidFilter(filter, `unexpected "${char}"`);
      tokens.push({ type: 'word', text });
    }
  }
  return tokens;
}

class Parser<T> {
  private position = 0;
  private readonly tokens: Token[];
  private readonly spec: FilterSpec<T>;
  private readonly source: string;

  constructor(tokens: Token[], spec: FilterSpec<T>, source: string) {
    this.tokens = tokens;
    this.spec = spec;
    this.source = source;
  }

  parse(): Predicate<T> {
    const predicate = this.or();
    if (this.position < this.tokens.length) {
      throw invalidFilter(this.source, `unexpected "${this.tokens[this.position]?.text}"`);
    }
    return predicate;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token?.type === 'word' && token.text === word;
  }

  private or(): Predicate<T> {
    const terms = [this.and()];
    while (this.isKeyword('OR')) {
      this.position++;
      terms.push(this.and());
    }
    return terms.length === 1 ? (terms[0] as Predicate<T>) : (r) => terms.some((term) => term(r));
  }

  private and(): Predicate<T> {
    const terms = [this.unary()];
    for (;;) {
      if (this.isKeyword('AND')) {
        this.position++;
        terms.push(this.unary());
        continue;
      }
      const next = this.peek();
      if (!next || next.type === 'close' || this.isKeyword('OR')) break;
      terms.push(this.unary()); // juxtaposition means AND
    }
    return terms.length === 1 ? (terms[0] as Predicate<T>) : (r) => terms.every((term) => term(r));
  }

  private unary(): Predicate<T> {
    const token = this.peek();
    if (token?.type === 'word' && token.text === 'NOT') {
      this.position++;
      const inner = this.unary();
      return (r) => !inner(r);
    }
    if (token?.type === 'word' && token.text.startsWith('-') && token.text.length > 1) {
      token.text = token.text.slice(1);
      const inner = this.unary();
      return (r) => !inner(r);
    }
    if (token?.type === 'open') {
      this.position++;
      const inner = this.or();
      if (this.peek()?.type !== 'close') throw invalidFilter(this.source, 'missing ")"');
      this.position++;
      return inner;
    }
    return this.comparison();
  }

  private comparison(): Predicate<T> {
    const member = this.peek();
    if (member?.type !== 'word') throw invalidFilter(this.source, 'expected a field name');
    this.position++;
    let path = member.text;
    // labels."a key" = "v"
    if (path.endsWith('.') && this.peek()?.type === 'string')
      path += (this.tokens[this.position++] as Token).text;
    const op = this.peek();
    if (op?.type !== 'op') throw invalidFilter(this.source, `expected an operator after "${path}"`);
    this.position++;
    const value = this.peek();
    if (value?.type !== 'word' && value?.type !== 'string') {
      throw invalidFilter(this.source, `expected a value after "${path}${op.text}"`);
    }
    this.position++;
    return this.compare(path, op.text, value.text);
  }

  private compare(path: string, op: string, value: string): Predicate<T> {
    const [head, ...rest] = path.split('.');
    if (head === 'labels' && this.spec.labels) {
      const labels = this.spec.labels;
      if (rest.length === 0) {
        if (op !== ':') throw invalidFilter(this.source, 'use labels.key=value, labels.key:* or labels:key');
        return (r) => value in labels(r);
      }
      const key = rest.join('.');
      if (op === ':' && value === '*') return (r) => key in labels(r);
      if (op === '=' || op === ':') return (r) => labels(r)[key] === value;
      if (op === '!=') return (r) => labels(r)[key] !== value;
      throw invalidFilter(this.source, `labels support =, != and : only`);
    }
    const name = toSnakeCase(path);
    const field = this.spec.fields[name];
    if (!field) {
      throw invalidFilter(
        this.source,
        `unsupported field "${path}"; supported: ${[...Object.keys(this.spec.fields), ...(this.spec.labels ? ['labels'] : [])].join(', ')}`,
      );
    }
    if (field.kind === 'time') return timeComparison(field, op, value, this.source);
    if (op === '=') return (r) => field.get(r) === value;
    if (op === '!=') return (r) => field.get(r) !== value;
    if (op === ':' && field.kind === 'string') {
      const matcher = value.includes('*') ? globRegExp(value) : undefined;
      return (r) => {
        const actual = String(field.get(r) ?? '');
        return matcher ? matcher.test(actual) : actual.includes(value);
      };
    }
    throw invalidFilter(this.source, `"${path}" does not support "${op}"`);
  }
}

function timeComparison<T>(field: FilterField<T>, op: string, value: string, source: string): Predicate<T> {
  // RFC 3339 only, as the Vertex docs require.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw invalidFilter(source, `"${value}" is not an RFC 3339 time`);
  }
  const bound = new Date(value).getTime();
  const test: Record<string, (a: number) => boolean> = {
    '=': (a) => a === bound,
    '!=': (a) => a !== bound,
    '<': (a) => a < bound,
    '<=': (a) => a <= bound,
    '>': (a) => a > bound,
    '>=': (a) => a >= bound,
  };
  const check = test[op];
  if (!check) throw invalidFilter(source, `times support =, !=, <, <=, >, >=`);
  return (r) => {
    const actual = field.get(r);
    if (!(actual instanceof Date)) return op === '!=';
    return check(actual.getTime());
  };
}

function globRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's');
}

export function toSnakeCase(path: string): string {
  return path.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function invalidFilter(filter: string, why: string) {
  return invalidArgument(`Invalid filter "${filter}": ${why}.`, 'filter');
}
