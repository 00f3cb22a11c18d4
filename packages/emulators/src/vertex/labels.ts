import { invalidArgument } from './vertex-error.ts';

/**
 * Vertex AI's label rules: at most 64 labels; keys 1–63 characters starting with a lowercase letter
 * (international letters allowed); keys and values only lowercase letters, digits, `_` and `-`;
 * values up to 63 characters; both under 128 bytes of UTF-8.
 */
const KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
const MAX_LABELS = 64;

/** The message Vertex AI sends for any label violation (seen on endpoint and pipeline labels). */
function labelsMessage(field: string): string {
  return (
    `List of found errors:\t1.Field: ${field}; Message: There can be no more than 64 labels attached to a single ` +
    'resource. Label keys and values can only contain lowercase letters, numbers, dashes and underscores. Label ' +
    'keys must start with a letter or number, must be less than 64 characters in length, and must be less that ' +
    '128 bytes in length when encoded in UTF-8. Label values must be less than 64 characters in length, and must ' +
    'be less that 128 bytes in length when encoded in UTF-8.\t'
  );
}

/** Throws INVALID_ARGUMENT (with a BadRequest violation on `field`) when a label breaks the rules. */
export function validateLabels(labels: Record<string, string> | undefined, field: string): void {
  const entries = Object.entries(labels ?? {});
  const bad =
    entries.length > MAX_LABELS ||
    entries.some(
      ([key, value]) =>
        !KEY.test(key) ||
        !VALUE.test(value) ||
        Buffer.byteLength(key) >= 128 ||
        Buffer.byteLength(value) >= 128,
    );
  if (bad) throw invalidArgument(labelsMessage(field), field);
}
