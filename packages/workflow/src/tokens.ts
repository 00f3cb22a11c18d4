// Small readers over @actions/workflow-parser's template tokens, for the keys its converter
// leaves out (a step's `with`, `shell`, `working-directory`; permissions; workflow_call outputs).

import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import {
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser/templates/tokens/type-guards';

/** The value under `key` of a mapping token (undefined for other tokens or a missing key). */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  if (token === undefined || !isMapping(token)) return undefined;
  return token.find(key);
}

/** A path of keys from `token` down. */
export function at(token: TemplateToken | undefined, ...keys: string[]): TemplateToken | undefined {
  let current = token;
  for (const key of keys) current = child(current, key);
  return current;
}

/** The key/value pairs of a mapping token, keys as strings; [] for anything else. */
export function entries(token: TemplateToken | undefined): [string, TemplateToken][] {
  if (token === undefined || !isMapping(token)) return [];
  const result: [string, TemplateToken][] = [];
  for (const pair of token) result.push([pair.key.toString(), pair.value]);
  return result;
}

/** The items of a sequence token; [] for anything else. */
export function items(token: TemplateToken | undefined): TemplateToken[] {
  if (token === undefined || !isSequence(token)) return [];
  return [...token];
}

/** A literal scalar as text (numbers and booleans as YAML writes them); undefined for expressions and collections. */
export function literalText(token: TemplateToken | undefined): string | undefined {
  if (token === undefined) return undefined;
  if (isString(token)) return token.value;
  if (isNumber(token)) return String(token.value);
  if (isBoolean(token)) return String(token.value);
  return undefined;
}

export type { TemplateToken };

/** The source position of a token, for messages: `line 12, column 9`. */
export function position(token: TemplateToken | undefined): string {
  if (token?.line === undefined) return 'unknown position';
  return `line ${token.line}, column ${token.col ?? 1}`;
}
