import { isObject } from './json-object.ts';

export type JsonPathSegments = readonly (string | number)[];

const DATA = { enumerable: true, writable: true, configurable: true } as const;

/**
 * `value` with every string `change` rewrites replaced, at any depth; objects and arrays are
 * copied only where something under them changed, so the input is never modified.
 */
export function mapStrings(
  value: unknown,
  change: (text: string, path: JsonPathSegments) => string,
  path: JsonPathSegments = [],
): unknown {
  if (typeof value === 'string') return change(value, path);
  if (Array.isArray(value)) {
    const mapped = value.map((item, index) => mapStrings(item, change, [...path, index]));
    return mapped.some((item, index) => item !== value[index]) ? mapped : value;
  }
  if (isObject(value)) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const mapped = mapStrings(item, change, [...path, key]);
      if (mapped === item) continue;
      copy = copy ?? { ...value };
      // defineProperty: a `__proto__` key from JSON.parse stays data, never a prototype.
      Object.defineProperty(copy, key, { value: mapped, ...DATA });
    }
    return copy ?? value;
  }
  return value;
}

/** Calls `visit` for every string under `value`, with its path. */
export function forEachString(value: unknown, visit: (text: string, path: JsonPathSegments) => void): void {
  mapStrings(value, (text, path) => {
    visit(text, path);
    return text;
  });
}
