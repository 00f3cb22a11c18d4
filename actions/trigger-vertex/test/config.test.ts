// Every input is checked before anything runs; each bad value names the input, the value and
// what is accepted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInputs } from '@mlops-actions/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';

const workspace = mkdtempSync(join(tmpdir(), 'trigger-vertex-config-'));
const runnerTemp = mkdtempSync(join(tmpdir(), 'trigger-vertex-temp-'));
writeFileSync(join(workspace, 'pipeline.json'), '{}');
writeFileSync(join(runnerTemp, 'compiled.yaml'), '{}');
afterAll(() => {
  for (const dir of [workspace, runnerTemp]) rmSync(dir, { recursive: true, force: true });
});

const valid = { project: 'demo-project', region: 'us-central1', spec: 'pipeline.json' };

function read(inputs: Record<string, string>) {
  const all: Record<string, string> = { ...valid, ...inputs };
  return readConfig(
    createInputs((name) => all[name] ?? ''),
    { workspace, runnerTemp },
  );
}

describe('readConfig', () => {
  it('reads a complete set of inputs', async () => {
    const config = await read({
      'display-name': 'nightly training',
      'job-id': 'nightly-1',
      parameters: 'epochs: 3\nuse_gpu: true',
      'pipeline-root': 'gs://demo-bucket/root',
      'service-account': 'pipelines@demo-project.iam.gserviceaccount.com',
      network: 'projects/123456789/global/networks/ml-vpc',
      labels: '{"team": "vision", "release": 2}',
      'enable-caching': 'false',
      'encryption-key': 'projects/demo-project/locations/us-central1/keyRings/ml/cryptoKeys/pipelines',
      wait: 'true',
      timeout: '2h',
      'cancel-on-timeout': 'true',
      'api-endpoint': 'private-vertex.example.com:8443',
    });
    expect(config).toMatchObject({
      spec: { kind: 'file', path: join(workspace, 'pipeline.json') },
      parameters: { epochs: 3, use_gpu: true },
      labels: { team: 'vision', release: '2' },
      enableCaching: false,
      timeoutMs: 7_200_000,
      cancelOnTimeout: true,
      cancelOnWorkflowCancel: true,
      endpoint: { host: 'private-vertex.example.com', port: 8443, local: false },
    });
  });

  it('defaults to the regional endpoint, waiting without a timeout, caching as compiled', async () => {
    expect(await read({})).toMatchObject({
      endpoint: { host: 'us-central1-aiplatform.googleapis.com', port: 443, local: false },
      wait: true,
      timeoutMs: undefined,
      enableCaching: undefined,
      cancelOnTimeout: false,
    });
  });

  it('takes a spec in the runner’s temporary folder, a gs:// URI or a template URL', async () => {
    expect((await read({ spec: join(runnerTemp, 'compiled.yaml') })).spec).toMatchObject({ kind: 'file' });
    expect((await read({ spec: 'gs://specs/training.json' })).spec).toMatchObject({
      kind: 'gcs',
      uri: { bucket: 'specs', path: 'training.json' },
    });
    expect(
      (await read({ spec: 'https://europe-west4-kfp.pkg.dev/p/repo/training/latest' })).spec,
    ).toMatchObject({
      kind: 'template',
    });
  });

  it.each([
    [
      { project: 'My Project' },
      'Input "project" must be a Google Cloud project id such as my-project; got "My Project": a project id has 6 to 30 lowercase letters, digits or hyphens, starts with a letter and does not end with a hyphen.',
    ],
    [
      { region: 'us-central1-a' },
      'Input "region" must be a Google Cloud region such as us-central1; got "us-central1-a": it is a zone; Vertex AI runs pipelines in a region (drop the last letter).',
    ],
    [{ region: '' }, 'Input "region" is required and was empty.'],
    [
      { spec: 'missing.json' },
      'Input "spec" must be a compiled pipeline (JSON or YAML): a path in the workspace, a gs:// URI, or an Artifact Registry template URL (https://<region>-kfp.pkg.dev/<project>/<repository>/<package>/<tag or version>); got "missing.json", which does not exist. Compile the pipeline in an earlier step (compile-pipeline) and pass its output path.',
    ],
    [
      { spec: '../outside.json' },
      `Input "spec" must be a relative path inside ${workspace}; got "../outside.json", which resolves outside it.`,
    ],
    [
      { spec: 'gs://UPPER/x.json' },
      'Input "spec" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "gs://UPPER/x.json", which has an invalid bucket name',
    ],
    [
      { 'job-id': 'Nightly_1' },
      'Input "job-id" must be a Vertex AI pipeline job id: a lowercase letter, then up to 127 lowercase letters, digits or "-"; got "Nightly_1".',
    ],
    [{ 'display-name': 'x'.repeat(129) }, 'Input "display-name" must be at most 128 characters; got 129.'],
    [{ parameters: '[1, 2]' }, 'Input "parameters" must be a JSON or YAML mapping; got a list.'],
    [
      { 'pipeline-root': '/tmp/root' },
      'Input "pipeline-root" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "/tmp/root", which does not start with gs://.',
    ],
    [
      { 'service-account': 'pipelines' },
      'Input "service-account" must be a service account e-mail address such as pipelines@my-project.iam.gserviceaccount.com; got "pipelines": it is not an e-mail address.',
    ],
    [
      { network: 'projects/demo-project/global/networks/vpc' },
      'Input "network" must be a VPC network such as projects/123456789/global/networks/my-vpc; got "projects/demo-project/global/networks/vpc": Vertex AI wants the project number here, not the project id.',
    ],
    [
      { labels: 'team: [a, b]' },
      'Input "labels" must be a mapping of label names to text, such as "team: vision"; the value of "team" is a list.',
    ],
    [{ 'enable-caching': 'yes' }, 'Input "enable-caching" must be true or false; got "yes".'],
    [
      { 'encryption-key': 'projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k' },
      'Input "encryption-key" must be a Cloud KMS key name such as projects/my-project/locations/us-central1/keyRings/ring/cryptoKeys/key; got "projects/p/locations/europe-west4/keyRings/r/cryptoKeys/k": the key is in europe-west4; Vertex AI needs a key in the pipeline\'s region us-central1.',
    ],
    [{ wait: 'no' }, 'Input "wait" must be true or false; got "no".'],
    [
      { timeout: '0s' },
      'Input "timeout" must be a duration greater than zero, such as 90s, 45m or 2h30m; got "0s". Leave it empty to wait as long as the job runs.',
    ],
    [{ timeout: 'soon' }, 'Input "timeout" must be a duration such as 90s, 15m, 2h or 1h30m; got "soon".'],
    [
      { 'api-endpoint': 'http://vertex.example.com' },
      'Input "api-endpoint" must be a host name with an optional port, such as europe-west4-aiplatform.googleapis.com or private.example.com:8443 (https:// in front is allowed), or 127.0.0.1:PORT for a local stand-in; got "http://vertex.example.com": plain http is allowed only for a loopback stand-in (127.0.0.1); use https.',
    ],
  ])('refuses %j', async (inputs, message) => {
    await expect(read(inputs)).rejects.toThrow(message);
  });
});
