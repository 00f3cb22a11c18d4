import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { git } from '../git.ts';
import type { Substitute } from './substitute.ts';

/**
 * actions/checkout → the same git commands it runs (init, fetch the one commit by SHA with depth
 * 1, checkout -B the branch), from the run's "GitHub" remote into the job's workspace.
 */
export const checkout: Substitute = {
  action: 'actions/checkout',
  instead: 'git fetch of the pushed commit from the throw-away repository, as checkout does it',
  short: 'local git fetch',
  permissions: { contents: 'read' },
  async run(job, inputs, log) {
    const repository = inputs.repository || job.run.repository;
    if (repository !== job.run.repository) {
      throw new Error(`only the workflow's own repository can be checked out here, not '${repository}'`);
    }
    const target = resolve(job.place.workspace, inputs.path || '.');
    const inside = relative(job.place.workspace, target);
    if (inside.startsWith('..'))
      throw new Error(`Repository path '${target}' is not under '${job.place.workspace}'`);
    const depth =
      inputs['fetch-depth'] === undefined || inputs['fetch-depth'] === '' ? 1 : Number(inputs['fetch-depth']);
    if (!Number.isInteger(depth) || depth < 0)
      throw new Error(`fetch-depth must be a whole number, not '${inputs['fetch-depth']}'`);
    const wanted = fetchTarget(inputs.ref ?? '', job.run.ref, job.run.sha);
    mkdirSync(target, { recursive: true });
    const run = async (args: string[]) => {
      log.note(`[command]/usr/bin/git ${args.join(' ')}`);
      return git(target, args);
    };
    await run(['init', '--quiet']);
    await run(['remote', 'add', 'origin', job.options.originUrl]);
    if (depth === 0) {
      // The full history: every branch and tag, as fetch-depth: 0 does.
      await run([
        'fetch',
        '--prune',
        '--quiet',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*',
      ]);
    } else {
      await run(['fetch', '--no-tags', '--prune', '--quiet', `--depth=${depth}`, 'origin', wanted.refspec]);
    }
    await run(['checkout', '--quiet', '--force', ...wanted.checkout]);
    const commit = await git(target, ['rev-parse', 'HEAD']);
    log.note(`HEAD is now at ${commit.slice(0, 7)}`);
    return { outputs: { ref: wanted.ref, commit } };
  },
};

function fetchTarget(input: string, runRef: string, runSha: string) {
  if (/^[0-9a-f]{40}$/.test(input)) {
    return { ref: input, refspec: input, checkout: ['--detach', input] };
  }
  const ref = input === '' ? runRef : input.startsWith('refs/') ? input : `refs/heads/${input}`;
  const branch = ref.replace(/^refs\/heads\//, '');
  if (!ref.startsWith('refs/heads/')) return { ref, refspec: `+${ref}:${ref}`, checkout: ['--detach', ref] };
  const source = input === '' ? runSha : ref;
  return {
    ref,
    refspec: `+${source}:refs/remotes/origin/${branch}`,
    // The run's own commit when no ref was asked for, even if the branch has moved on since.
    checkout: ['-B', branch, input === '' ? runSha : `refs/remotes/origin/${branch}`],
  };
}
