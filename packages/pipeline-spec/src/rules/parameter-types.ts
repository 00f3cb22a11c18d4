import { isLegacyValue, plainValue } from '../constant-value.ts';
import type { Dag } from '../dag-walk.ts';
import { entriesOf, isObject, objectOrEmpty } from '../json-object.ts';
import { LEGACY_TYPES, PARAMETER_TYPES } from '../parameter-types.ts';
import type { ProblemList } from '../problems.ts';
import type { ComponentSpec, PipelineSpec } from '../types.ts';

const LEGACY_NAMES = Object.keys(LEGACY_TYPES).join(', ');

/**
 * Parameter definitions carry a valid type in either style (2.0.0 `type`, 2.1.0 `parameterType`)
 * and defaults of that type; constants given to tasks are well-formed and fit the parameter they
 * feed.
 */
export function checkParameterTypes(spec: PipelineSpec, dags: readonly Dag[], problems: ProblemList): void {
  const definitions = new Map<string, Record<string, unknown>>(); // component → its input parameters
  const sources: [(string | number)[], unknown][] = [[['root'], spec.root]];
  for (const [name, component] of entriesOf(spec.components)) sources.push([['components', name], component]);
  for (const [at, component] of sources) {
    if (!isObject(component)) continue;
    for (const side of ['inputDefinitions', 'outputDefinitions'] as const) {
      for (const [name, definition] of entriesOf(objectOrEmpty(component[side]).parameters)) {
        checkDefinition(definition, [...at, side, 'parameters', name], problems);
      }
    }
    if (at[0] === 'components') {
      definitions.set(String(at[1]), objectOrEmpty(objectOrEmpty(component.inputDefinitions).parameters));
    }
  }

  const components = objectOrEmpty<ComponentSpec>(spec.components);
  for (const dag of dags) {
    for (const [task, taskSpec] of dag.tasks) {
      if (!isObject(taskSpec)) continue;
      const ref = objectOrEmpty(taskSpec.componentRef).name;
      const inputs = typeof ref === 'string' && isObject(components[ref]) ? definitions.get(ref) : undefined;
      for (const [name, input] of entriesOf(objectOrEmpty(taskSpec.inputs).parameters)) {
        const at = [...dag.location, 'tasks', task, 'inputs', 'parameters', name];
        if (inputs !== undefined && !Object.hasOwn(inputs, name)) {
          problems.warning(
            'parameter-type',
            at,
            `component ${JSON.stringify(ref)} has no input parameter ${JSON.stringify(name)}`,
          );
        }
        const runtime = objectOrEmpty(objectOrEmpty(input).runtimeValue);
        const expected = inputs === undefined ? undefined : typeOf(inputs[name]);
        if ('constantValue' in runtime) {
          checkLegacyConstant(
            runtime.constantValue,
            [...at, 'runtimeValue', 'constantValue'],
            expected,
            problems,
          );
        } else if ('constant' in runtime && expected !== undefined) {
          const kind = kindFitting(runtime.constant, expected);
          if (kind !== undefined) {
            problems.error(
              'parameter-type',
              [...at, 'runtimeValue', 'constant'],
              `${kind} does not fit the parameter's type ${expected}`,
            );
          }
        }
      }
    }
  }
}

/** The 2.1.0 type of a definition, or undefined when it has no valid one. */
function typeOf(definition: unknown): string | undefined {
  const { parameterType, type } = objectOrEmpty(definition);
  if (typeof parameterType === 'string')
    return PARAMETER_TYPES.includes(parameterType) ? parameterType : undefined;
  return typeof type === 'string' ? LEGACY_TYPES[type] : undefined;
}

function checkDefinition(definition: unknown, at: (string | number)[], problems: ProblemList): void {
  if (!isObject(definition)) {
    problems.error('parameter-type', at, 'a parameter definition must be an object');
    return;
  }
  const { parameterType, type } = definition;
  if (parameterType !== undefined) {
    if (typeof parameterType !== 'string' || !PARAMETER_TYPES.includes(parameterType)) {
      problems.error(
        'parameter-type',
        [...at, 'parameterType'],
        `${JSON.stringify(parameterType)} is not a parameter type; expected one of ${PARAMETER_TYPES.join(', ')}`,
      );
      return;
    }
  } else if (type !== undefined) {
    if (typeof type !== 'string' || !Object.hasOwn(LEGACY_TYPES, type)) {
      problems.error(
        'parameter-type',
        [...at, 'type'],
        `${JSON.stringify(type)} is not a parameter type; expected one of ${LEGACY_NAMES}`,
      );
      return;
    }
  } else {
    problems.error(
      'parameter-type',
      at,
      `has no type: expected parameterType (${PARAMETER_TYPES.join(', ')}) or type (${LEGACY_NAMES})`,
    );
    return;
  }
  const expected = typeOf(definition) as string;
  if (definition.defaultValue !== undefined) {
    const kind = kindFitting(plainValue(definition.defaultValue), expected);
    if (kind !== undefined) {
      problems.error(
        'parameter-type',
        [...at, 'defaultValue'],
        `the default is ${kind}, which does not fit the type ${expected}`,
      );
    }
  }
}

/** Undefined when `value` fits `type`; otherwise what the value is, for the message (never the value itself). */
function kindFitting(value: unknown, type: string): string | undefined {
  const fits =
    (type === 'STRING' && typeof value === 'string') ||
    (type === 'NUMBER_INTEGER' && Number.isInteger(value)) ||
    (type === 'NUMBER_DOUBLE' && typeof value === 'number') ||
    (type === 'BOOLEAN' && typeof value === 'boolean') ||
    (type === 'LIST' && Array.isArray(value)) ||
    (type === 'STRUCT' && isObject(value)) ||
    type === 'TASK_FINAL_STATUS';
  if (fits) return undefined;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number with a fraction';
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value === 'object' ? 'object' : typeof value}`;
}

/** `{ intValue: "6" }` (an integer, as a string or a number), `{ doubleValue: 0.5 }`, `{ stringValue: "x" }`. */
function checkLegacyConstant(
  constant: unknown,
  at: (string | number)[],
  expected: string | undefined,
  problems: ProblemList,
): void {
  if (!isLegacyValue(constant)) {
    problems.error('parameter-type', at, 'must hold exactly one of intValue, doubleValue or stringValue');
    return;
  }
  const [key, value] = Object.entries(constant)[0] as [string, unknown];
  const valid =
    key === 'intValue'
      ? (typeof value === 'string' && /^-?\d+$/.test(value)) || Number.isInteger(value)
      : key === 'doubleValue'
        ? (typeof value === 'number' && Number.isFinite(value)) ||
          (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        : typeof value === 'string';
  if (!valid) {
    const what = key === 'intValue' ? 'an integer' : key === 'doubleValue' ? 'a number' : 'a string';
    problems.error('parameter-type', [...at, key], `must be ${what}`);
    return;
  }
  const implied = key === 'intValue' ? 'NUMBER_INTEGER' : key === 'doubleValue' ? 'NUMBER_DOUBLE' : 'STRING';
  // An integer constant may feed a double parameter; anything else must match.
  if (
    expected !== undefined &&
    implied !== expected &&
    !(implied === 'NUMBER_INTEGER' && expected === 'NUMBER_DOUBLE')
  ) {
    problems.error(
      'parameter-type',
      [...at, key],
      `a ${key} constant does not fit the parameter's type ${expected}`,
    );
  }
}
