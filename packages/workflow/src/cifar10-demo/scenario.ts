import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pushEvent } from '@mlops-actions/testing';
import type { WorkflowEvent, WorkflowRecord } from '../records.ts';
import { runWorkflow } from '../run-workflow.ts';
import { collectEndState, type EndState } from './end-state.ts';
import { createExampleRepository } from './example-repository.ts';
import { changesFor, DEMO_PUSHES, type DemoPush } from './pushes.ts';
import { type DemoStandIns, startStandIns } from './stand-ins.ts';

export const DEMO = {
  owner: 'octo-org',
  repo: 'cifar10',
  project: 'demo-project',
  region: 'us-central1',
  bucket: 'demo-project-complete-mlops',
  modulesPrefix: 'modules/',
  imagePath: 'demo-project/pipelines/img-classification',
  baseImage: 'tensorflow/tfx:1.9.1',
} as const;

export interface PushRun {
  push: DemoPush;
  before: string;
  sha: string;
  workflow: WorkflowRecord;
}

export interface DemoHooks {
  /** The stand-ins are up; what the pushes will be given. */
  onReady?(setup: {
    standIns: DemoStandIns;
    vars: Record<string, string>;
    addedCallInputs: Record<string, string>;
  }): void;
  onPush?(push: DemoPush, index: number, sha: string): void;
  onEvent?(event: WorkflowEvent): void;
}

export interface DemoResult {
  runs: PushRun[];
  endState: EndState;
  vars: Record<string, string>;
  imageRepository: string;
}

/**
 * The code loop end to end: stand-ins up, a throw-away repository made from examples/cifar10,
 * then for each push the example's own workflow (.github/workflows/mlops.yml), which calls
 * this repository's .github/workflows/mlops-cicd.yml, interpreted job by job. Everything it
 * started is stopped and removed afterwards.
 */
export async function runCifar10Demo(
  repositoryRoot: string,
  hooks: DemoHooks = {},
  pushes = DEMO_PUSHES,
): Promise<DemoResult> {
  const standIns = await startStandIns({ ...DEMO });
  const repo = (() => {
    try {
      return createExampleRepository(join(repositoryRoot, 'examples', 'cifar10'));
    } catch (error) {
      void standIns.stop();
      throw error;
    }
  })();
  try {
    const imageRepository = `${standIns.registry.host}/${DEMO.imagePath}`;
    // Repository variables, as Settings → Variables would hold them.
    const vars = {
      GCP_PROJECT_ID: DEMO.project,
      GCP_REGION: DEMO.region,
      GCP_WORKLOAD_IDENTITY_PROVIDER:
        'projects/123456789012/locations/global/workloadIdentityPools/github/providers/octo-org',
      GCP_SERVICE_ACCOUNT: `pipelines@${DEMO.project}.iam.gserviceaccount.com`,
      PIPELINE_IMAGE_REPOSITORY: imageRepository,
    };
    // What the demo adds to the call of mlops-cicd.yml: the stand-ins' endpoints (empty in
    // production) and the Dockerfile's base image served by the local registry.
    const addedCallInputs = {
      'storage-api-endpoint': standIns.gcs.url,
      'vertex-api-endpoint': standIns.vertex.endpoint,
      'build-args': `TFX_IMAGE=${standIns.baseImage.local}`,
    };
    hooks.onReady?.({ standIns, vars, addedCallInputs });
    const runs: PushRun[] = [];
    let before = repo.head();
    for (const [index, push] of pushes.entries()) {
      const sha = repo.commit(
        changesFor(push, (path) => readFileSync(join(repo.work, path), 'utf8')),
        push.title,
      );
      repo.push('main');
      hooks.onPush?.(push, index, sha);
      const workflow = await runWorkflow({
        workflow: join(repo.work, '.github', 'workflows', 'mlops.yml'),
        actionsRoot: join(repositoryRoot, 'actions'),
        workflowsRoot: join(repositoryRoot, '.github', 'workflows'),
        originUrl: repo.originUrl,
        vars,
        addedCallInputs,
        run: {
          repository: `${DEMO.owner}/${DEMO.repo}`,
          event: pushEvent({ before, after: sha }),
          sha,
          ref: 'refs/heads/main',
          runId: String(8_100_000_000 + index),
          runNumber: String(index + 1),
          runAttempt: '1',
          actor: 'octocat',
          token: standIns.github.token,
          workflow: 'mlops',
          workflowRef: `${DEMO.owner}/${DEMO.repo}/.github/workflows/mlops.yml@refs/heads/main`,
          apiUrl: standIns.github.url,
        },
        ...(hooks.onEvent ? { onEvent: hooks.onEvent } : {}),
      });
      runs.push({ push, before, sha, workflow });
      before = sha;
    }
    const endState = await collectEndState(standIns, {
      imageRepository,
      bucket: DEMO.bucket,
      modulesPrefix: DEMO.modulesPrefix,
    });
    return { runs, endState, vars, imageRepository };
  } finally {
    repo.cleanup();
    await standIns.stop();
  }
}
