import { isScalar, parseDocument, Scalar } from 'yaml';

/**
 * The `filters` input is either inline YAML or the path of a YAML file. It is a path only when it
 * is one line that YAML reads as a single plain (unquoted) string: `{}`, `[a]`, `"x.yml"` or
 * `models: [a]` are YAML, and reading them as file names would hide the user's mistake.
 */
export function filtersFilePath(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || /[\r\n]/.test(trimmed)) return undefined;
  const doc = parseDocument(trimmed, { schema: 'failsafe' });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const contents = doc.contents;
  if (!isScalar(contents) || contents.type !== Scalar.PLAIN) return undefined;
  // `x.yml # note` is a plain scalar too, with a comment: not a path as written.
  return contents.value === trimmed ? trimmed : undefined;
}
