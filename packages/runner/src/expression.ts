// A small subset of the GitHub Actions expression language: enough for input defaults
// (`${{ github.token }}`) and pre-if / post-if (`failure() && runner.os == 'Linux'`). Anything
// outside it is an error, never passed through, so a test cannot pass on an unevaluated default.

export type ExpressionValue = string | number | boolean | null;

export type ExpressionNode =
  | { kind: 'literal'; value: ExpressionValue }
  | { kind: 'ref'; path: string[] }
  | { kind: 'call'; name: string; args: ExpressionNode[] }
  | { kind: 'not'; operand: ExpressionNode }
  | { kind: 'binary'; op: '&&' | '||' | '==' | '!='; left: ExpressionNode; right: ExpressionNode };

/** Named values (`github.sha`) and functions (`always()`) an expression may use; names are lower case. */
export interface ExpressionScope {
  contexts: Record<string, Record<string, string>>;
  functions: Record<string, (args: ExpressionValue[]) => ExpressionValue>;
}

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

type Token =
  | { type: 'punct'; text: string }
  | { type: 'ident'; text: string }
  | { type: 'literal'; value: ExpressionValue };

const PUNCTUATION = ['&&', '||', '==', '!=', '!', '(', ')', ',', '.'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith("'")) {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw new ExpressionError(`unterminated string in '${source}'`);
        if (source[j] === "'") {
          if (source[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          break;
        }
        value += source[j];
        j++;
      }
      tokens.push({ type: 'literal', value });
      i = j + 1;
      continue;
    }
    const number = /^-?(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)/i.exec(rest);
    if (number) {
      tokens.push({ type: 'literal', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest);
    if (ident) {
      const word = ident[0];
      if (word === 'true' || word === 'false') tokens.push({ type: 'literal', value: word === 'true' });
      else if (word === 'null') tokens.push({ type: 'literal', value: null });
      else tokens.push({ type: 'ident', text: word });
      i += word.length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => rest.startsWith(p));
    if (punct === undefined) throw new ExpressionError(`'${rest[0]}' is not supported in '${source}'`);
    tokens.push({ type: 'punct', text: punct });
    i += punct.length;
  }
  return tokens;
}

/** Parses one expression (without the `${{ }}`); precedence as GitHub's: `!` > `==` `!=` > `&&` > `||`. */
export function parseExpression(source: string): ExpressionNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (text: string) => {
    const token = tokens[pos];
    return token?.type === 'punct' && token.text === text;
  };
  const expect = (text: string) => {
    if (!peek(text)) throw new ExpressionError(`expected '${text}' in '${source}'`);
    pos++;
  };
  const binary = (op: '&&' | '||' | '==' | '!=', next: () => ExpressionNode) => (): ExpressionNode => {
    let left = next();
    while (peek(op) || (op === '==' && peek('!='))) {
      const actual = (tokens[pos] as { text: '==' | '!=' }).text;
      pos++;
      left = { kind: 'binary', op: op === '==' ? actual : op, left, right: next() };
    }
    return left;
  };
  const primary = (): ExpressionNode => {
    const token = tokens[pos++];
    if (token === undefined) throw new ExpressionError(`unexpected end of '${source}'`);
    if (token.type === 'literal') return { kind: 'literal', value: token.value };
    if (token.type === 'punct' && token.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token.type !== 'ident') throw new ExpressionError(`unexpected '${token.text}' in '${source}'`);
    if (peek('(')) {
      pos++;
      const args: ExpressionNode[] = [];
      while (!peek(')')) {
        if (args.length > 0) expect(',');
        args.push(or());
      }
      pos++;
      return { kind: 'call', name: token.text.toLowerCase(), args };
    }
    const path = [token.text.toLowerCase()];
    while (peek('.')) {
      pos++;
      const part = tokens[pos++];
      if (part?.type !== 'ident') throw new ExpressionError(`expected a property name in '${source}'`);
      path.push(part.text.toLowerCase());
    }
    return { kind: 'ref', path };
  };
  const unary = (): ExpressionNode => {
    if (peek('!')) {
      pos++;
      return { kind: 'not', operand: unary() };
    }
    return primary();
  };
  const comparison = binary('==', unary);
  const and = binary('&&', comparison);
  const or: () => ExpressionNode = binary('||', and);
  const node = or();
  if (pos < tokens.length) throw new ExpressionError(`unexpected trailing input in '${source}'`);
  return node;
}

