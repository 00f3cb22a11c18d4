import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  basicCredential,
  FILE_LIST_FORMATS,
  type FileListFormat,
  type FilterGroup,
  filtersFilePath,
  parseFilters,
  type UnknownBasePolicy,
} from '@mlops-actions/changes';
import { InputError, type Inputs, maskSecret, resolveInside } from '@mlops-actions/kit';
import { ACTION_OUTPUTS } from './group-outputs.ts';

export interface Config {
  groups: FilterGroup[];
  base: string | undefined;
  ref: string | undefined;
  token: string | undefined;
  listFiles: FileListFormat;
  repositoryDir: string;
  onUnknownBase: UnknownBasePolicy;
}

/** Reads and validates every input before any git or API call. */
export function readConfig(inputs: Inputs, workspace: string): Config {
  const listFiles = inputs.enumeration('list-files', FILE_LIST_FORMATS, 'none');
  const onUnknownBase = inputs.enumeration('on-unknown-base', ['all', 'fail'] as const, 'all');
  const repositoryDir = resolveInside(
    'working-directory',
    inputs.string('working-directory', { default: '.' }),
    workspace,
  );
  const groups = readFilters(inputs.requiredString('filters'), repositoryDir);
  const token = inputs.optionalString('token');
  if (token) {
    // Any token, not only the job's, and the form git sends it in.
    maskSecret(token);
    maskSecret(basicCredential(token));
  }
  return {
    groups,
    base: inputs.optionalString('base'),
    ref: inputs.optionalString('ref'),
    token,
    listFiles,
    repositoryDir,
    onUnknownBase,
  };
}

/** Inline YAML, or — one plain unquoted word such as `.github/filters.yml` — a YAML file in the repository. */
function readFilters(value: string, repositoryDir: string): FilterGroup[] {
  const options = { reservedOutputs: ACTION_OUTPUTS };
  const file = filtersFilePath(value);
  if (file === undefined) return parseFilters(value, 'input "filters"', options);
  const path = resolveInside('filters', file, repositoryDir);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(
      'filters',
      value,
      `Input "filters" names the file ${JSON.stringify(value)}, which does not exist in ${repositoryDir}; give inline YAML or the path of a YAML file.`,
    );
  }
  return parseFilters(readFileSync(path, 'utf8'), file, options);
}
