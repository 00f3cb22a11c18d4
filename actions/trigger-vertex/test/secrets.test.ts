// Secrets through the built bundle, run like the GitHub runner runs it (packages/runner registers
// the `${{ secrets.* }}` values and masks exactly those strings): no value that could be a secret is
// echoed, no derived form of one (lower-cased, sanitised) slips past the masking, and a job that
// would carry a credential is never submitted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from '@mlops-actions/runner';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createdJobs,
  errors,
  fixtures,
  removeWorkspaces,
  type StandIns,
  startStandIns,
  trigger,
  workspaceWith,
} from './harness.ts';

let s: StandIns;
beforeAll(async () => {
  s = await startStandIns();
});
afterAll(() => s.stop());
afterEach(removeWorkspaces);

/** A password-like secret no credential pattern knows: only the runner's masking protects it. */
const PASSWORD = 'Zq7-Label-Secret-Value';
/** Shaped like a GitHub personal access token (ghp_ and 36 letters and digits). */
const GITHUB_TOKEN = `ghp_${'aB3'.repeat(12)}`;

/** Everything a person sees of the step: the log, the annotations and the job summary. */
function shown(result: RunResult): string {
  return [result.log, result.summary, ...result.annotations.map((a) => a.message)].join('\n');
}

/** The secret appears nowhere, in no case-folded form (GitHub's masking matches exact strings only). */
function expectNowhere(result: RunResult, secret: string): void {
  expect(shown(result).toLowerCase()).not.toContain(secret.toLowerCase());
}

const SPEC = 'training-pipeline.yaml';

describe('trigger-vertex never shows a secret (built bundle, runner masking)', () => {
  it('masks the lower-cased form of a label value it had to change, and never prints the value', async () => {
    s.vertex.script('secret-label-run', { succeedAfterPolls: 1 });
    const result = await trigger(
      {
        spec: SPEC,
        parameters: 'data_root: gs://b/d',
        'job-id': 'secret-label-run',
        labels: `db_password: ${PASSWORD}`,
      },
      { vertex: s.vertex, workspace: workspaceWith(SPEC), secrets: [PASSWORD] },
    );

    expect(errors(result)).toEqual([]);
    const { labels } = s.vertex.pipelineJob('secret-label-run') as { labels: Record<string, string> };
    expect(labels.db_password).toBe(PASSWORD.toLowerCase());
    expectNowhere(result, PASSWORD);
    expect(result.masks).toContain(PASSWORD.toLowerCase());
    expect(result.log).toContain(
      'Vertex AI label rules: label "db_password": value lower-cased to fit (masked in this log, since the value given may be a secret).',
    );
  });

  it('names the line and column of a bad parameters input, not the line', async () => {
    const result = await trigger(
      { spec: SPEC, parameters: `data_root: gs://b/d\nepochs: "${PASSWORD}` },
      { vertex: s.vertex, workspace: workspaceWith(SPEC), secrets: [PASSWORD] },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      'trigger-vertex: Input "parameters" must be a JSON or YAML mapping; Missing closing "quote at line 2, column 32 (the line is not shown, as it may hold a secret).',
    ]);
    expect(shown(result)).not.toContain('***');
    expectNowhere(result, PASSWORD);
  });

  it('says a parameter has the wrong type without echoing its value', async () => {
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: SPEC, parameters: `data_root: gs://b/d\nepochs: ${PASSWORD}` },
      { vertex: s.vertex, workspace: workspaceWith(SPEC), secrets: [PASSWORD] },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toMatch(
      /^trigger-vertex: Input "parameters": "epochs" must be an integer \(NUMBER_INTEGER\); got a string of 22 characters \(not shown\); declared parameters: /,
    );
    expect(shown(result)).not.toContain('***');
    expectNowhere(result, PASSWORD);
    expect(createdJobs(s.vertex)).toBe(before);
  });
});

describe('trigger-vertex refuses a job that carries a credential (built bundle)', () => {
  it('refuses a token in the parameters, naming where it sits, and submits nothing', async () => {
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: SPEC, parameters: `data_root: ${GITHUB_TOKEN}` },
      { vertex: s.vertex, workspace: workspaceWith(SPEC), secrets: [GITHUB_TOKEN] },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      "trigger-vertex: The pipeline job would carry what looks like a GitHub token at runtimeConfig.parameterValues.data_root; Vertex AI shows a job's spec, parameters and labels to everyone who can view the project. Remove it and pass it at run time (for example from Secret Manager). Nothing was submitted.",
    ]);
    expectNowhere(result, GITHUB_TOKEN);
    expect(createdJobs(s.vertex)).toBe(before);
  });

  it('refuses a spec read from gs:// that carries a token, and submits nothing', async () => {
    s.gcs.store.createBucket('leaky-specs');
    const text = readFileSync(join(fixtures, SPEC), 'utf8').replace(
      'command: [python, -m, trainer.train]',
      `command: [python, -m, trainer.train, --hub-token, ${GITHUB_TOKEN}]`,
    );
    await s.gcs.store.write('leaky-specs', 'training.yaml', Buffer.from(text));
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: 'gs://leaky-specs/training.yaml', parameters: 'data_root: gs://b/d' },
      { vertex: s.vertex, workspace: workspaceWith(), env: { STORAGE_EMULATOR_HOST: s.gcs.url } },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toContain(
      'looks like a GitHub token at pipelineSpec.deploymentSpec.executors.exec-train.container.command[4];',
    );
    expectNowhere(result, GITHUB_TOKEN);
    expect(createdJobs(s.vertex)).toBe(before);
  });

  it('refuses a token in a local spec file too', async () => {
    const workspace = workspaceWith(SPEC);
    const path = join(workspace, SPEC);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        'name: training-pipeline',
        `name: training-pipeline\n  description: ${GITHUB_TOKEN}`,
      ),
    );
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: SPEC, parameters: 'data_root: gs://b/d' },
      { vertex: s.vertex, workspace },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toContain(
      'looks like a GitHub token at pipelineSpec.pipelineInfo.description;',
    );
    expectNowhere(result, GITHUB_TOKEN);
    expect(createdJobs(s.vertex)).toBe(before);
  });

  it('refuses a label value that looks like a credential, naming the label', async () => {
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: SPEC, parameters: 'data_root: gs://b/d', labels: `hub: ${GITHUB_TOKEN}` },
      { vertex: s.vertex, workspace: workspaceWith(SPEC), secrets: [GITHUB_TOKEN] },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      'trigger-vertex: Input "labels": the value of "hub" looks like a GitHub token; labels are shown to everyone who can view the project. Remove it.',
    ]);
    expectNowhere(result, GITHUB_TOKEN);
    expect(createdJobs(s.vertex)).toBe(before);
  });
});
