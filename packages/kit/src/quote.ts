// Characters JSON.stringify leaves as-is but that can hide or reorder text in a log line:
// DEL and C1 controls, soft hyphen, zero-width and bidi controls, line/paragraph separators, BOM.
const INVISIBLE = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * JSON-quotes a string for a one-line message: newlines, control and invisible characters are
 * escaped, so an untrusted name cannot break the line or disguise itself.
 */
export function quote(s: string): string {
  return JSON.stringify(s).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
