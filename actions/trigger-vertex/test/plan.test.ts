// From the inputs and the pipeline file to the create request: the job id, runtime parameters in
// the spec's schema, caching, the pipeline root, labels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePipelineFile } from '@mlops-actions/pipeline-spec';
import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config.ts';
import { derivedJobId, earlierAttemptJobIds } from '../src/job-id.ts';
import { planJob } from '../src/job-request.ts';
import { fixtures, TFX_JOB } from './harness.ts';

const context = { repository: 'octo-org/octo-repo', runId: '987654321', runAttempt: 3, sha: 'f'.repeat(40) };
const tfx = parsePipelineFile(readFileSync(TFX_JOB, 'utf8'), 'pipeline.json');
const kfp = parsePipelineFile(
  readFileSync(join(fixtures, 'training-pipeline.yaml'), 'utf8'),
  'training-pipeline.yaml',
);

function config(overrides: Partial<Config> = {}): Config {
  return {
    project: 'demo-project',
    region: 'us-central1',
    spec: { kind: 'file', path: '/w/p.json', shown: 'p.json' },
    displayName: undefined,
    jobId: undefined,
    parameters: {},
    pipelineRoot: undefined,
    serviceAccount: undefined,
    network: undefined,
    labels: {},
    enableCaching: undefined,
    encryptionKey: undefined,
    wait: true,
    timeoutMs: undefined,
    cancelOnTimeout: false,
    cancelOnWorkflowCancel: true,
    endpoint: { host: 'us-central1-aiplatform.googleapis.com', port: 443, local: false },
    ...overrides,
  };
}

describe('job ids', () => {
  it('is <pipeline>-<run id>-<attempt>, within Vertex AI’s rules', () => {
    expect(derivedJobId('img-classification', context)).toBe('img-classification-987654321-3');
    expect(derivedJobId('My_Pipeline v2!', context)).toBe('my-pipeline-v2-987654321-3');
    expect(derivedJobId('2024 model', context)).toBe('p-2024-model-987654321-3');
    const long = derivedJobId('x'.repeat(200), context);
    expect(long).toHaveLength(128);
    expect(long.endsWith('-987654321-3')).toBe(true);
    expect(derivedJobId('training', { runId: '', runAttempt: 1 }, 1, new Date('2026-03-04T05:06:07Z'))).toBe(
      'training-local-20260304050607-1',
    );
  });

  it('knows the ids of the run’s earlier attempts, newest first', () => {
    expect(earlierAttemptJobIds('training', context)).toEqual([
      'training-987654321-2',
      'training-987654321-1',
    ]);
    expect(earlierAttemptJobIds('training', { ...context, runAttempt: 1 })).toEqual([]);
  });
});

describe('planJob', () => {
  it('keeps a TFX job’s own runtime config and writes parameters in the 2.0.0 typed form', () => {
    const plan = planJob(config(), tfx, context);
    expect(plan.request).toMatchObject({
      jobId: 'img-classification-987654321-3',
      displayName: 'img-classification',
      runtimeConfig: {
        gcsOutputDirectory: 'gs://gcp-ml-172005-complete-mlops/tfx_pipeline_output/img-classification',
      },
      labels: {
        tfx_runner: 'kubeflow_v2',
        'github-repository': 'octo-org_octo-repo',
        'github-run-id': '987654321',
        'github-commit': 'f'.repeat(40),
      },
    });
    expect(plan.request.runtimeConfig.parameters).toBeUndefined();
    expect(plan.earlierJobIds).toEqual(['img-classification-987654321-2', 'img-classification-987654321-1']);
  });

  it('writes a KFP 2 pipeline’s parameters as plain values, the input over the file', () => {
    const plan = planJob(
      config({ parameters: { data_root: 'gs://b/d', epochs: 3 }, jobId: 'fixed' }),
      kfp,
      context,
    );
    expect(plan.request.runtimeConfig).toEqual({
      gcsOutputDirectory: 'gs://demo-bucket/pipeline-root',
      parameterValues: { data_root: 'gs://b/d', epochs: 3 },
    });
    expect(plan.request.jobId).toBe('fixed');
    expect(plan.earlierJobIds).toEqual([]); // an id of the user's own is never swapped for another
  });

  it('sets caching on every task when asked, and the spec hash follows', () => {
    const given = { parameters: { data_root: 'gs://b/d' } };
    const off = planJob(config({ ...given, enableCaching: false }), kfp, context).request;
    const asCompiled = planJob(config(given), kfp, context).request;
    const tasks = (
      off.pipelineSpec as { root: { dag: { tasks: Record<string, { cachingOptions: unknown }> } } }
    ).root.dag.tasks;
    expect(Object.values(tasks).map((task) => task.cachingOptions)).toEqual([
      { enableCache: false },
      { enableCache: false },
      { enableCache: false },
    ]);
    expect(off.specSha256).not.toBe(asCompiled.specSha256);
    expect(kfp.spec.root?.dag?.tasks?.train?.cachingOptions).toBeUndefined();
  });

  it('needs a pipeline root from the input, the file or the spec', () => {
    const withoutRoot = { ...kfp, spec: { ...kfp.spec, defaultPipelineRoot: undefined } };
    expect(() => planJob(config({ parameters: { data_root: 'gs://b/d' } }), withoutRoot, context)).toThrow(
      'Input "pipeline-root" is required for this pipeline: the spec has no defaultPipelineRoot and the file no runtimeConfig.gcsOutputDirectory.',
    );
    const plan = planJob(
      config({ parameters: { data_root: 'gs://b/d' }, pipelineRoot: 'gs://mine/root' }),
      withoutRoot,
      context,
    );
    expect(plan.request.runtimeConfig.gcsOutputDirectory).toBe('gs://mine/root');
  });

  it('refuses labels the action sets itself, and keys that collide once sanitised', () => {
    const given = { parameters: { data_root: 'gs://b/d' } };
    expect(() => planJob(config({ ...given, labels: { 'github-run-id': '1' } }), kfp, context)).toThrow(
      'Input "labels" may not set "github-run-id": the action sets "github-repository", "github-run-id", "github-commit", "mlops-spec-sha256", "mlops-config-sha256" itself.',
    );
    expect(() => planJob(config({ ...given, labels: { Team: 'a', team: 'b' } }), kfp, context)).toThrow(
      'Input "labels" has "Team" and "team", which both become the label "team"',
    );
  });
});
