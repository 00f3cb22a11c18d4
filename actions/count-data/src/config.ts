import { readFileSync } from 'node:fs';
import {
  defaultStateFolder,
  type LabelRule,
  parseClassNames,
  parseLabelFrom,
} from '@mlops-actions/data-loop';
import { formatGsUri, type GsUri, parseGsUri } from '@mlops-actions/gcs';
import {
  InputError,
  type Inputs,
  parseProjectId,
  quote,
  type RunContext,
  resolveInside,
} from '@mlops-actions/kit';
import { type DispatchConfig, readDispatchConfig } from './dispatch-config.ts';
import { escapeGlob, globSyntaxProblem } from './glob.ts';
import { UNITS, type Unit } from './units.ts';

export interface Config {
  /** A folder: its path is '' or ends with '/'. */
  source: GsUri;
  /** As given (relative to source), for messages and the manifest. */
  pattern: string;
  /** The pattern as Cloud Storage's matchGlob over full object names. */
  matchGlob: string;
  unit: Unit;
  threshold: number;
  state: GsUri;
  label: LabelRule | undefined;
  classNames: string[] | undefined;
  onCorrupt: 'fail' | 'skip';
  concurrency: number;
  dispatch: DispatchConfig | undefined;
  project: string | undefined;
}

/** Reads and validates every input before any request is made. */
export function readConfig(inputs: Inputs, context: Pick<RunContext, 'workspace' | 'ref'>): Config {
  const source = asFolder(parseGsUri(inputs.requiredString('source'), 'source'));
  const pattern = readPattern(inputs.string('pattern', { default: '**' }));
  const unit = inputs.enumeration('unit', UNITS, 'auto');
  const threshold = readThreshold(inputs.string('threshold'));
  const state = readState(inputs.optionalString('state'), source);
  const label = readLabel(inputs.optionalString('label-from'), unit);
  const classNamesValue = inputs.optionalString('class-names');
  const classNames =
    classNamesValue === undefined
      ? undefined
      : parseClassNames('class-names', classNamesValue, (path: string) =>
          readFileSync(resolveInside('class-names', path, context.workspace), 'utf8'),
        );
  return {
    source,
    pattern,
    matchGlob: escapeGlob(source.path) + pattern,
    unit,
    threshold,
    state,
    label,
    classNames,
    onCorrupt: inputs.enumeration('on-corrupt', ['fail', 'skip'] as const, 'fail'),
    concurrency: inputs.integer('concurrency', { default: 8, min: 1, max: 64 }),
    dispatch: readDispatchConfig(inputs, context),
    project: parseProjectId('project', inputs.optionalString('project')),
  };
}

/** `gs://b/data` means the folder `data/`: without the slash it would also count `data-old/…`. */
function asFolder(uri: GsUri): GsUri {
  return uri.path === '' || uri.path.endsWith('/') ? uri : { ...uri, path: `${uri.path}/` };
}

function readPattern(value: string): string {
  const problem = globSyntaxProblem(value);
  if (problem !== undefined) {
    throw new InputError(
      'pattern',
      value,
      `Input "pattern" must be a glob relative to source (\`*\` within a folder, \`**\` across folders, e.g. **/*.tfrecord.gz); got ${quote(value)}, which ${problem}.`,
    );
  }
  return value;
}

/** An integer of at least 1; said in one message for 0, -1 and words alike. */
function readThreshold(value: string): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new InputError(
      'threshold',
      value,
      `Input "threshold" must be a whole number of at least 1 (how many new objects, records or lines are enough); got ${quote(value)}.`,
    );
  }
  return number;
}

function readState(value: string | undefined, source: GsUri): GsUri {
  if (value === undefined) return defaultStateFolder(source);
  const state = asFolder(parseGsUri(value, 'state'));
  if (state.path === '') {
    throw new InputError(
      'state',
      value,
      `Input "state" must be a folder inside a bucket (gs://<bucket>/<folder>/); got ${quote(value)}, the whole bucket.`,
    );
  }
  if (state.bucket === source.bucket && source.path.startsWith(state.path)) {
    throw new InputError(
      'state',
      value,
      `Input "state" must not contain source (${formatGsUri(source)}), since the state folder is never counted; got ${quote(value)}. The default is <source>/_mlops/.`,
    );
  }
  return state;
}

function readLabel(value: string | undefined, unit: Unit): LabelRule | undefined {
  if (value === undefined) return undefined;
  const rule = parseLabelFrom('label-from', value);
  if (rule.kind === 'feature' && unit !== 'records' && unit !== 'auto') {
    throw new InputError(
      'label-from',
      value,
      `Input "label-from" names a TFRecord feature (${quote(value)}), which needs unit records or auto; unit is ${quote(unit)}. Use a regular expression over the object path instead.`,
    );
  }
  return rule;
}
