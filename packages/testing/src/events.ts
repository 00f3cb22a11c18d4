/** Webhook payloads shaped like GitHub's, with only the fields the actions read. */

export const REPOSITORY = {
  full_name: 'octo-org/octo-repo',
  name: 'octo-repo',
  default_branch: 'main',
  owner: { login: 'octo-org' },
};

export function pushEvent(options: { before: string; after: string; ref?: string; forced?: boolean }) {
  return {
    name: 'push',
    payload: {
      ref: options.ref ?? 'refs/heads/main',
      before: options.before,
      after: options.after,
      created: /^0+$/.test(options.before),
      deleted: /^0+$/.test(options.after),
      forced: options.forced ?? false,
      repository: REPOSITORY,
    },
  };
}

export function pullRequestEvent(options: {
  number: number;
  baseSha: string;
  headSha: string;
  changedFiles: number;
  fork?: boolean;
  name?: 'pull_request' | 'pull_request_target';
}) {
  const headRepo = options.fork ? { full_name: 'someone/octo-repo' } : { full_name: REPOSITORY.full_name };
  return {
    name: options.name ?? 'pull_request',
    payload: {
      action: 'synchronize',
      number: options.number,
      pull_request: {
        number: options.number,
        changed_files: options.changedFiles,
        base: { sha: options.baseSha, ref: 'main', repo: { full_name: REPOSITORY.full_name } },
        head: { sha: options.headSha, ref: 'feature', repo: headRepo },
      },
      repository: REPOSITORY,
    },
  };
}

export function mergeGroupEvent(baseSha: string, headSha: string) {
  return {
    name: 'merge_group',
    payload: {
      action: 'checks_requested',
      merge_group: {
        base_sha: baseSha,
        head_sha: headSha,
        base_ref: 'refs/heads/main',
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-1',
      },
      repository: REPOSITORY,
    },
  };
}

export function dispatchEvent(name: 'workflow_dispatch' | 'schedule' | 'workflow_run' = 'workflow_dispatch') {
  return { name, payload: { repository: REPOSITORY } };
}
