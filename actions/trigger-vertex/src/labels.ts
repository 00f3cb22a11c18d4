import { InputError, quote, type RunContext } from '@mlops-actions/kit';
import {
  CONFIG_LABEL,
  LABEL_RULES,
  labelProblem,
  MAX_LABELS,
  SPEC_LABEL,
  sanitizeLabelKey,
  sanitizeLabelValue,
} from '@mlops-actions/vertex';

/** Labels the action sets itself, so jobs can be found by the run or commit that started them. */
export function automaticLabels(
  context: Pick<RunContext, 'repository' | 'runId' | 'sha'>,
): Record<string, string> {
  const labels: Record<string, string> = {};
  if (context.repository) labels['github-repository'] = sanitizeLabelValue(context.repository);
  if (context.runId) labels['github-run-id'] = sanitizeLabelValue(context.runId);
  if (context.sha) labels['github-commit'] = sanitizeLabelValue(context.sha);
  return labels;
}

export interface MergedLabels {
  labels: Record<string, string>;
  /** `"Team" → "team"`: what sanitising changed, for the log. */
  changes: string[];
}

/** The fingerprint labels come on top, so they count against the limit too. */
const FINGERPRINT_LABELS = 2;

/**
 * The job's labels: the pipeline file's own, then the automatic ones, then the labels input, each
 * made to fit Vertex AI's rules. The input may not set the keys the action sets itself.
 */
export function mergeLabels(
  fromFile: Record<string, unknown> | undefined,
  automatic: Record<string, string>,
  fromInput: Record<string, string>,
): MergedLabels {
  const changes: string[] = [];
  const reserved = [...Object.keys(automatic), SPEC_LABEL, CONFIG_LABEL];
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(fromFile ?? {})) {
    const clean = sanitised(key, String(value ?? ''), changes);
    if (!reserved.includes(clean.key)) labels[clean.key] = clean.value;
  }
  Object.assign(labels, automatic);
  const fromInputKeys = new Map<string, string>();
  for (const [key, value] of Object.entries(fromInput)) {
    const clean = sanitised(key, value, changes);
    if (reserved.includes(clean.key)) {
      throw new InputError(
        'labels',
        key,
        `Input "labels" may not set ${quote(clean.key)}: the action sets ${reserved.map((k) => quote(k)).join(', ')} itself.`,
      );
    }
    const earlier = fromInputKeys.get(clean.key);
    if (earlier !== undefined) {
      throw new InputError(
        'labels',
        key,
        `Input "labels" has ${quote(earlier)} and ${quote(key)}, which both become the label ${quote(clean.key)} under Vertex AI's rules (${LABEL_RULES}).`,
      );
    }
    fromInputKeys.set(clean.key, key);
    labels[clean.key] = clean.value;
  }
  const count = Object.keys(labels).length + FINGERPRINT_LABELS;
  if (count > MAX_LABELS) {
    throw new InputError(
      'labels',
      Object.keys(fromInput).join(', '),
      `Input "labels" brings the job to ${count} labels (with the pipeline file's and the action's own); Vertex AI allows ${MAX_LABELS}.`,
    );
  }
  return { labels, changes };
}

function sanitised(key: string, value: string, changes: string[]): { key: string; value: string } {
  if (labelProblem(key, value) === undefined) return { key, value };
  const clean = { key: sanitizeLabelKey(key), value: sanitizeLabelValue(value) };
  if (clean.key !== key) changes.push(`label key ${quote(key)} became ${quote(clean.key)}`);
  if (clean.value !== value)
    changes.push(`label ${quote(clean.key)}: value ${quote(value)} became ${quote(clean.value)}`);
  return clean;
}
