/**
 * Orders object names as Cloud Storage lists them: by UTF-8 bytes, which is code point order.
 * JavaScript's `<` compares UTF-16 units and puts a name with an emoji (a surrogate pair) before
 * one with U+E000–U+FFFF; this corrects exactly that case and is otherwise a plain comparison.
 */
export function compareObjectNames(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (code points ≥ U+10000) ranked above U+E000–U+FFFF; order within each range kept. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
