import { InputError, quote, resolveInside } from '@mlops-actions/kit';

export interface SpecPattern {
  /** As given: a path or a glob relative to working-directory. */
  value: string;
  isGlob: boolean;
}

const GLOB_CHARACTERS = /[*?[\]{}]/;

/** The `spec` input: a relative path or glob that stays inside working-directory. */
export function readSpecPattern(value: string, workingDirectory: string): SpecPattern {
  if (/[\r\n]/.test(value)) {
    throw new InputError('spec', value, `Input "spec" must be one path or glob; got ${quote(value)}.`);
  }
  const isGlob = GLOB_CHARACTERS.test(value);
  if (!isGlob) {
    resolveInside('spec', value, workingDirectory);
  } else if (value.startsWith('/') || value.split('/').includes('..')) {
    throw new InputError(
      'spec',
      value,
      `Input "spec" must be a path or glob relative to working-directory that stays inside it; got ${quote(value)}.`,
    );
  }
  return { value, isGlob };
}
