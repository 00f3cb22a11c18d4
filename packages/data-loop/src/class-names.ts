import { InputError, quote } from '@mlops-actions/kit';

const ACCEPTED =
  'a file with one class name per line (such as labels.txt) or a list of names separated by commas or newlines';

/**
 * Reads a `class-names` value: integer label i is named by entry i. A value with a comma or a
 * newline is the list itself; otherwise it is a file path, read with `readFile` (the caller
 * resolves it, e.g. inside the workspace). Names are trimmed; an empty name or a repeated one is
 * an InputError, as is a list of one (a class-names list names at least two classes).
 */
export function parseClassNames(input: string, value: string, readFile: (path: string) => string): string[] {
  const refuse = (why: string) =>
    new InputError(input, value, `Input ${quote(input)} must be ${ACCEPTED}; got ${quote(value)}, ${why}.`);
  if (value.trim() === '') throw refuse('which is empty');
  const inline = /[,\n]/.test(value.trim());
  let text = value;
  if (!inline) {
    try {
      text = readFile(value.trim());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw refuse(
        code === 'ENOENT'
          ? 'which is a single name (not a list) and no file of that name exists'
          : `which cannot be read as a file (${(error as Error).message})`,
      );
    }
  }
  const where = inline ? 'in the list' : `in the file ${quote(value.trim())}`;
  // A file (or a YAML block) usually ends with a newline: that is not an empty last name.
  const names = text
    .replace(/\s+$/, '')
    .split(inline ? /\r?\n|,/ : /\r?\n/)
    .map((name) => name.trim());
  const empty = names.indexOf('');
  if (empty !== -1) throw refuse(`which has an empty name at position ${empty + 1} ${where}`);
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const first = seen.get(name);
    if (first !== undefined) {
      throw refuse(`which names ${quote(name)} twice (positions ${first + 1} and ${index + 1}) ${where}`);
    }
    seen.set(name, index);
  });
  if (names.length < 2) throw refuse(`which names only one class ${where}`);
  return names;
}
