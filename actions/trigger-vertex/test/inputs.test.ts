// The built bundle's checks before anything runs — parameters against the spec, labels, missing
// credentials — and the other places a spec comes from: Cloud Storage and an Artifact Registry
// template downloaded with Workload Identity Federation credentials.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  createdJobs,
  errors,
  fixtures,
  PARENT,
  removeWorkspaces,
  type StandIns,
  startStandIns,
  trigger,
  workspaceWith,
} from './harness.ts';
import { ACCESS_TOKEN, startTemplateRegistry, type TemplateRegistry } from './template-registry.ts';

let s: StandIns;
let registry: TemplateRegistry;
beforeAll(async () => {
  [s, registry] = await Promise.all([startStandIns(), startTemplateRegistry()]);
});
afterAll(async () => {
  await Promise.all([s.stop(), registry.stop()]);
});
afterEach(removeWorkspaces);

const DECLARED =
  'declared parameters: data_root (STRING, required), epochs (NUMBER_INTEGER, default 10), learning_rate (NUMBER_DOUBLE, default 0.001), use_gpu (BOOLEAN, default false).';

describe('trigger-vertex checks before it starts anything (built bundle)', () => {
  it.each([
    [
      'an unknown parameter',
      'data_root: gs://b/d\nepoch: 3',
      `Input "parameters" sets "epoch", which pipeline "training-pipeline" does not declare; ${DECLARED}`,
    ],
    [
      'a parameter of the wrong type',
      '{"data_root": "gs://b/d", "epochs": "ten"}',
      `Input "parameters": "epochs" must be an integer (NUMBER_INTEGER); got a string of 3 characters (not shown); ${DECLARED}`,
    ],
    [
      'a missing required parameter',
      'epochs: 3',
      `Input "parameters" must set "data_root", which pipeline "training-pipeline" requires (no default); ${DECLARED}`,
    ],
  ])('refuses %s, listing the declared parameters', async (_, parameters, message) => {
    const before = createdJobs(s.vertex);
    const result = await trigger(
      { spec: 'training-pipeline.yaml', parameters },
      { vertex: s.vertex, workspace: workspaceWith('training-pipeline.yaml') },
    );
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([`trigger-vertex: ${message}`]);
    expect(createdJobs(s.vertex)).toBe(before);
  });

  it('makes labels fit Vertex AI’s rules and says what it changed', async () => {
    s.vertex.script('labelled-run', { succeedAfterPolls: 1 });
    const result = await trigger(
      {
        spec: 'training-pipeline.yaml',
        parameters: 'data_root: gs://b/d',
        'job-id': 'labelled-run',
        labels: 'Team: Vision Research\ncost_center: CC/42\nrelease: 2',
      },
      {
        vertex: s.vertex,
        workspace: workspaceWith('training-pipeline.yaml'),
        env: { GITHUB_REPOSITORY: 'Octo-Org/Vision.Models' },
      },
    );

    expect(errors(result)).toEqual([]);
    const { labels } = s.vertex.pipelineJob('labelled-run') as { labels: Record<string, string> };
    expect(labels).toMatchObject({
      team: 'vision_research',
      cost_center: 'cc_42',
      release: '2',
      'github-repository': 'octo-org_vision_models',
    });
    expect(result.log).toContain('Vertex AI label rules: label key "Team" became "team".');
    expect(result.log).toContain(
      'Vertex AI label rules: label "team": value lower-cased, 1 character replaced by "_" to fit (masked in this log, since the value given may be a secret).',
    );
  });

  it('says there are no credentials and which step provides them, without waiting for a metadata server', async () => {
    const deadPort = await freePort();
    const workspace = workspaceWith('training-pipeline.yaml');
    const inputs = { spec: 'training-pipeline.yaml', parameters: 'data_root: gs://b/d' };
    const [probed, notProbed] = await Promise.all([
      trigger(inputs, { workspace, env: { GCE_METADATA_HOST: `127.0.0.1:${deadPort}` } }),
      trigger(inputs, { workspace }),
    ]);

    for (const result of [probed, notProbed]) {
      expect(result.exitCode).toBe(1);
      expect(result.main.durationMs).toBeLessThan(5000);
      expect(errors(result)[0]).toMatch(
        /^trigger-vertex: No Google Cloud credentials: .* Authenticate in a step before this one with google-github-actions\/auth \(Workload Identity Federation/,
      );
    }
    expect(errors(notProbed)[0]).toContain(
      'GOOGLE_APPLICATION_CREDENTIALS is not set, there is no gcloud application-default login, and this runner is not a Google Cloud VM with a metadata server.',
    );
    expect(errors(probed)[0]).toContain('there is no credentials file, and no metadata server answered.');
  });

  it('refuses a template URL on any other host, since the download carries the access token', async () => {
    const result = await trigger(
      { spec: 'https://example.com/pipelines/training.yaml' },
      { vertex: s.vertex, workspace: workspaceWith() },
    );
    expect(errors(result)).toEqual([
      'trigger-vertex: Input "spec" must be a compiled pipeline (JSON or YAML): a path in the workspace, a gs:// URI, or an Artifact Registry template URL (https://<region>-kfp.pkg.dev/<project>/<repository>/<package>/<tag or version>); got "https://example.com/pipelines/training.yaml": only Artifact Registry\'s Kubeflow Pipelines hosts (<region>-kfp.pkg.dev) are accepted, since the download carries your access token.',
    ]);
  });
});

describe('trigger-vertex recognises a mistyped gs:// spec (built bundle)', () => {
  it.each([
    ['gs:/pipeline-specs/training/v3.yaml', 'starts with "gs:/" instead of "gs://"'],
    ['GS://pipeline-specs/training/v3.yaml', 'spells the scheme "GS"; it is lowercase'],
    [
      'https://storage.cloud.google.com/pipeline-specs/training/v3.yaml',
      'is the https:// address of an object on storage.cloud.google.com, not a gs:// URI',
    ],
  ])('says what %s should be instead of "does not exist"', async (spec, why) => {
    const result = await trigger({ spec }, { vertex: s.vertex, workspace: workspaceWith() });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      `trigger-vertex: Input "spec" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "${spec}", which ${why}; did you mean "gs://pipeline-specs/training/v3.yaml"?`,
    ]);
  });
});

