export { type FieldError as GitHubFieldError, GitHubError } from './errors.ts';
export type {
  AssetRecord,
  CommitSeed,
  CompareRecord,
  DispatchRecord,
  FileSeed,
  FileStatus,
  GitHubLoggedRequest,
  ReleaseRecord,
  RunConclusion,
  RunRecord,
  RunStatus,
  WorkflowInput,
  WorkflowRecord,
} from './model.ts';
export type { CompareOptions, GitHubRepository, ReleaseSeed, RunSeed, WorkflowSeed } from './repository.ts';
export { githubAssetName } from './routes/assets.ts';
export { PULL_FILES_LIMIT } from './routes/pulls.ts';
export { GitHubStandIn, type GitHubStandInOptions } from './stand-in.ts';
