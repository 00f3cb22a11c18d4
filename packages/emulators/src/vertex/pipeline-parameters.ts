import type { ParameterDefinition, ParameterKind, PipelineSpecSummary } from './pipeline-spec.ts';
import type { LegacyValue, ProtoValue, RuntimeConfig } from './proto-types.ts';
import { valueKind } from './proto-values.ts';
import { invalidArgument } from './vertex-error.ts';

/**
 * Types runtimeConfig.parameterValues (google.protobuf.Value, KFP 2.1.0) and the legacy
 * runtimeConfig.parameters (aiplatform Value with int/double/string, TFX 2.0.0) against the
 * spec's root inputDefinitions. Unknown, mistyped or missing required parameters are
 * INVALID_ARGUMENT naming the parameter.
 */
export function checkRuntimeParameters(spec: PipelineSpecSummary, config: RuntimeConfig | undefined): void {
  const given = new Set<string>();
  for (const [name, value] of Object.entries(config?.parameterValues ?? {})) {
    const definition = definitionOf(spec, name, 'parameter_values');
    const actual = valueKind(value);
    if (!acceptsValue(definition.kind, value)) throw mistyped(definition, actual, 'parameter_values');
    given.add(name);
  }
  for (const [name, value] of Object.entries(config?.parameters ?? {})) {
    const definition = definitionOf(spec, name, 'parameters');
    if (given.has(name)) {
      throw invalidArgument(
        `Runtime parameter "${name}" is given in both runtime_config.parameters and runtime_config.parameter_values.`,
        'pipeline_job.runtime_config.parameters',
      );
    }
    if (!acceptsLegacy(definition.kind, value)) throw mistyped(definition, legacyKind(value), 'parameters');
    given.add(name);
  }
  for (const definition of spec.parameters.values()) {
    if (definition.required && !given.has(definition.name)) {
      throw invalidArgument(
        `Runtime parameter "${definition.name}" is required: pipeline_spec.root.inputDefinitions gives it no ` +
          'defaultValue and runtime_config gives it no value.',
        'pipeline_job.runtime_config.parameter_values',
      );
    }
  }
}

function definitionOf(spec: PipelineSpecSummary, name: string, field: string): ParameterDefinition {
  const definition = spec.parameters.get(name);
  if (definition) return definition;
  const known = [...spec.parameters.keys()];
  throw invalidArgument(
    `Runtime parameter "${name}" is not defined in pipeline_spec.root.inputDefinitions.parameters` +
      ` (${known.length > 0 ? `defined: ${known.join(', ')}` : 'the pipeline takes no parameters'}).`,
    `pipeline_job.runtime_config.${field}`,
  );
}

function acceptsValue(kind: ParameterKind, value: ProtoValue): boolean {
  switch (kind) {
    case 'STRING':
      return value.stringValue !== undefined;
    case 'INTEGER':
      return value.numberValue !== undefined && Number.isInteger(value.numberValue);
    case 'DOUBLE':
      return value.numberValue !== undefined;
    case 'BOOLEAN':
      return value.boolValue !== undefined;
    case 'LIST':
      return value.listValue !== undefined;
    case 'STRUCT':
      return value.structValue !== undefined;
  }
}

function acceptsLegacy(kind: ParameterKind, value: LegacyValue): boolean {
  switch (kind) {
    case 'STRING':
      return value.stringValue !== undefined;
    case 'INTEGER':
      return value.intValue !== undefined;
    case 'DOUBLE':
      return value.doubleValue !== undefined || value.intValue !== undefined;
    default:
      return false; // the legacy Value has no bool, list or struct
  }
}

function legacyKind(value: LegacyValue): string {
  if (value.intValue !== undefined) return 'an intValue';
  if (value.doubleValue !== undefined) return 'a doubleValue';
  if (value.stringValue !== undefined) return 'a stringValue';
  return 'unset';
}

function mistyped(definition: ParameterDefinition, actual: string, field: string) {
  return invalidArgument(
    `Runtime parameter "${definition.name}" is declared ${definition.declared} in pipeline_spec.root.inputDefinitions ` +
      `but runtime_config.${field} gives it ${actual === 'unset' ? 'no value' : actual}.`,
    `pipeline_job.runtime_config.${field}`,
  );
}
