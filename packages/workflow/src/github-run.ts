// What GitHub knows about a workflow run (the `github` context) and the GITHUB_* / RUNNER_*
// variables the runner derives from it for every step.

export interface GitHubRun {
  /** owner/name */
  repository: string;
  event: { name: string; payload: Record<string, unknown> };
  sha: string;
  /** refs/heads/main */
  ref: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  actor: string;
  /** The job token: `github.token`, masked in every log. */
  token: string;
  /** Name of the workflow that was triggered (the caller, for a reusable workflow). */
  workflow: string;
  /** `owner/repo/.github/workflows/file.yml@ref` of that workflow. */
  workflowRef: string;
  serverUrl?: string;
  apiUrl?: string;
}

/** Where one job runs, like a fresh hosted runner. */
export interface JobPlace {
  /** Holds everything below; removed after the job. */
  root: string;
  jobId: string;
  workspace: string;
  temp: string;
  toolCache: string;
  eventPath: string;
}

/** The `github` context; without a place, the workflow-level view (no job, workspace or event file yet). */
export function githubContext(run: GitHubRun, place?: JobPlace): Record<string, unknown> {
  const [owner = ''] = run.repository.split('/');
  const apiUrl = run.apiUrl ?? 'https://api.github.com';
  return {
    action: '',
    actor: run.actor,
    api_url: apiUrl,
    base_ref: '',
    event: run.event.payload,
    event_name: run.event.name,
    graphql_url: `${apiUrl}/graphql`,
    head_ref: '',
    ref: run.ref,
    ref_name: refName(run.ref),
    ref_protected: false,
    ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: run.repository,
    repository_owner: owner,
    retention_days: '90',
    run_attempt: run.runAttempt,
    run_id: run.runId,
    run_number: run.runNumber,
    server_url: run.serverUrl ?? 'https://github.com',
    sha: run.sha,
    token: run.token,
    triggering_actor: run.actor,
    workflow: run.workflow,
    workflow_ref: run.workflowRef,
    workflow_sha: run.sha,
    ...(place === undefined
      ? {}
      : { job: place.jobId, event_path: place.eventPath, workspace: place.workspace }),
  };
}

export function runnerContext(place: JobPlace): Record<string, unknown> {
  return {
    arch: 'X64',
    environment: 'github-hosted',
    name: 'GitHub Actions 1',
    os: 'Linux',
    temp: place.temp,
    tool_cache: place.toolCache,
  };
}

/** The variables every step gets; the runner sets them last, so nothing overrides them. */
export function runtimeVariables(run: GitHubRun, place: JobPlace): Record<string, string> {
  const github = githubContext(run, place);
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: run.actor,
    GITHUB_API_URL: String(github.api_url),
    GITHUB_BASE_REF: '',
    GITHUB_EVENT_NAME: run.event.name,
    GITHUB_EVENT_PATH: place.eventPath,
    GITHUB_GRAPHQL_URL: String(github.graphql_url),
    GITHUB_HEAD_REF: '',
    GITHUB_JOB: place.jobId,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: refName(run.ref),
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REF_TYPE: String(github.ref_type),
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: run.runAttempt,
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_NUMBER: run.runNumber,
    GITHUB_SERVER_URL: String(github.server_url),
    GITHUB_SHA: run.sha,
    GITHUB_TRIGGERING_ACTOR: run.actor,
    GITHUB_WORKFLOW: run.workflow,
    GITHUB_WORKFLOW_REF: run.workflowRef,
    GITHUB_WORKFLOW_SHA: run.sha,
    GITHUB_WORKSPACE: place.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: place.temp,
    RUNNER_TOOL_CACHE: place.toolCache,
  };
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge');
}
