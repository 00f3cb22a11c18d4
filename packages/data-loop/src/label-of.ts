import { ActionError } from '@mlops-actions/kit';
import type { LabelRule } from './label-rule.ts';

/** A TFRecord feature as @mlops-actions/tfrecord decodes it (structurally: no dependency on it). */
export type LabelFeature =
  | { kind: 'bytes'; values: Uint8Array[] }
  | { kind: 'float'; values: number[] }
  | { kind: 'int64'; values: bigint[] };

/** A label value that the rule found but cannot be a label; the message says why. */
export class LabelError extends ActionError {
  constructor(message: string) {
    super(message);
    this.name = 'LabelError';
  }
}

/**
 * The label of one object (path rule: pass the object name) or one example (feature rule: pass
 * the feature, undefined when the example lacks it). Undefined when the path does not match or
 * the feature is absent or empty. An integer label is named by `classNames` when given (an index
 * outside the list is a LabelError); a float feature, or a feature with several values, is a
 * LabelError.
 */
export function labelOf(
  rule: LabelRule,
  subject: string | LabelFeature | undefined,
  classNames?: readonly string[],
): string | undefined {
  const raw = rawLabel(rule, subject);
  if (raw === undefined || raw === '') return undefined;
  if (classNames === undefined || !/^-?\d+$/.test(raw)) return raw;
  const index = Number(raw);
  const name = index >= 0 ? classNames[index] : undefined;
  if (name === undefined) {
    throw new LabelError(
      `Label ${raw} is outside class-names, which names ${classNames.length} classes (0 to ${classNames.length - 1}).`,
    );
  }
  return name;
}

function rawLabel(rule: LabelRule, subject: string | LabelFeature | undefined): string | undefined {
  if (rule.kind === 'path') {
    if (typeof subject !== 'string') throw new TypeError('A path label rule needs the object name.');
    return rule.pattern.exec(subject)?.groups?.label;
  }
  if (subject === undefined) return undefined;
  if (typeof subject === 'string') throw new TypeError('A feature label rule needs the decoded feature.');
  if (subject.values.length === 0) return undefined;
  if (subject.values.length > 1) {
    throw new LabelError(
      `Feature "${rule.name}" holds ${subject.values.length} values; a label is exactly one value.`,
    );
  }
  switch (subject.kind) {
    case 'int64':
      return String(subject.values[0]);
    case 'bytes':
      return new TextDecoder('utf-8', { fatal: false }).decode(subject.values[0]);
    case 'float':
      throw new LabelError(
        `Feature "${rule.name}" is a float list; a label is an int64 or a bytes (string) feature.`,
      );
  }
}
