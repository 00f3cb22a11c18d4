export type { ChangedFile, ChangeStatus } from './changed-file.ts';
export {
  DetectError,
  type Detection,
  type DetectOptions,
  detectChanges,
  type UnknownBasePolicy,
} from './detect.ts';
export { FILE_LIST_FORMATS, type FileListFormat, formatFileList } from './file-list-format.ts';
export {
  type CompiledFilters,
  compileFilters,
  FilterError,
  type FilterGroup,
  type FilterRule,
  type GroupMatch,
  matchFiles,
  type ParseFiltersOptions,
  parseFilters,
} from './filters.ts';
export { filtersFilePath } from './filters-input.ts';
export { basicCredential, type FetchCredentials } from './git-credentials.ts';
export { type GitHubApiOptions, workflowFileFromRef } from './github-api.ts';
