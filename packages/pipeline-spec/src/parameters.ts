import { plainValue } from './constant-value.ts';
import { entriesOf, isObject, objectOrEmpty } from './json-object.ts';
import { type ParameterType, parameterTypeOf } from './parameter-types.ts';
import type { ParameterDefinition, PipelineJobFields, PipelineSpec } from './types.ts';

export interface RootParameter {
  name: string;
  type: ParameterType;
  defaultValue?: unknown;
  optional: boolean;
}

/**
 * The pipeline's own parameters (the root's inputs) with their types in 2.1.0 terms and defaults
 * as plain values. A PipelineJob's runtimeConfig, when given, supplies the defaults TFX keeps
 * there (`parameters`, 2.0.0 style) or KFP puts there (`parameterValues`), over the spec's own.
 * Parameters with an invalid type are left out; the validator reports them.
 */
export function rootParameters(spec: PipelineSpec, job?: PipelineJobFields): RootParameter[] {
  const definitions = objectOrEmpty(objectOrEmpty(objectOrEmpty(spec.root).inputDefinitions).parameters);
  const runtime = objectOrEmpty(job?.runtimeConfig);
  const values = objectOrEmpty(runtime.parameterValues);
  const legacyValues = objectOrEmpty(runtime.parameters);
  const parameters: RootParameter[] = [];
  for (const [name, definition] of entriesOf<ParameterDefinition>(definitions)) {
    const type = parameterTypeOf(definition);
    if (type === undefined) continue;
    const own = isObject(definition) ? definition : {};
    const defaultValue = Object.hasOwn(values, name)
      ? values[name]
      : Object.hasOwn(legacyValues, name)
        ? plainValue(legacyValues[name])
        : own.defaultValue === undefined
          ? undefined
          : plainValue(own.defaultValue);
    parameters.push({
      name,
      type,
      ...(defaultValue === undefined ? {} : { defaultValue }),
      optional: own.isOptional === true || defaultValue !== undefined,
    });
  }
  return parameters;
}
