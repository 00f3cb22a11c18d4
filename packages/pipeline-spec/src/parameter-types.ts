import type { ParameterDefinition } from './types.ts';

export type ParameterType = 'STRING' | 'NUMBER_INTEGER' | 'NUMBER_DOUBLE' | 'BOOLEAN' | 'LIST' | 'STRUCT';

/** Schema 2.0.0 (TFX) `type` values and what they mean in 2.1.0 terms. */
export const LEGACY_TYPES: Readonly<Record<string, ParameterType>> = {
  STRING: 'STRING',
  INT: 'NUMBER_INTEGER',
  DOUBLE: 'NUMBER_DOUBLE',
};

/** Schema 2.1.0 (KFP 2) `parameterType` values; TASK_FINAL_STATUS is only for exit handlers. */
export const PARAMETER_TYPES: readonly string[] = [
  'STRING',
  'NUMBER_INTEGER',
  'NUMBER_DOUBLE',
  'BOOLEAN',
  'LIST',
  'STRUCT',
  'TASK_FINAL_STATUS',
];

/** The parameter's type in 2.1.0 terms, whichever style it is written in; undefined when invalid. */
export function parameterTypeOf(definition: ParameterDefinition): ParameterType | undefined {
  const { parameterType, type } = definition ?? {};
  if (typeof parameterType === 'string') {
    return PARAMETER_TYPES.includes(parameterType) && parameterType !== 'TASK_FINAL_STATUS'
      ? (parameterType as ParameterType)
      : undefined;
  }
  return typeof type === 'string' ? LEGACY_TYPES[type] : undefined;
}
