export { type CheckedWorkflow, checkWorkflowUses, type UsesProblem } from './check-uses.ts';
export type { GitHubRun } from './github-run.ts';
export { loadWorkflow, WorkflowFileError } from './load-workflow.ts';
export type { InterpreterOptions } from './options.ts';
export type {
  Conclusion,
  JobRecord,
  StepAnnotation,
  StepRecord,
  WorkflowEvent,
  WorkflowRecord,
} from './records.ts';
export { isFullSha, OWN_REPOSITORY, resolveUses, type UsesTarget } from './resolve-uses.ts';
export { type RunWorkflowOptions, runWorkflow } from './run-workflow.ts';
export { SUBSTITUTES, type Substitute } from './substitutes/index.ts';
export type { WorkflowModel } from './workflow-model.ts';