/** Throws unless every name and function in the expression is one the scope provides. */
export function assertSupported(node: ExpressionNode, scope: ExpressionScope): void {
  switch (node.kind) {
    case 'literal':
      return;
    case 'ref':
      lookup(node.path, scope);
      return;
    case 'call':
      if (scope.functions[node.name] === undefined) {
        throw new ExpressionError(`function '${node.name}()' is not supported here`);
      }
      for (const arg of node.args) assertSupported(arg, scope);
      return;
    case 'not':
      assertSupported(node.operand, scope);
      return;
    case 'binary':
      assertSupported(node.left, scope);
      assertSupported(node.right, scope);
  }
}

export function evaluate(node: ExpressionNode, scope: ExpressionScope): ExpressionValue {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'ref':
      return lookup(node.path, scope);
    case 'call': {
      const fn = scope.functions[node.name];
      if (fn === undefined) throw new ExpressionError(`function '${node.name}()' is not supported here`);
      return fn(node.args.map((arg) => evaluate(arg, scope)));
    }
    case 'not':
      return !isTruthy(evaluate(node.operand, scope));
    case 'binary': {
      const left = evaluate(node.left, scope);
      if (node.op === '&&') return isTruthy(left) ? evaluate(node.right, scope) : left;
      if (node.op === '||') return isTruthy(left) ? left : evaluate(node.right, scope);
      const equal = looselyEqual(left, evaluate(node.right, scope));
      return node.op === '==' ? equal : !equal;
    }
  }
}

export function isTruthy(value: ExpressionValue): boolean {
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return Boolean(value);
}

/** GitHub compares strings case-insensitively and coerces mixed types to numbers. */
function looselyEqual(a: ExpressionValue, b: ExpressionValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a === null || b === null) return a === b;
  return toNumber(a) === toNumber(b);
}

function toNumber(value: ExpressionValue): number {
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return Number(value);
}

function lookup(path: string[], scope: ExpressionScope): string {
  const [name, key, ...rest] = path;
  const context = name === undefined ? undefined : scope.contexts[name];
  const value = key === undefined || rest.length > 0 ? undefined : context?.[key];
  if (value === undefined) {
    const supported = Object.entries(scope.contexts).flatMap(([ctx, values]) =>
      Object.keys(values).map((k) => `${ctx}.${k}`),
    );
    throw new ExpressionError(
      `'${path.join('.')}' is not supported here (supported: ${supported.join(', ') || 'none'})`,
    );
  }
  return value;
}

/** Parses every `${{ … }}` in a string; literal text between them is kept as is. */
export function parseTemplate(text: string): Array<string | ExpressionNode> {
  const parts: Array<string | ExpressionNode> = [];
  let rest = text;
  for (let start = rest.indexOf('${{'); start >= 0; start = rest.indexOf('${{')) {
    if (start > 0) parts.push(rest.slice(0, start));
    const end = closingBraces(rest, start + 3);
    if (end < 0) throw new ExpressionError(`unterminated '\${{' in '${text}'`);
    parts.push(parseExpression(rest.slice(start + 3, end).trim()));
    rest = rest.slice(end + 2);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

export function expandTemplate(parts: Array<string | ExpressionNode>, scope: ExpressionScope): string {
  return parts.map((part) => (typeof part === 'string' ? part : toText(evaluate(part, scope)))).join('');
}

function toText(value: ExpressionValue): string {
  if (value === null) return '';
  return String(value);
}

function closingBraces(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text.startsWith('}}', i)) return i;
  }
  return -1;
}
