import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FileChanges, pushEvent, RepoFixture } from '@mlops-actions/testing';
import type { GitHubRun } from '../src/github-run.ts';
import type { WorkflowRecord } from '../src/records.ts';
import { type RunWorkflowOptions, runWorkflow } from '../src/run-workflow.ts';

export const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');
export const ACTIONS_ROOT = join(REPOSITORY_ROOT, 'actions');

/** Pinned the way the hardening guide asks, so that the uses check has nothing to say. */
export const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683';

export interface InlineRun {
  record: WorkflowRecord;
  /** Workflow files written beside the main one, by name (for reusable-workflow calls). */
  dir: string;
}

/**
 * Runs workflow YAML (and optional sibling workflows, reachable as our own reusable workflows)
 * for a push of `files` to a throw-away repository.
 */
export async function runInline(
  yaml: string,
  options: {
    files?: FileChanges;
    siblings?: Record<string, string>;
    extra?: Partial<RunWorkflowOptions>;
  } = {},
): Promise<InlineRun> {
  const repo = new RepoFixture();
  const dir = mkdtempSync(join(tmpdir(), 'mlops-workflow-test-'));
  try {
    const before = repo.commit({ 'README.md': 'first\n' });
    const sha = repo.commit(options.files ?? { 'a.txt': 'a\n' });
    repo.push('main');
    writeFileSync(join(dir, 'workflow.yml'), yaml);
    for (const [name, text] of Object.entries(options.siblings ?? {})) writeFileSync(join(dir, name), text);
    const run: GitHubRun = {
      repository: 'octo-org/octo-repo',
      event: pushEvent({ before, after: sha }),
      sha,
      ref: 'refs/heads/main',
      runId: '4242',
      runNumber: '7',
      runAttempt: '1',
      actor: 'octocat',
      token: 'ghs_job_token_for_tests',
      workflow: 'test',
      workflowRef: 'octo-org/octo-repo/.github/workflows/workflow.yml@refs/heads/main',
    };
    const record = await runWorkflow({
      workflow: join(dir, 'workflow.yml'),
      actionsRoot: ACTIONS_ROOT,
      workflowsRoot: dir,
      originUrl: repo.originUrl,
      run,
      ...options.extra,
    });
    return { record, dir };
  } finally {
    repo.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function job(record: WorkflowRecord, id: string) {
  const found = record.jobs.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no job ${id} in ${record.jobs.map((j) => j.id).join(', ')}`);
  return found;
}
