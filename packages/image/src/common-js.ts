/**
 * A CommonJS package's exports after `await import()`: Node gives them as named exports (and as
 * `default`), the esbuild bundle only as `default`. Taking `default` when present works in both.
 */
export function commonJs<T extends object>(namespace: T): T {
  const exports = (namespace as { default?: unknown }).default;
  return exports !== null && typeof exports === 'object' ? (exports as T) : namespace;
}
