import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Where and why this run happens, from the runner's GITHUB_* variables. */
export interface RunContext {
  /** owner/repo */
  repository: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  refName: string;
  /** Pull requests only: the branches being merged. */
  headRef: string;
  baseRef: string;
  eventName: string;
  eventPath: string;
  /** Opaque id; a string so that it goes into names and labels verbatim. */
  runId: string;
  /** Increases on "Re-run jobs"; part of ids that must differ per attempt. */
  runAttempt: number;
  runNumber: number;
  workflow: string;
  workflowRef: string;
  job: string;
  actor: string;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  runnerTemp: string;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive integer; got ${JSON.stringify(raw)}.`);
  }
  return value;
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const slash = repository.indexOf('/');
  return {
    repository,
    owner: env.GITHUB_REPOSITORY_OWNER || (slash === -1 ? '' : repository.slice(0, slash)),
    repo: slash === -1 ? '' : repository.slice(slash + 1),
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    refName: env.GITHUB_REF_NAME ?? '',
    headRef: env.GITHUB_HEAD_REF ?? '',
    baseRef: env.GITHUB_BASE_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: positiveInteger(env, 'GITHUB_RUN_ATTEMPT', 1),
    runNumber: positiveInteger(env, 'GITHUB_RUN_NUMBER', 0),
    workflow: env.GITHUB_WORKFLOW ?? '',
    workflowRef: env.GITHUB_WORKFLOW_REF ?? '',
    job: env.GITHUB_JOB ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl: withoutTrailingSlash(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: withoutTrailingSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
  };
}

/**
 * The webhook payload of the triggering event. `{}` when there is none (local runs); a file that
 * is not a JSON object is an error, since acting on a misread event would be worse.
 */
export function readEventPayload(ctx: Pick<RunContext, 'eventPath'>): Record<string, unknown> {
  if (!ctx.eventPath) return {};
  let text: string;
  try {
    text = readFileSync(ctx.eventPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The event payload at ${ctx.eventPath} (GITHUB_EVENT_PATH) is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new Error(`The event payload at ${ctx.eventPath} (GITHUB_EVENT_PATH) is not a JSON object.`);
  }
  return payload as Record<string, unknown>;
}

/** Link to this run attempt's page. */
export function runUrl(ctx: Pick<RunContext, 'serverUrl' | 'repository' | 'runId' | 'runAttempt'>): string {
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
}
