// Generic names get a Vertex prefix here, so the package index can re-export every stand-in.
export type { ModelInfo as VertexModelInfo, Predictor as VertexPredictor } from './batch-prediction-run.ts';
export { toyPredictor as vertexToyPredictor } from './batch-prediction-run.ts';
export { type VertexClientOptions, vertexClientOptions } from './client-options.ts';
export type { CallRecord as VertexCallRecord } from './grpc-service.ts';
export type {
  Outcome as VertexOutcome,
  ScriptMatcher as VertexScriptMatcher,
  ScriptTarget as VertexScriptTarget,
} from './scripts.ts';
export { VertexStandIn, type VertexStandInOptions } from './vertex-stand-in.ts';
