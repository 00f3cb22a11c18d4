/** A mistake in the user's filter definitions; the message is meant to be shown to them as is. */
export class FilterError extends Error {
  override readonly name = 'FilterError';
}

/** Names a YAML value's type for an error message: "a list", "a mapping", "binary data", ... */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `a string (${JSON.stringify(value)})`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Map) return 'a mapping';
  if (value instanceof Uint8Array) return 'binary data';
  return `a ${typeof value}`;
}
