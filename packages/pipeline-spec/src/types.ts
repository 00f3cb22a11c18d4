// The shape of a KFP PipelineSpec as compilers write it (schema 2.0.0 from TFX, 2.1.0 from KFP 2).
// Every field is optional: the document is untrusted input, and the validator reports what is
// missing rather than the type system assuming it is there.

export type JsonObject = Record<string, unknown>;

export interface PipelineSpec {
  pipelineInfo?: { name?: string; displayName?: string; description?: string };
  schemaVersion?: string;
  sdkVersion?: string;
  components?: Record<string, ComponentSpec>;
  deploymentSpec?: { executors?: Record<string, ExecutorSpec> };
  root?: ComponentSpec;
  defaultPipelineRoot?: string;
  [key: string]: unknown;
}

export interface ComponentSpec {
  executorLabel?: string;
  dag?: DagSpec;
  inputDefinitions?: InterfaceDefinitions;
  outputDefinitions?: InterfaceDefinitions;
  [key: string]: unknown;
}

export interface InterfaceDefinitions {
  parameters?: Record<string, ParameterDefinition>;
  artifacts?: Record<string, unknown>;
}

/** TFX 2.0.0 writes `type`; KFP 2.1.0 writes `parameterType`, `defaultValue`, `isOptional`. */
export interface ParameterDefinition {
  type?: string;
  parameterType?: string;
  defaultValue?: unknown;
  isOptional?: boolean;
  description?: string;
}

export interface DagSpec {
  tasks?: Record<string, TaskSpec>;
  outputs?: JsonObject;
}

export interface TaskSpec {
  taskInfo?: { name?: string };
  componentRef?: { name?: string };
  dependentTasks?: string[];
  inputs?: {
    parameters?: Record<string, JsonObject>;
    artifacts?: Record<string, JsonObject>;
  };
  [key: string]: unknown;
}

export interface ExecutorSpec {
  container?: ContainerSpec;
  importer?: JsonObject;
  resolver?: JsonObject;
  [key: string]: unknown;
}

export interface ContainerSpec {
  image?: string;
  command?: string[];
  args?: string[];
  [key: string]: unknown;
}

/** The PipelineJob fields around a spec that matter to us (Vertex's `PipelineJob` JSON). */
export interface PipelineJobFields {
  displayName?: string;
  labels?: Record<string, string>;
  runtimeConfig?: {
    gcsOutputDirectory?: string;
    /** KFP 2 style: plain JSON values. */
    parameterValues?: Record<string, unknown>;
    /** TFX / schema 2.0.0 style: `{ stringValue | intValue | doubleValue }`. */
    parameters?: Record<string, unknown>;
  };
}

export interface ParsedPipeline {
  /** The PipelineSpec itself, unwrapped from a PipelineJob when there was one. */
  spec: PipelineSpec;
  /** The PipelineJob wrapper, when the file was one. */
  job?: PipelineJobFields;
  /** The second YAML document of a KFP file (`platforms: …`), when present. */
  platformSpec?: unknown;
  format: 'json' | 'yaml';
  /** The whole parsed document (the PipelineJob, or the spec itself), for rewriting and scanning. */
  document: JsonObject;
}
