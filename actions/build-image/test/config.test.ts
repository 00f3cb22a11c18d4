import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGsUri } from '@mlops-actions/gcs';
import { createInputs, readRunContext } from '@mlops-actions/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { removeWorkspaces, workspaceWith } from './workspace.ts';

afterEach(removeWorkspaces);

const SHA = '0123456789abcdef0123456789abcdef01234567';

function configWith(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const workspace = workspaceWith({
    'app/Dockerfile': 'FROM scratch\n',
    'Dockerfile.other': 'FROM scratch\n',
  });
  mkdirSync(join(workspace, 'empty'));
  writeFileSync(join(workspace, 'file.txt'), 'x');
  const context = readRunContext({ GITHUB_WORKSPACE: workspace, GITHUB_SHA: SHA, ...env });
  const all: Record<string, string> = {
    image: 'us-docker.pkg.dev/my-project/my-repo/pipeline',
    context: 'app',
    ...inputs,
  };
  return {
    config: () =>
      readConfig(
        createInputs((name) => all[name] ?? ''),
        context,
        parseGsUri,
        env,
      ),
    workspace,
  };
}

const error = (inputs: Record<string, string>, env: Record<string, string> = {}) => {
  try {
    configWith(inputs, env).config();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('build-image inputs', () => {
  it('reads a valid configuration with defaults', () => {
    const { config, workspace } = configWith({});
    expect(config()).toEqual({
      builder: 'auto',
      target: { registry: 'us-docker.pkg.dev', repository: 'my-project/my-repo/pipeline' },
      tags: [SHA],
      contextDir: join(workspace, 'app'),
      dockerfilePath: join(workspace, 'app/Dockerfile'),
      platform: { os: 'linux', architecture: 'amd64' },
      buildArgs: {},
      push: true,
      username: undefined,
      password: undefined,
      cloudBuild: undefined,
      inputsHashExclude: [],
      reuseExisting: false,
    });
  });

  it('takes the cloud-build project from an Artifact Registry image, and gcloud staging by default', () => {
    const { config } = configWith({ builder: 'cloud-build', region: 'us-central1', timeout: '20m' });
    expect(config().cloudBuild).toEqual({
      project: 'my-project',
      region: 'us-central1',
      sourceStagingDir: 'gs://my-project_cloudbuild/source',
      timeoutSeconds: 1200,
    });
  });

  it.each([
    [{ builder: 'kaniko' }, 'Input "builder" must be one of auto, layer, docker, cloud-build; got "kaniko".'],
    [{ image: '' }, 'Input "image" is required and was empty.'],
    [
      { image: 'us-docker.pkg.dev/p/r/pipeline:v1' },
      'Input "image" must be an image repository such as us-docker.pkg.dev/my-project/my-repo/pipeline; got "us-docker.pkg.dev/p/r/pipeline:v1", which names a tag; give the repository alone (tags go in the tags input).',
    ],
    [
      { image: 'us-docker.pkg.dev/p/r/Pipeline' },
      'Input "image" must be an image repository such as us-docker.pkg.dev/my-project/my-repo/pipeline; got "us-docker.pkg.dev/p/r/Pipeline", which the path component "Pipeline" must be lowercase letters and digits, separated by . _ __ or -.',
    ],
    [
      { tags: 'v1\n-bad' },
      'Input "tags" must be image tags, one per line (letters, digits, _ . -, not starting with . or -, at most 128 characters); got "-bad".',
    ],
    [
      { context: 'missing' },
      'Input "context" must be a folder inside the workspace; got "missing", which does not exist.',
    ],
    [
      { context: 'file.txt' },
      'Input "context" must be a folder inside the workspace; got "file.txt", which is not a folder.',
    ],
    [{ context: '../elsewhere' }, expect.stringContaining('Input "context" must be a relative path inside')],
    [
      { context: 'empty' },
      'Input "dockerfile" must be a file inside the workspace; got "empty/Dockerfile", which does not exist.',
    ],
    [
      { dockerfile: 'app' },
      'Input "dockerfile" must be a file inside the workspace; got "app", which is not a file.',
    ],
    [
      { platform: 'amd64' },
      'Input "platform" must be os/arch or os/arch/variant, such as linux/amd64 or linux/arm64/v8; got "amd64".',
    ],
    [
      { platform: 'windows/z80' },
      'Input "platform" must name an architecture the OCI image spec knows (Go\'s GOARCH values: 386, amd64, arm, arm64, loong64, mips, mips64, mips64le, mipsle, ppc64, ppc64le, riscv64, s390x, wasm and the rarer ones); got "windows/z80", whose architecture "z80" is not one.',
    ],
    [
      { platform: 'linux/x86_64' },
      'Input "platform" must name an architecture the OCI image spec knows (Go\'s GOARCH values: 386, amd64, arm, arm64, loong64, mips, mips64, mips64le, mipsle, ppc64, ppc64le, riscv64, s390x, wasm and the rarer ones); got "linux/x86_64", whose architecture "x86_64" is not one (did you mean linux/amd64?).',
    ],
    [
      { platform: 'dos/amd64' },
      'Input "platform" must name an operating system the OCI image spec knows (Go\'s GOOS values: aix, android, darwin, dragonfly, freebsd, illumos, ios, js, linux, netbsd, openbsd, plan9, solaris, wasip1, windows and the rarer ones); got "dos/amd64", whose operating system "dos" is not one.',
    ],
    [
      { platform: 'linux/arm64/v7' },
      'Input "platform" must use a variant the OCI image spec knows for arm64 (v8, v8.0 to v8.9, v9, v9.0 to v9.5); got "linux/arm64/v7".',
    ],
    [{ platform: 'linux/s390x/v2' }, 'Input "platform" must use no variant for s390x; got "linux/s390x/v2".'],
    [
      { 'build-args': 'GOOD=1\n1BAD=2' },
      'Input "build-args" must be NAME=value lines whose names are ARG names (letters, digits, _; not starting with a digit); got the name "1BAD".',
    ],
    [
      { 'build-args': 'NOVALUE' },
      'Input "build-args" line 1 must be key=value with a non-empty key; got "NOVALUE".',
    ],
    [{ push: 'yes' }, 'Input "push" must be true or false; got "yes".'],
    [{ username: 'ci' }, 'Input "password" must be set together with "username"; got only "username".'],
    [{ password: 'secret' }, 'Input "username" must be set together with "password"; got only "password".'],
    [
      { builder: 'cloud-build', push: 'false' },
      'Input "push" must be true with builder cloud-build, which always pushes; got "false". Use builder layer or docker to build without pushing.',
    ],
    [
      { builder: 'cloud-build', image: 'docker.io/team/pipeline' },
      'Input "project" is required with builder cloud-build when the image is not in Artifact Registry or gcr.io and GOOGLE_CLOUD_PROJECT is not set; got nothing.',
    ],
    [
      { builder: 'cloud-build', project: 'My_Project' },
      'Input "project" must be a Google Cloud project id (6 to 30 lowercase letters, digits and hyphens, starting with a letter); got "My_Project".',
    ],
    [
      { builder: 'cloud-build', region: 'mars' },
      'Input "region" must be global or a region such as us-central1; got "mars".',
    ],
    [
      { builder: 'cloud-build', 'source-staging-dir': 's3://bucket/source' },
      'Input "source-staging-dir" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "s3://bucket/source", which starts with s3:// instead of gs://.',
    ],
    [
      { builder: 'cloud-build', timeout: '0s' },
      'Input "timeout" must be a duration from 1s to 24h, such as 20m; got "0s".',
    ],
  ])('rejects %j', (inputs, message) => {
    expect(error(inputs)).toEqual(message);
  });

  it('needs tags when the commit sha is unknown', () => {
    expect(error({}, { GITHUB_SHA: '' })).toBe(
      'Input "tags" is required when the commit sha (GITHUB_SHA) is unknown; got nothing.',
    );
  });

  it('keeps each tag once, in order', () => {
    expect(configWith({ tags: 'v1\nlatest\nv1' }).config().tags).toEqual(['v1', 'latest']);
  });
});
