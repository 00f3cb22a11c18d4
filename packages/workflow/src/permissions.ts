// GITHUB_TOKEN permissions as GitHub resolves them: job-level, else workflow-level, else the
// repository default; a called workflow can never get more than its caller's job has.

export type Level = 'none' | 'read' | 'write';
export type Permissions = Record<string, Level>;

const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** GitHub's "restricted" default for new repositories: read contents and packages, nothing else. */
export const RESTRICTED_DEFAULT: Permissions = expand({ contents: 'read', packages: 'read' });

/** `permissions:` as written (read-all, write-all, {} or a map) → every scope with its level. */
export function expand(value: unknown): Permissions {
  const result: Permissions = {};
  if (value === 'read-all' || value === 'write-all') {
    for (const scope of SCOPES)
      result[scope] =
        scope === 'id-token' && value === 'read-all' ? 'none' : value === 'read-all' ? 'read' : 'write';
    return result;
  }
  const given = (value ?? {}) as Record<string, string>;
  for (const scope of SCOPES) {
    const level = given[scope];
    result[scope] = level === 'read' || level === 'write' ? level : 'none';
  }
  return result;
}

/** The job's permissions: its own, else the workflow's, else the caller's (called workflow) or the default. */
export function effectivePermissions(job: unknown, workflow: unknown, ceiling?: Permissions): Permissions {
  if (job !== undefined) return expand(job);
  if (workflow !== undefined) return expand(workflow);
  return ceiling ?? RESTRICTED_DEFAULT;
}

/**
 * GitHub refuses to start a called workflow whose job asks for more than the calling job has,
 * with one message per scope, e.g. "The nested job 'build' is requesting 'id-token: write', but
 * is only allowed 'id-token: none'."
 */
export function exceedingPermissions(jobId: string, requested: Permissions, ceiling: Permissions): string[] {
  return Object.entries(requested)
    .filter(([scope, level]) => RANK[level] > RANK[ceiling[scope] ?? 'none'])
    .map(
      ([scope, level]) =>
        `The nested job '${jobId}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${ceiling[scope] ?? 'none'}'.`,
    );
}

/** The scopes a need asks for that the permissions do not grant, as `id-token: write`. */
export function missingPermissions(granted: Permissions, needed: Record<string, 'read' | 'write'>): string[] {
  return Object.entries(needed)
    .filter(([scope, level]) => RANK[granted[scope] ?? 'none'] < RANK[level])
    .map(([scope, level]) => `${scope}: ${level}`);
}

/** Only the scopes granted, for display. */
export function granted(permissions: Permissions): Record<string, string> {
  return Object.fromEntries(Object.entries(permissions).filter(([, level]) => level !== 'none'));
}
