/**
 * The shapes of the proto messages the stand-in reads and writes, as @grpc/proto-loader hands them
 * over (camelCase, enums as names, int64 as strings). Only the fields the stand-in uses are typed.
 */

export interface ProtoTimestamp {
  seconds: string;
  nanos: number;
}

export interface ProtoValue {
  kind?: string;
  nullValue?: string;
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  structValue?: ProtoStruct;
  listValue?: { values?: ProtoValue[] };
}

export interface ProtoStruct {
  fields?: Record<string, ProtoValue>;
}

/** google.rpc.Status as it travels inside resources (PipelineJob.error, Operation.error). */
export interface ProtoStatus {
  code: number;
  message: string;
}

/** google.cloud.aiplatform.v1.Value: the legacy typed value of RuntimeConfig.parameters. */
export interface LegacyValue {
  value?: string;
  intValue?: string;
  doubleValue?: number;
  stringValue?: string;
}

export interface RuntimeConfig {
  parameters?: Record<string, LegacyValue>;
  gcsOutputDirectory?: string;
  parameterValues?: Record<string, ProtoValue>;
  failurePolicy?: string;
  inputArtifacts?: Record<string, unknown>;
}

export interface PipelineJobInput {
  displayName?: string;
  pipelineSpec?: ProtoStruct;
  labels?: Record<string, string>;
  runtimeConfig?: RuntimeConfig;
  [field: string]: unknown;
}

export interface BatchPredictionJobInput {
  displayName?: string;
  model?: string;
  unmanagedContainerModel?: unknown;
  inputConfig?: {
    instancesFormat?: string;
    source?: string;
    gcsSource?: { uris?: string[] };
    bigquerySource?: unknown;
  };
  instanceConfig?: {
    instanceType?: string;
    keyField?: string;
    includedFields?: string[];
    excludedFields?: string[];
  };
  modelParameters?: ProtoValue;
  outputConfig?: {
    predictionsFormat?: string;
    destination?: string;
    gcsDestination?: { outputUriPrefix?: string };
    bigqueryDestination?: unknown;
  };
  labels?: Record<string, string>;
  [field: string]: unknown;
}

export interface ModelInput {
  displayName?: string;
  description?: string;
  labels?: Record<string, string>;
  artifactUri?: string;
  containerSpec?: { imageUri?: string; [field: string]: unknown };
  versionAliases?: string[];
  versionDescription?: string;
  [field: string]: unknown;
}

export interface ListRequest {
  parent?: string;
  filter?: string;
  pageSize?: number;
  pageToken?: string;
  orderBy?: string;
}
