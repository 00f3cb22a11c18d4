/**
 * Vertex AI's label rules: at most 64 labels; keys 1–63 characters starting with a lowercase
 * letter; keys and values only lowercase letters (international ones too), digits, `_` and `-`;
 * values up to 63 characters; each under 128 bytes of UTF-8.
 */
export const MAX_LABELS = 64;
const MAX_CHARS = 63;
const MAX_BYTES = 127;
const KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]*$/u;
const VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]*$/u;
const NOT_ALLOWED = /[^\p{Ll}\p{Lo}\p{N}_-]/gu;

export const LABEL_RULES =
  'lowercase letters, digits, "_" and "-", at most 63 characters; keys start with a letter';

/** Why a label breaks Vertex AI's rules, or undefined when it is fine. */
export function labelProblem(key: string, value: string): string | undefined {
  if (key === '') return 'its key is empty';
  if (!KEY.test(key))
    return `its key ${JSON.stringify(key)} must start with a lowercase letter and hold only ${LABEL_RULES}`;
  if (!VALUE.test(value)) return `its value ${JSON.stringify(value)} may hold only ${LABEL_RULES}`;
  if (tooLong(key) || tooLong(value)) return 'it is longer than 63 characters (or 127 bytes)';
  return undefined;
}

/**
 * Makes text a valid label value: lowercase, every other character `_`, cut to 63 characters
 * (`Octo-Org/Octo.Repo` → `octo-org_octo_repo`).
 */
export function sanitizeLabelValue(text: string): string {
  return truncate(text.toLowerCase().replace(NOT_ALLOWED, '_'));
}

/** Makes text a valid label key, as a value, and starting with a letter (`l_` is put in front otherwise). */
export function sanitizeLabelKey(text: string): string {
  const value = sanitizeLabelValue(text);
  return KEY.test(value) ? value : truncate(`l_${value}`);
}

function tooLong(text: string): boolean {
  return [...text].length > MAX_CHARS || Buffer.byteLength(text) > MAX_BYTES;
}

function truncate(text: string): string {
  let chars = [...text].slice(0, MAX_CHARS);
  while (Buffer.byteLength(chars.join('')) > MAX_BYTES) chars = chars.slice(0, -1);
  return chars.join('');
}
