import { InputError, type Inputs, quote } from '@mlops-actions/kit';

export interface ReuseSettings {
  /** Globs relative to the context, left out of the inputs hash. */
  inputsHashExclude: string[];
  reuseExisting: boolean;
}

const ACCEPTED =
  'globs relative to the context, one per line (such as models or src/**/*.py; .dockerignore syntax, no "!", no "..", not absolute)';

/** `inputs-hash-exclude` and `reuse-existing`, checked before anything is read or sent. */
export function readReuseSettings(inputs: Inputs): ReuseSettings {
  const raw = inputs.string('inputs-hash-exclude');
  const inputsHashExclude = inputs.list('inputs-hash-exclude');
  for (const pattern of inputsHashExclude) {
    const problem = patternProblem(pattern);
    if (problem !== undefined) {
      throw new InputError(
        'inputs-hash-exclude',
        raw,
        `Input "inputs-hash-exclude" must be ${ACCEPTED}; got ${quote(pattern)}, which ${problem}.`,
      );
    }
  }
  return { inputsHashExclude, reuseExisting: inputs.boolean('reuse-existing', false) };
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('!')) return 'would add paths back; list only what to leave out';
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) return 'is absolute';
  if (pattern.split(/[\\/]/).includes('..')) return 'leaves the context';
  const parts = pattern.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0) return 'names the whole context, so the hash would cover no file';
  if (parts.every((part) => /^\*+$/.test(part))) return 'matches every file, so the hash would cover no file';
  return undefined;
}
