// mlops-cicd.yml's build-image and trigger-vertex, evaluated as GitHub would for different runs
// (issue 13, item 5): both routes resolve an image by digest, and only a default-branch run
// moves `latest`.
import { join } from 'node:path';
import { pullRequestEvent, pushEvent } from '@mlops-actions/testing';
import { beforeAll, describe, expect, test } from 'vitest';
import { evaluateCondition, evaluateMapping } from '../src/evaluate.ts';
import { type GitHubRun, githubContext } from '../src/github-run.ts';
import { loadWorkflow } from '../src/load-workflow.ts';
import type { WorkflowModel } from '../src/workflow-model.ts';
import { REPOSITORY_ROOT } from './workflow-fixture.ts';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const INPUTS = {
  'image-repository': 'us-docker.pkg.dev/p/r/img',
  'modules-path': 'models',
  'working-directory': '.',
  dockerfile: 'Dockerfile',
  'build-args': '',
};

function run(ref: string, event: GitHubRun['event']): GitHubRun {
  return {
    repository: 'octo-org/octo-repo',
    event,
    sha: SHA,
    ref,
    runId: '1',
    runNumber: '1',
    runAttempt: '1',
    actor: 'octocat',
    token: 'token',
    workflow: 'mlops',
    workflowRef: 'octo-org/octo-repo/.github/workflows/mlops.yml@refs/heads/main',
  };
}

/** Nothing upstream failed or was cancelled. */
const SUCCEEDING = { success: () => true, failure: () => false, cancelled: () => false };

const onMain = run('refs/heads/main', pushEvent({ before: '0'.repeat(40), after: SHA }));
const onBranch = run(
  'refs/heads/feature',
  pushEvent({ before: '0'.repeat(40), after: SHA, ref: 'refs/heads/feature' }),
);
const onPullRequest = run(
  'refs/pull/7/merge',
  pullRequestEvent({ number: 7, baseSha: '0'.repeat(40), headSha: SHA, changedFiles: 1 }),
);

describe('mlops-cicd.yml pins both routes to what build-image resolved', () => {
  let workflow: WorkflowModel;
  beforeAll(async () => {
    workflow = await loadWorkflow(join(REPOSITORY_ROOT, '.github', 'workflows', 'mlops-cicd.yml'));
  });
  const jobOf = (id: string) => {
    const found = workflow.jobs.find((job) => job.id === id);
    if (found === undefined) throw new Error(`no job ${id}`);
    return found;
  };
  const buildInputs = (github: GitHubRun, route: string) => {
    const step = jobOf('build-image').steps.find((s) => s.id === 'build');
    return evaluateMapping(step?.with, {
      contexts: { github: githubContext(github), inputs: INPUTS, needs: { changes: { outputs: { route } } } },
    });
  };
  const tags = (github: GitHubRun, route: string) =>
    (buildInputs(github, route).tags ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');

  test.each([
    ['codebase', true],
    ['modules', true],
    ['none', false],
  ])('build-image runs on the %s route: %s', (route, runs) => {
    const scope = { contexts: { needs: { changes: { outputs: { route } } } }, status: SUCCEEDING };
    expect(evaluateCondition(jobOf('build-image').if, scope)).toBe(runs);
  });

  test('the modules route reuses the image of its inputs; the codebase route builds; both leave the modules out of the hash', () => {
    expect(buildInputs(onMain, 'modules')).toMatchObject({
      'reuse-existing': 'true',
      'inputs-hash-exclude': 'models',
    });
    expect(buildInputs(onMain, 'codebase')).toMatchObject({
      'reuse-existing': 'false',
      'inputs-hash-exclude': 'models',
    });
  });

  test('only a default-branch run moves latest', () => {
    expect(tags(onMain, 'codebase')).toEqual([SHA, 'latest']);
    expect(tags(onBranch, 'codebase')).toEqual([SHA]);
    expect(tags(onPullRequest, 'codebase')).toEqual([SHA]);
  });

  test("trigger-vertex pins to build-image's image on both routes, with no :latest fallback", () => {
    const pin = jobOf('trigger-vertex').steps.find((s) => s.id === 'pin');
    const image = 'us-docker.pkg.dev/p/r/img@sha256:' + 'ab'.repeat(32);
    for (const route of ['codebase', 'modules']) {
      const needs = {
        changes: { outputs: { route } },
        'build-image': { result: 'success', outputs: { image } },
        'copy-modules': { result: route === 'modules' ? 'success' : 'skipped', outputs: {} },
        compile: { result: 'success', outputs: {} },
      };
      expect(evaluateCondition(jobOf('trigger-vertex').if, { contexts: { needs }, status: SUCCEEDING })).toBe(
        true,
      );
      expect(evaluateMapping(pin?.with, { contexts: { inputs: INPUTS, needs } }).image).toBe(image);
    }
    // Without an image (build-image did not succeed), nothing runs on :latest.
    const needs = {
      changes: { outputs: { route: 'modules' } },
      'build-image': { result: 'skipped', outputs: {} },
      'copy-modules': { result: 'success', outputs: { uri: 'gs://b/m/' } },
      compile: { result: 'success', outputs: {} },
    };
    expect(evaluateCondition(jobOf('trigger-vertex').if, { contexts: { needs }, status: SUCCEEDING })).toBe(
      false,
    );
  });
});
