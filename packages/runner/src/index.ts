export type { ActionInput, ActionMetadata, ActionRuns } from './action-metadata.ts';
export { readActionMetadata } from './action-metadata.ts';
export { keyValuePairs, pathLines } from './file-commands.ts';
export { node24Path } from './node-path.ts';
export { runBuiltAction } from './run-built-action.ts';
export type {
  Annotation,
  JobStatus,
  RunBuiltActionOptions,
  RunResult,
  StepConclusion,
  StepName,
  StepResult,
} from './types.ts';
