// The word processing Docker applies to instruction arguments (moby/buildkit frontend/dockerfile/
// shell): quotes, the escapeChar character, and `$VAR` / `${VAR}` / `${VAR:-default}` expansion.

export type Variables = ReadonlyMap<string, string>;

/** Splits at unquoted, unescaped whitespace; quotes and escapes stay in the words for expandWord. */
export function splitWords(text: string, escapeChar = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === undefined && /\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === escapeChar && quote !== "'" && i + 1 < text.length) {
      word += text[++i];
    } else if (quote === undefined && (ch === '"' || ch === "'")) {
      quote = ch;
    } else if (ch === quote) {
      quote = undefined;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * One word with quotes removed, escapes applied and variables expanded. Unset variables expand to
 * nothing, as in Docker. Throws on `${VAR:?message}` with VAR unset, and on modifiers Docker
 * supports but this reader does not (`${VAR#…}`, `${VAR/…}`).
 */
export function expandWord(word: string, variables: Variables, escapeChar = '\\'): string {
  let out = '';
  let i = 0;
  const text = word;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === escapeChar) {
      if (i + 1 < text.length) out += text[i + 1];
      i += 2;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      out += text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        const c = text[i] as string;
        if (
          c === escapeChar &&
          i + 1 < text.length &&
          ['"', '$', escapeChar].includes(text[i + 1] as string)
        ) {
          out += text[i + 1];
          i += 2;
        } else if (c === '$') {
          const [value, next] = variable(text, i, variables, escapeChar);
          out += value;
          i = next;
        } else {
          out += c;
          i++;
        }
      }
      i++;
    } else if (ch === '$') {
      const [value, next] = variable(text, i, variables, escapeChar);
      out += value;
      i = next;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Expands the variable at text[start] === '$'; returns its value and the index after it. */
function variable(text: string, start: number, variables: Variables, escapeChar: string): [string, number] {
  const next = text[start + 1];
  if (next === '{') {
    const close = matchingBrace(text, start + 2);
    if (close === -1) throw new Error(`missing } in ${JSON.stringify(text)}`);
    const body = text.slice(start + 2, close);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (!name) throw new Error(`bad variable name in \${${body}}`);
    const modifier = body.slice(name.length);
    const value = variables.get(name);
    if (modifier === '') return [value ?? '', close + 1];
    const m = /^(:?)([-+?])([\s\S]*)$/.exec(modifier);
    if (!m) throw new Error(`the modifier in \${${body}} is not supported here`);
    const [, colon, op, rawWord = ''] = m;
    const isSet = colon ? value !== undefined && value !== '' : value !== undefined;
    const word = () => expandWord(rawWord, variables, escapeChar);
    if (op === '-') return [isSet ? (value as string) : word(), close + 1];
    if (op === '+') return [isSet ? word() : '', close + 1];
    if (!isSet) throw new Error(`${name}: ${word() || 'is not set'}`);
    return [value as string, close + 1];
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1))?.[0];
  if (!name) return ['$', start + 1];
  return [variables.get(name) ?? '', start + 1 + name.length];
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
