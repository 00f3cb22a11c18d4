import type { ExpressionScope, ExpressionValue } from './expression.ts';
import type { JobStatus } from './types.ts';

// The `github` and `runner` properties an expression may read. Each mirrors an environment
// variable the runner sets (github.sha ↔ GITHUB_SHA), except github.token, which has none.
const GITHUB_KEYS = [
  'token',
  'workspace',
  'repository',
  'repository_owner',
  'sha',
  'ref',
  'ref_name',
  'ref_type',
  'event_name',
  'event_path',
  'server_url',
  'api_url',
  'graphql_url',
  'run_id',
  'run_number',
  'run_attempt',
  'actor',
  'triggering_actor',
  'job',
  'workflow',
  'action',
  'head_ref',
  'base_ref',
  'retention_days',
];
const RUNNER_KEYS = ['temp', 'tool_cache', 'os', 'arch', 'name', 'environment'];

/** The contexts, read from the step's runtime variables (GITHUB_*, RUNNER_*). */
export function contextsFrom(runtime: Record<string, string>, token: string): ExpressionScope['contexts'] {
  const pick = (prefix: string, keys: string[]) =>
    Object.fromEntries(keys.map((key) => [key, runtime[`${prefix}${key.toUpperCase()}`] ?? '']));
  return { github: { ...pick('GITHUB_', GITHUB_KEYS), token }, runner: pick('RUNNER_', RUNNER_KEYS) };
}

/** Input defaults may use github and runner, and no functions (hashFiles is not emulated). */
export function defaultsScope(contexts: ExpressionScope['contexts']): ExpressionScope {
  return { contexts, functions: {} };
}

/** pre-if / post-if: the status functions judge the job, not the action's own stage. */
export function conditionScope(contexts: ExpressionScope['contexts'], status: JobStatus): ExpressionScope {
  const is = (wanted: JobStatus) => (): ExpressionValue => status === wanted;
  return {
    contexts,
    functions: {
      always: () => true,
      success: is('success'),
      failure: is('failure'),
      cancelled: is('cancelled'),
    },
  };
}

/** A scope with every supported name and an empty value, for checking an action.yml before any run. */
export function validationContexts(): ExpressionScope['contexts'] {
  return contextsFrom({}, '');
}
