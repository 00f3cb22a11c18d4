import type { JsonObject } from './types.ts';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a plain object, else an empty one: for walking untrusted documents. */
export function objectOrEmpty<T = unknown>(value: unknown): Record<string, T> {
  return isObject(value) ? (value as Record<string, T>) : {};
}

export function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Own enumerable entries only; `__proto__` from JSON.parse is an own key and is kept as data. */
export function entriesOf<T = unknown>(value: unknown): [string, T][] {
  return isObject(value) ? (Object.entries(value) as [string, T][]) : [];
}
