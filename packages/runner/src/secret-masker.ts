// The runner's SecretMasker: every registered value, and the encodings the runner also registers
// (base64 at three byte alignments, JSON / URI / XML escaping, GitHub-expression quoting, trimmed
// double quotes), is replaced by *** wherever it appears in a log line, annotation or summary line.

export class SecretMasker {
  private readonly patterns = new Set<string>();

  add(value: string): void {
    if (value === '') return;
    for (const variant of encodings(value)) if (variant !== '') this.patterns.add(variant);
  }

  mask(text: string): string {
    if (this.patterns.size === 0 || text === '') return text;
    const ranges: Array<[number, number]> = [];
    for (const pattern of this.patterns) {
      for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
        ranges.push([at, at + pattern.length]);
      }
    }
    if (ranges.length === 0) return text;
    ranges.sort((a, b) => a[0] - b[0]);
    let result = '';
    let cursor = 0;
    let current = ranges[0] as [number, number];
    for (const range of ranges.slice(1)) {
      if (range[0] <= current[1]) current = [current[0], Math.max(current[1], range[1])];
      else {
        result += `${text.slice(cursor, current[0])}***`;
        cursor = current[1];
        current = range;
      }
    }
    return `${result}${text.slice(cursor, current[0])}***${text.slice(current[1])}`;
  }
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function encodings(value: string): string[] {
  const variants = [
    value,
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    value.replaceAll("'", "''"),
    value.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c),
  ];
  if (value.length > 2 && value.startsWith('"') && value.endsWith('"')) variants.push(value.slice(1, -1));
  const bytes = Buffer.from(value, 'utf8');
  for (let shift = 0; shift < 3 && shift < bytes.length; shift++) {
    // A short base64 tail would mask unrelated text; only keep encodings at least as long as the secret.
    const encoded = stableBase64(bytes.subarray(shift));
    if (encoded.length >= value.length) variants.push(encoded);
  }
  return variants;
}

/** Base64 without the trailing characters that depend on the bytes after the secret. */
function stableBase64(bytes: Buffer): string {
  const encoded = bytes.toString('base64');
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  return padding === 0 ? encoded : encoded.slice(0, encoded.length - padding - 1);
}
