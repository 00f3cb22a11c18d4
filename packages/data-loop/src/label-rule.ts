import { InputError, quote } from '@mlops-actions/kit';

/** Where an object's label comes from: its path, or one feature of its TFRecord examples. */
export type LabelRule = { kind: 'path'; pattern: RegExp } | { kind: 'feature'; name: string };

const FEATURE_PREFIX = 'feature:';
/** Feature keys as TFX and the TensorFlow examples write them: `label`, `image/class/label`. */
const FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,199}$/;
const ACCEPTED =
  'either a regular expression with a named group "label" applied to the object path ' +
  '(e.g. "(?<label>[^/]+)/[^/]+$" for class folders, "(?<label>[a-z]+)_\\d+\\.jpg$" for {class}_{n}.jpg) ' +
  'or "feature:<name>" for a TFRecord feature (e.g. "feature:label")';

/**
 * Reads a `label-from` value. `feature:<name>` names a TFRecord feature; anything else must be a
 * regular expression that compiles and has a named group `label`. A mistake is an InputError
 * naming the input, the value, and both accepted forms.
 */
export function parseLabelFrom(input: string, value: string): LabelRule {
  const refuse = (why: string) =>
    new InputError(
      input,
      value,
      `Input ${quote(input)} must be ${ACCEPTED}; got ${shown(value)}, which ${why}.`,
    );
  if (value.trim() === '') throw refuse('is empty');
  if (value.startsWith(FEATURE_PREFIX)) {
    const name = value.slice(FEATURE_PREFIX.length);
    if (!FEATURE_NAME.test(name)) {
      throw refuse(
        name === ''
          ? 'names no feature after "feature:"'
          : `names the feature ${quote(name)}: a feature name is letters, digits and _ . - / (at most 200), not starting with . - /`,
      );
    }
    return { kind: 'feature', name };
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(value);
  } catch (error) {
    throw refuse(`is not a valid regular expression (${(error as Error).message})`);
  }
  // An alternative that always matches lists every named group, matched or not.
  const groups = new RegExp(`(?:${value})|`).exec('')?.groups ?? {};
  if (!('label' in groups)) {
    const names = Object.keys(groups);
    throw refuse(
      names.length === 0
        ? 'has no named group "label" (write (?<label>…) around the part that is the label)'
        : `has the named groups ${names.map(quote).join(', ')} but none called "label"`,
    );
  }
  return { kind: 'path', pattern };
}

function shown(value: string): string {
  return quote(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}
