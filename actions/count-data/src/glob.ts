// Cloud Storage's matchGlob syntax: `*`, `**`, `?`, `[…]`, `{a,b}`, `\` escapes. Checked here so
// that a bad pattern fails before any request, with a message that says what is wrong.

/** Why `glob` is not a valid matchGlob, or undefined when it is. */
export function globSyntaxProblem(glob: string): string | undefined {
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      if (i === glob.length - 1) return 'ends with a lone backslash';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) return `has a "[" at position ${i + 1} that is never closed`;
      i = close;
    } else if (c === '{') {
      braces++;
    } else if (c === '}') {
      if (braces === 0) return `has a "}" at position ${i + 1} without its "{"`;
      braces--;
    }
  }
  if (braces > 0) return 'has a "{" that is never closed';
  if (glob.startsWith('/')) return 'starts with "/" (it is relative to source)';
  return undefined;
}

/** The literal text as a glob that matches exactly it (source prefixes may hold `[` or `*`). */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]{}]/g, '\\$&');
}
