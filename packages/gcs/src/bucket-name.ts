/**
 * Why `name` is not a valid bucket name, or undefined when it is. Google's rules
 * (https://cloud.google.com/storage/docs/buckets#naming): only lowercase letters, digits, `-`,
 * `_` and `.`; start and end with a letter or digit; 3–63 characters, or up to 222 when the name
 * has dots and every dot-separated part is at most 63; not an IP address in dotted-decimal
 * notation; not starting with `goog`; not containing `google` or a close misspelling.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name === '') return 'is empty';
  if (/[A-Z]/.test(name)) return 'has uppercase letters (bucket names are lowercase)';
  if (!/^[a-z0-9._-]+$/.test(name)) return 'has characters other than a-z, 0-9, -, _ and .';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'must start and end with a letter or digit';
  if (name.length < 3) return 'is shorter than 3 characters';
  const parts = name.split('.');
  if (parts.length === 1 && name.length > 63) return 'is longer than 63 characters (222 with dots)';
  if (name.length > 222) return 'is longer than 222 characters';
  if (parts.some((part) => part === '')) return 'has two dots in a row';
  if (parts.some((part) => part.length > 63)) return 'has a dot-separated part longer than 63 characters';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'is an IP address';
  if (name.startsWith('goog')) return 'starts with "goog"';
  if (/g[o0][o0]g(l|1)e/.test(name)) return 'contains "google" or a close misspelling';
  return undefined;
}
