// Pure parsers behind the input readers, exported so that values that do not come from inputs
// (a config file, an API response) are validated with the same rules and messages.
import { parseDocument } from 'yaml';
import { InputError, mustBe, shown } from './input-error.ts';
import { quote } from './quote.ts';

// YAML 1.2 core schema spellings, as core.getBooleanInput accepts.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

export function parseBoolean(name: string, raw: string): boolean {
  const text = raw.trim();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw mustBe(name, raw, 'true or false');
}

export interface IntegerRange {
  min?: number;
  max?: number;
}

function describeInteger({ min, max }: IntegerRange): string {
  if (min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
  if (min !== undefined) return `an integer of at least ${min}`;
  if (max !== undefined) return `an integer of at most ${max}`;
  return 'an integer';
}

/** Decimal integers only: `1e3`, `0x10`, `1.0` and `12abc` are rejected, unlike Number() or parseInt(). */
export function parseInteger(name: string, raw: string, range: IntegerRange = {}): number {
  const text = raw.trim();
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (
    !Number.isSafeInteger(value) ||
    (range.min !== undefined && value < range.min) ||
    (range.max !== undefined && value > range.max)
  ) {
    throw mustBe(name, raw, describeInteger(range));
  }
  return value;
}

export function parseEnumeration<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const text = raw.trim();
  const found = choices.find((choice) => choice === text);
  if (found === undefined) throw mustBe(name, raw, `one of ${choices.join(', ')}`);
  return found;
}

/** Splits lines as YAML block scalars deliver them; a lone \r (old Mac) is not a line break here. */
function lines(raw: string): string[] {
  return raw.split(/\r?\n/);
}

/**
 * One item per line, trimmed; blank lines and `#` comment lines are dropped. Commas do not
 * separate items because paths and URIs may contain them.
 */
export function parseList(raw: string): string[] {
  return lines(raw)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `key=value` per line, split at the first `=`; blank and `#` lines are skipped. */
export function parseMap(name: string, raw: string): Record<string, string> {
  const entries = new Map<string, { value: string; line: number }>();
  lines(raw).forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const eq = trimmed.indexOf('=');
    const key = eq === -1 ? '' : trimmed.slice(0, eq).trim();
    if (key === '') {
      throw new InputError(
        name,
        raw,
        `Input ${quote(name)} line ${line} must be key=value with a non-empty key; got ${shown(trimmed)}.`,
      );
    }
    const first = entries.get(key);
    if (first) {
      throw new InputError(
        name,
        raw,
        `Input ${quote(name)} line ${line} repeats the key ${quote(key)} of line ${first.line}; each key may appear once.`,
      );
    }
    entries.set(key, { value: trimmed.slice(eq + 1).trim(), line });
  });
  // fromEntries defines own properties, so a key such as __proto__ is kept as data.
  return Object.fromEntries([...entries].map(([key, { value }]) => [key, value]));
}

const MAPPING = 'a JSON or YAML mapping';

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'a scalar';
}

/**
 * A JSON or YAML mapping (YAML 1.2 reads JSON too). Empty, or only comments or `null`, is
 * undefined. Syntax errors carry the line and column; no message repeats the text, since a mapping
 * input often holds secrets (parameters, labels) and a quoted piece of one slips past masking.
 */
export function parseObject(name: string, raw: string): Record<string, unknown> | undefined {
  const doc = parseDocument(raw);
  const [syntax] = doc.errors;
  if (syntax) {
    const reason = syntax.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
    const at = syntax.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    throw new InputError(
      name,
      raw,
      `Input ${quote(name)} must be ${MAPPING}; ${reason}${where} (the line is not shown, as it may hold a secret).`,
    );
  }
  let value: unknown;
  try {
    value = doc.toJS();
  } catch (error) {
    // Unresolved or excessive aliases surface only while converting.
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(name, raw, `Input ${quote(name)} must be ${MAPPING}; ${reason}.`);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(name, raw, `Input ${quote(name)} must be ${MAPPING}; got ${kindOf(value)}.`);
  }
  return value as Record<string, unknown>;
}
