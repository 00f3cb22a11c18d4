import type { protos } from '@google-cloud/aiplatform';
import { toValue } from '@google-cloud/aiplatform/build/src/helpers.js';

export type Struct = protos.google.protobuf.IStruct;
export type ProtoValue = protos.google.protobuf.IValue;

/**
 * A JSON object as the gRPC client wants a google.protobuf.Struct (`{fields: …}`). A plain object
 * is silently sent as an empty Struct, which Vertex AI then refuses ("pipeline_spec is required").
 */
export function toStruct(object: Record<string, unknown>): Struct {
  return (toValue(object) as { structValue: Struct }).structValue;
}

/** A JSON value as a google.protobuf.Value (runtimeConfig.parameterValues). */
export function toProtoValue(value: unknown): ProtoValue {
  return toValue(value as object) as ProtoValue;
}
