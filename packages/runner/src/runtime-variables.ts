import { basename, dirname } from 'node:path';
import type { RunnerLayout } from './runner-layout.ts';
import type { RunBuiltActionOptions } from './types.ts';

export const DEFAULT_REPOSITORY = 'octo-org/octo-repo';
const DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

/**
 * The variables the runner derives from its `github` and `runner` contexts. They are set last, so
 * GITHUB_ENV cannot override them; options.env can, since it stands in for those contexts here.
 */
export function runtimeVariables(
  options: RunBuiltActionOptions,
  layout: RunnerLayout,
  stepDebug: boolean,
): Record<string, string> {
  const given = options.env ?? {};
  const repository = given.GITHUB_REPOSITORY ?? DEFAULT_REPOSITORY;
  const ref = given.GITHUB_REF ?? 'refs/heads/main';
  const sha = given.GITHUB_SHA ?? DEFAULT_SHA;
  const actor = given.GITHUB_ACTOR ?? 'octocat';
  const vars: Record<string, string> = {
    GITHUB_ACTION: `__${basename(options.actionDir).replace(/[^A-Za-z0-9_]/g, '_')}`,
    GITHUB_ACTOR: actor,
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_BASE_REF: '',
    GITHUB_EVENT_NAME: options.event?.name ?? given.GITHUB_EVENT_NAME ?? 'push',
    GITHUB_EVENT_PATH: layout.eventPath,
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_HEAD_REF: '',
    GITHUB_JOB: 'test',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: sha,
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_WORKFLOW: 'CI',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/ci.yml@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: layout.temp,
    RUNNER_TOOL_CACHE: layout.toolCache,
    RUNNER_WORKSPACE: dirname(layout.workspace),
  };
  if (stepDebug) vars.RUNNER_DEBUG = '1';
  for (const [key, value] of Object.entries(given)) {
    if (key.startsWith('GITHUB_') || key.startsWith('RUNNER_')) vars[key] = value;
  }
  // The event written to GITHUB_EVENT_PATH and the step's cwd are ours, whatever env says.
  if (options.event !== undefined) vars.GITHUB_EVENT_NAME = options.event.name;
  vars.GITHUB_WORKSPACE = layout.workspace;
  return vars;
}
