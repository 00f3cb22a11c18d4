import { InputError, quote } from '@mlops-actions/kit';
import type { RootParameter } from '@mlops-actions/pipeline-spec';
import type { LegacyParameterValue } from '@mlops-actions/vertex';

type ParameterType = RootParameter['type'];

const TYPE_WORDS: Record<ParameterType, string> = {
  STRING: 'a string',
  NUMBER_INTEGER: 'an integer',
  NUMBER_DOUBLE: 'a number',
  BOOLEAN: 'true or false',
  LIST: 'a list',
  STRUCT: 'a mapping',
};

function fits(type: ParameterType, value: unknown): boolean {
  switch (type) {
    case 'STRING':
      return typeof value === 'string';
    case 'NUMBER_INTEGER':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'NUMBER_DOUBLE':
      return typeof value === 'number' && Number.isFinite(value);
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'LIST':
      return Array.isArray(value);
    case 'STRUCT':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}

/**
 * What was given, without the value: parameters carry passwords and tokens as often as numbers,
 * and a quoted piece of a secret would slip past the runner's masking.
 */
function described(value: unknown): string {
  return typeof value === 'string'
    ? `a string of ${[...value].length} ${[...value].length === 1 ? 'character' : 'characters'} (not shown)`
    : kindOf(value);
}

/** `epochs (NUMBER_INTEGER, default 10), data_root (STRING, required)` */
export function declaredParameters(parameters: readonly RootParameter[]): string {
  if (parameters.length === 0) return 'the pipeline declares no parameters';
  const described = parameters.map((p) => {
    const extra =
      p.defaultValue !== undefined
        ? `default ${JSON.stringify(p.defaultValue)}`
        : p.optional
          ? 'optional'
          : 'required';
    return `${p.name} (${p.type}, ${extra})`;
  });
  return `declared parameters: ${described.join(', ')}`;
}

/**
 * Checks the parameters input against the pipeline's root parameters: every name declared, every
 * value of the declared type, every required parameter given. Each problem names the parameter,
 * the value and the type, and lists what the pipeline declares.
 */
export function checkParameters(
  given: Record<string, unknown>,
  declared: readonly RootParameter[],
  pipeline: string,
): void {
  const byName = new Map(declared.map((p) => [p.name, p]));
  const listing = `; ${declaredParameters(declared)}.`;
  for (const [name, value] of Object.entries(given)) {
    const parameter = byName.get(name);
    if (parameter === undefined) {
      throw new InputError(
        'parameters',
        name,
        `Input "parameters" sets ${quote(name)}, which pipeline ${quote(pipeline)} does not declare${listing}`,
      );
    }
    if (!fits(parameter.type, value)) {
      throw new InputError(
        'parameters',
        name,
        `Input "parameters": ${quote(name)} must be ${TYPE_WORDS[parameter.type]} (${parameter.type}); got ${described(value)}${listing}`,
      );
    }
  }
  const missing = declared.filter((p) => !p.optional && !Object.hasOwn(given, p.name));
  if (missing.length > 0) {
    throw new InputError(
      'parameters',
      missing.map((p) => p.name).join(', '),
      `Input "parameters" must set ${missing.map((p) => quote(p.name)).join(', ')}, which pipeline ${quote(pipeline)} requires (no default)${listing}`,
    );
  }
}

/** A value in schema 2.0.0's typed form, by the parameter's declared type. */
export function legacyValue(type: ParameterType, value: unknown): LegacyParameterValue {
  if (type === 'NUMBER_INTEGER') return { intValue: value as number };
  if (type === 'NUMBER_DOUBLE') return { doubleValue: value as number };
  return { stringValue: typeof value === 'string' ? value : JSON.stringify(value) };
}
