import { InputError, maskDerived, quote, type RunContext } from '@mlops-actions/kit';
import { credentialIn } from '@mlops-actions/pipeline-spec';
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
  /** What sanitising changed, for the log: keys shown, values never (they may be secrets). */
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
    refuseCredential(key, value);
    const clean = sanitised(key, value, changes);
    // Sent to Vertex AI, whose answers may quote it: a changed form of a secret must be masked too.
    maskDerived(value, clean.value);
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
    changes.push(
      `label ${quote(clean.key)}: value ${valueChanges(value, clean.value)} to fit (masked in this log, since the value given may be a secret)`,
    );
  return clean;
}

/** `lower-cased, 2 characters replaced by "_"`: what happened to a value, without the value. */
function valueChanges(value: string, clean: string): string {
  const done: string[] = [];
  const lower = value.toLowerCase();
  if (lower !== value) done.push('lower-cased');
  const replaced = [...lower].filter((c, i) => c !== [...clean][i] && i < [...clean].length).length;
  if (replaced > 0) done.push(`${replaced} ${replaced === 1 ? 'character' : 'characters'} replaced by "_"`);
  if ([...clean].length < [...value].length) done.push(`shortened to ${[...clean].length} characters`);
  return done.join(', ') || 'changed';
}

/** Labels are shown to everyone who can view the project: a credential never becomes one. */
function refuseCredential(key: string, value: string): void {
  const kind = credentialIn(value);
  if (kind === undefined) return;
  throw new InputError(
    'labels',
    key,
    `Input "labels": the value of ${quote(key)} looks like ${kind}; labels are shown to everyone who can view the project. Remove it.`,
  );
}
