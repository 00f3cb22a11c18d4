import { credentialIn, redactCredentials } from './credentials.ts';

/**
 * A deep copy in which every string and key that holds a credential is redacted: for describing a
 * spec that failed the credential check (its name, task names, defaults) without repeating it.
 * Redacting before the text is escaped for markdown matters: escaping would hide it from the
 * patterns.
 */
export function redactedCopy<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'string') return redactCredentials(item);
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
      const keys = Object.keys(item);
      if (!keys.some((key) => credentialIn(key) !== undefined)) return item;
      return Object.fromEntries(
        keys.map((key) => [redactCredentials(key), (item as Record<string, unknown>)[key]]),
      );
    }),
  ) as T;
}
