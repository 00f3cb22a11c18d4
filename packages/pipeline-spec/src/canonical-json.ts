/**
 * JSON with the keys of every object in sorted order and no whitespace, so that two specs that
 * differ only in key order or formatting serialise (and hash) the same. Keys are sorted as
 * strings; JavaScript objects list integer-like keys ("0", "10") first in numeric order, so those
 * come first: the order is still the same for the same keys, which is what a hash needs.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedDeep(value)) ?? 'null';
}

/** A deep copy with object keys sorted, for writing a spec in a stable order. */
export function normalise<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

/**
 * The value with every object's keys sorted, copying only the objects that need it (compilers
 * mostly write sorted keys already), so V8's serialiser then does the rest without a replacer
 * call per value: three times faster than a replacer on a large spec.
 */
function sortedDeep(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = sortedDeep(value[i]);
      if (item !== value[i]) {
        copy ??= value.slice();
        copy[i] = item;
      }
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = (keys[i - 1] as string) <= (keys[i] as string);
  let copy: Record<string, unknown> | undefined;
  if (!sorted) {
    copy = {};
    for (const key of keys.sort()) put(copy, key, sortedDeep(record[key]));
    return copy;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = sortedDeep(record[key]);
    if (copy === undefined && item !== record[key]) {
      copy = {};
      for (let j = 0; j < i; j++) put(copy, keys[j] as string, record[keys[j] as string]);
    }
    if (copy !== undefined) put(copy, key, item);
  }
  return copy ?? value;
}

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  // A `__proto__` key from JSON.parse is data: assigning it would set the prototype instead.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  else target[key] = value;
}
