const utf8 = new TextEncoder();

/** Google's limit on an object name: https://cloud.google.com/storage/docs/objects#naming */
export const MAX_OBJECT_NAME_BYTES = 1024;

/**
 * Why `name` cannot be an object name, or undefined when it can: 1–1024 bytes of UTF-8, no
 * carriage return or line feed, not `.` or `..`, not under `.well-known/acme-challenge/`.
 */
export function objectNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  return objectPathProblem(name);
}

/**
 * Like objectNameProblem for a path that may be a prefix or empty (a whole bucket). Stricter in
 * one way: no `.` or `..` segment, which tools and people read as a relative path.
 */
export function objectPathProblem(path: string): string | undefined {
  if (utf8.encode(path).length > MAX_OBJECT_NAME_BYTES) return 'is longer than 1024 bytes of UTF-8';
  if (/[\r\n]/.test(path)) return 'contains a carriage return or line feed';
  if (/[\uD800-\uDFFF]/.test(path.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
    return 'is not valid UTF-8';
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) {
    return 'has a "." or ".." segment';
  }
  if (path.startsWith('.well-known/acme-challenge/'))
    return 'is under .well-known/acme-challenge/, which is reserved';
  return undefined;
}
