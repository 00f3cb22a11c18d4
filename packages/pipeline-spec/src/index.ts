export { canonicalJson, normalise } from './canonical-json.ts';
export { isLegacyValue, plainValue } from './constant-value.ts';
export { type CredentialFinding, findCredentials } from './credential-scan.ts';
export { CREDENTIAL_KINDS, credentialIn, redactCredentials } from './credentials.ts';
export { type Dag, walkDags } from './dag-walk.ts';
export { type DiffOptions, diffSpecs, hasChanges, type SpecDiff, taskKey } from './diff.ts';
export { type ExecutorInfo, executorOf } from './executors.ts';
export {
  canonicalImageName,
  type ImageReference,
  isImageProblem,
  isPlaceholderImage,
  parseImageReference,
} from './image-reference.ts';
export {
  type ImageChange,
  type ImageMention,
  type ImagePin,
  listImageMentions,
  listImages,
  type PinResult,
  pinImages,
  type UnpinnedMention,
} from './images.ts';
export { jsonPath } from './json-path.ts';
export { type MermaidOptions, renderMermaid } from './mermaid.ts';
export { LEGACY_TYPES, PARAMETER_TYPES, type ParameterType, parameterTypeOf } from './parameter-types.ts';
export { type RootParameter, rootParameters } from './parameters.ts';
export { parsePipelineFile } from './parse.ts';
export { pipelineName } from './pipeline-name.ts';
export { PipelineSpecError } from './pipeline-spec-error.ts';
export { locateProblems, type Position } from './problem-positions.ts';
export { formatProblem, type ProblemScope, type Severity, type SpecProblem } from './problems.ts';
export { redactedCopy } from './redacted-copy.ts';
export { SUPPORTED_SCHEMA_VERSIONS } from './rules/structure.ts';
export { serialisePipeline } from './serialise.ts';
export { specSha256 } from './spec-hash.ts';
export { listTasks, type TaskSummary } from './tasks.ts';
export type {
  ComponentSpec,
  ContainerSpec,
  DagSpec,
  ExecutorSpec,
  JsonObject,
  ParameterDefinition,
  ParsedPipeline,
  PipelineJobFields,
  PipelineSpec,
  TaskSpec,
} from './types.ts';
export { validatePipeline, validateSpec } from './validate.ts';
