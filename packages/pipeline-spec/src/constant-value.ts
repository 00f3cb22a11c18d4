import { isObject } from './json-object.ts';

const VALUE_KEYS = ['stringValue', 'intValue', 'doubleValue'];

/**
 * Whether a value is written in schema 2.0.0's `Value` style (`{ intValue: "6" }`), which TFX
 * uses for constants and for a job's `runtimeConfig.parameters`.
 */
export function isLegacyValue(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && VALUE_KEYS.includes(keys[0] as string);
}

/**
 * The plain value of a constant in either style: `{ intValue: "6" }` → 6 (a string when it is
 * beyond a safe integer), `{ stringValue: "x" }` → "x"; anything else is already plain (KFP 2).
 */
export function plainValue(value: unknown): unknown {
  if (!isLegacyValue(value)) return value;
  if ('intValue' in value) {
    const n = Number(value.intValue);
    return Number.isSafeInteger(n) ? n : value.intValue;
  }
  if ('doubleValue' in value) return Number(value.doubleValue);
  return value.stringValue;
}
