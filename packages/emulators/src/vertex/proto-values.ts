import type { ProtoStruct, ProtoTimestamp, ProtoValue } from './proto-types.ts';

/** Plain JSON, as a google.protobuf.Struct or Value means it. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** google.protobuf.Struct (as the wire hands it over) → a plain JSON object. */
export function structToJson(struct: ProtoStruct | undefined): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(struct?.fields ?? {})) out[key] = valueToJson(value);
  return out;
}

/** google.protobuf.Value → plain JSON; an unset Value reads as null. */
export function valueToJson(value: ProtoValue | undefined): Json {
  if (!value) return null;
  if (value.structValue !== undefined) return structToJson(value.structValue);
  if (value.listValue !== undefined) return (value.listValue.values ?? []).map(valueToJson);
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.numberValue !== undefined) return value.numberValue;
  if (value.boolValue !== undefined) return value.boolValue;
  return null;
}

/** Which kind of google.protobuf.Value this is, in the words an error message should use. */
export function valueKind(value: ProtoValue | undefined): string {
  if (!value) return 'unset';
  if (value.structValue !== undefined) return 'a struct';
  if (value.listValue !== undefined) return 'a list';
  if (value.stringValue !== undefined) return 'a string';
  if (value.numberValue !== undefined) return 'a number';
  if (value.boolValue !== undefined) return 'a boolean';
  if (value.nullValue !== undefined) return 'null';
  return 'unset';
}

export function jsonToStruct(object: JsonObject): ProtoStruct {
  const fields: Record<string, ProtoValue> = {};
  for (const [key, value] of Object.entries(object)) fields[key] = jsonToValue(value);
  return { fields };
}

export function jsonToValue(value: Json): ProtoValue {
  if (value === null) return { nullValue: 'NULL_VALUE' };
  if (Array.isArray(value)) return { listValue: { values: value.map(jsonToValue) } };
  switch (typeof value) {
    case 'string':
      return { stringValue: value };
    case 'number':
      return { numberValue: value };
    case 'boolean':
      return { boolValue: value };
    default:
      return { structValue: jsonToStruct(value) };
  }
}

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toTimestamp(date: Date): ProtoTimestamp {
  const ms = date.getTime();
  return { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 };
}
