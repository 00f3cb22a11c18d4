// The built bundle with builder cloud-build, against the Cloud Build and Cloud Storage stand-ins
// (the real @google-cloud/cloudbuild and @google-cloud/storage clients inside the action).
import { CloudBuildStandIn, GcsStandIn } from '@mlops-actions/emulators';
import { runBuiltAction } from '@mlops-actions/runner';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pipelineProject, removeWorkspaces } from './workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;
const PROJECT = 'my-project';
const IMAGE = `us-docker.pkg.dev/${PROJECT}/my-repo/pipeline`;
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const dockerfile =
  'FROM tensorflow/tfx:1.9.0\nWORKDIR /pipeline\nCOPY ./ ./\nRUN pip install -r requirements.txt\n';

afterEach(removeWorkspaces);

describe('build-image with builder cloud-build (built bundle on Node 24)', () => {
  let gcs: GcsStandIn;
  let cloudBuild: CloudBuildStandIn;
  beforeAll(async () => {
    gcs = await new GcsStandIn({ projectId: PROJECT }).start();
    gcs.store.createBucket(`${PROJECT}_cloudbuild`);
    gcs.store.createBucket(`${PROJECT}_cloudbuild-logs`);
    cloudBuild = await new CloudBuildStandIn({ store: gcs.store }).start();
  });
  afterAll(async () => {
    await cloudBuild?.stop();
    await gcs?.stop();
  });

  const run = (workspace: string, inputs: Record<string, string> = {}) =>
    runBuiltAction({
      actionDir,
      workspace,
      inputs: { builder: 'cloud-build', image: IMAGE, context: 'pipeline', ...inputs },
      env: {
        GITHUB_SHA: SHA,
        GITHUB_REPOSITORY: 'octo-org/pipelines',
        GITHUB_RUN_ID: '4242',
        ...gcs.environment(),
        ...cloudBuild.environment(),
      },
    });

  const project = () =>
    pipelineProject(dockerfile, {
      'pipeline/.gitignore': '*.tfrecord\n',
      'pipeline/data/train.tfrecord': "not uploaded: .gitignore, through gcloud's default .gcloudignore\n",
      'pipeline/.git/HEAD': 'ref: refs/heads/main\n',
    });

  it('uploads the filtered context, creates the build, streams its log, and outputs the digest from its results', async () => {
    const result = await run(project(), { 'build-args': 'TFX_VERSION=1.9.0' });

    expect(result.main.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [record] = [...cloudBuild.builds.all.values()];
    const build = cloudBuild.build(record?.id ?? '') as {
      results: { images: { name: string; digest: string }[] };
      steps: { name: string; args: string[] }[];
      tags: string[];
      source: { storageSource: { bucket: string; object: string } };
    };
    const digest = build.results.images[0]?.digest ?? '';
    const inputsTag = `inputs-${result.outputs['inputs-hash']}`;
    expect(result.outputs).toEqual({
      image: `${IMAGE}@${digest}`,
      digest,
      'config-digest': '',
      tags: JSON.stringify([SHA, inputsTag]),
      builder: 'cloud-build',
      'inputs-hash': expect.stringMatching(/^[0-9a-f]{64}$/),
      reused: 'false',
    });
    expect(build.results.images.map((i) => i.name)).toEqual([`${IMAGE}:${SHA}`, `${IMAGE}:${inputsTag}`]);
    expect(build.tags).toEqual(['build-image', 'run-4242-1']);
    expect(build.steps[0]?.args).toEqual([
      'build',
      '--platform',
      'linux/amd64',
      '--file',
      'Dockerfile',
      '--tag',
      `${IMAGE}:${SHA}`,
      '--tag',
      `${IMAGE}:${inputsTag}`,
      '--build-arg',
      'TFX_VERSION=1.9.0',
      '--label',
      'org.opencontainers.image.source=https://github.com/octo-org/pipelines',
      '--label',
      `org.opencontainers.image.revision=${SHA}`,
      '.',
    ]);
    expect(build.source.storageSource.bucket).toBe(`${PROJECT}_cloudbuild`);
    expect(build.source.storageSource.object).toMatch(/^source\/[a-f0-9]{64}\.tgz$/);
    // .dockerignore left out the tests, gcloud's default left out .git and what .gitignore lists.
    expect(cloudBuild.sourceFiles(record?.id ?? '')).toEqual([
      '.dockerignore',
      'Dockerfile',
      'kubeflow_runner.py',
      'models/model.py',
      'pipeline/configs.py',
      'pipeline/pipeline.py',
      'requirements.txt',
    ]);
    // The build's log, read from the logs bucket while it ran.
    expect(result.log).toContain('Step #0: Step 4/4 : RUN pip install -r requirements.txt');
    expect(result.log).toContain(`Step #0: Successfully tagged ${IMAGE}:${SHA}`);
    expect(result.log).toMatch(
      /Context: 7 files, \d+ bytes \(filtered by gcloud's default with pipeline\/\.gitignore and \.dockerignore\); uploaded to gs:\/\/my-project_cloudbuild\/source\//,
    );
    expect(result.summary).toContain('### ✅ Image pushed with cloud\\-build');
    expect(result.summary).toContain(
      `| Cloud Build | [${record?.id.replace(/-/g, '\\-')}](https://console.cloud.google.com/cloud-build/builds;region=global/${record?.id}?project=my-project) |`,
    );

    // The same context again is not uploaded again.
    const again = await run(project());
    expect(again.log).toContain('already at gs://my-project_cloudbuild/source/');
    expect(again.outputs.digest).toBe(digest);
  });

  it('never uploads the credentials file in the source archive, whatever .gcloudignore and .dockerignore say', async () => {
    const workspace = pipelineProject(dockerfile, {
      'pipeline/.gcloudignore': '.git\n!gha-creds-*.json\n',
      'pipeline/.dockerignore': '**/*_test.py\n!gha-creds-*.json\n',
      'pipeline/gha-creds-abc.json': '{"type":"external_account","audience":"//iam.googleapis.com/secret"}',
    });
    const result = await runBuiltAction({
      actionDir,
      workspace,
      inputs: { builder: 'cloud-build', image: IMAGE, context: 'pipeline' },
      env: {
        GITHUB_SHA: SHA,
        GOOGLE_APPLICATION_CREDENTIALS: `${workspace}/pipeline/gha-creds-abc.json`,
        ...gcs.environment(),
        ...cloudBuild.environment(),
      },
    });

    expect(result.exitCode).toBe(0);
    const id = [...cloudBuild.builds.all.values()].at(-1)?.id ?? '';
    const sent = cloudBuild.sourceFiles(id) ?? [];
    expect(sent).toContain('kubeflow_runner.py');
    expect(sent.filter((path) => path.includes('gha-creds'))).toEqual([]);
    expect(result.log).toContain(
      'Left out gha-creds-abc.json: it holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace), which are never sent, whatever the ignore files say.',
    );
    expect(result.log).not.toContain('external_account');
  });

  it('cancels the Cloud Build build when the workflow is cancelled', async () => {
    const stuck = await new CloudBuildStandIn({ store: gcs.store, advanceOnPoll: false }).start();
    try {
      const result = await runBuiltAction({
        actionDir,
        workspace: project(),
        inputs: { builder: 'cloud-build', image: IMAGE, context: 'pipeline' },
        env: { GITHUB_SHA: SHA, ...gcs.environment(), ...stuck.environment() },
        cancelAfterMs: 1500,
      });
      const [record] = [...stuck.builds.all.values()];
      expect(record?.status).toBe('CANCELLED');
      expect(result.exitCode).toBe(1);
      expect(result.annotations.map((a) => a.message)).toContainEqual(
        `build-image: The step was cancelled; Cloud Build ${record?.id} was asked to cancel too.`,
      );
    } finally {
      await stuck.stop();
    }
  });

  it('fails with the failing step and where the log is when the build fails', async () => {
    cloudBuild.script({
      status: 'FAILURE',
      failAtStep: 0,
      message: 'The command returned a non-zero code: 1',
    });
    try {
      const result = await run(project());
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toEqual({});
      const message = result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '';
      expect(message).toMatch(
        /^build-image: Cloud Build [0-9a-f-]{36} ended FAILURE: Build step failure: build step 0 "gcr.io\/cloud-builders\/docker" failed: The command returned a non-zero code: 1\. Log: https:\/\/console\.cloud\.google\.com\/cloud-build\/builds/,
      );
      expect(result.log).toContain('ERROR: build step 0 "gcr.io/cloud-builders/docker" failed');
    } finally {
      cloudBuild.script({ status: 'SUCCESS' });
    }
  });

  it('names the auth step and the roles when Cloud Build refuses to create the build (403)', async () => {
    // CreateBuild (the first POST to the builds collection) answered as Cloud Build answers it.
    cloudBuild.faults.add({
      method: 'POST',
      route: `/v1/projects/${PROJECT}/builds`,
      action: { kind: 'status', status: 403 },
    });
    const result = await run(project());
    expect(result.exitCode).toBe(1);
    expect(cloudBuild.faults.injected).toHaveLength(1);
    expect(result.outputs).toEqual({});
    const message = result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '';
    expect(message).toMatch(
      /^build-image: Cloud Build refused to create the build in project my-project: .*The caller does not have permission/,
    );
    expect(message).toContain(
      'The service account in use needs the Cloud Build Editor role (roles/cloudbuild.builds.editor) on the project',
    );
    expect(message).toContain('source-staging-dir');
  });
});