describe('trigger-vertex reads the spec from elsewhere (built bundle)', () => {
  it('reads a gs:// spec through Cloud Storage, and returns at once with wait: false', async () => {
    s.gcs.store.createBucket('pipeline-specs');
    await s.gcs.store.write(
      'pipeline-specs',
      'training/v3.yaml',
      readFileSync(join(fixtures, 'training-pipeline.yaml')),
    );
    const result = await trigger(
      {
        spec: 'gs://pipeline-specs/training/v3.yaml',
        parameters: 'data_root: gs://b/d',
        'job-id': 'from-gcs',
        wait: 'false',
      },
      { vertex: s.vertex, workspace: workspaceWith(), env: { STORAGE_EMULATOR_HOST: s.gcs.url } },
    );

    expect(errors(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'job-id': 'from-gcs', state: 'PENDING' });
    expect(result.log).toContain('Pipeline job from-gcs is PENDING; not waiting for it (wait: false).');
    expect(result.state).toEqual({}); // nothing for the post step: the run is not this step's to cancel
  });

  it('downloads an Artifact Registry template with the Workload Identity Federation token, and links it', async () => {
    registry.templates.set(
      '/demo-project/pipelines/training-pipeline/v3',
      readFileSync(join(fixtures, 'training-pipeline.yaml'), 'utf8'),
    );
    s.vertex.script('from-template', { succeedAfterPolls: 1 });
    const credentialsDir = mkdtempSync(join(tmpdir(), 'gha-creds-'));
    onTestFinished(() => rmSync(credentialsDir, { recursive: true, force: true }));
    const credentials = registry.writeCredentials(credentialsDir);
    const url = `${registry.url}/demo-project/pipelines/training-pipeline/v3`;
    const result = await trigger(
      { spec: url, parameters: 'data_root: gs://b/d', 'job-id': 'from-template' },
      { vertex: s.vertex, workspace: workspaceWith(), env: { GOOGLE_APPLICATION_CREDENTIALS: credentials } },
    );

    expect(errors(result)).toEqual([]);
    expect(result.outputs.state).toBe('SUCCEEDED');
    expect(registry.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/token',
      'GET /demo-project/pipelines/training-pipeline/v3',
    ]);
    expect(registry.requests[1]?.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect((s.vertex.pipelineJob('from-template') as { templateUri: string }).templateUri).toBe(url);
    expect(result.outputs['job-name']).toBe(`${PARENT}/pipelineJobs/from-template`);
  });
});

/** A port nothing listens on: bound, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
