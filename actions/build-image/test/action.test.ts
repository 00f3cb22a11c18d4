// The built bundle (actions/build-image/dist) run through packages/runner on Node 24, as the GitHub
// runner would: against the real distribution registry and a recording docker on PATH.
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRegistryTools, RegistryStandIn, writeTinyImage } from '@mlops-actions/emulators';
import { type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_CONFIG_DIGEST, FAKE_DIGEST, fakeDocker } from './fake-docker.ts';
import { pushedLayerFiles } from './layer-files.ts';
import { pipelineProject, removeWorkspaces, track } from './workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;
const missing = ensureRegistryTools();
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const ENV = { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'octo-org/pipelines' };

/** The original project's Dockerfile (tensorflow/tfx base, the pipeline code in /pipeline). */
const projectDockerfile = (base: string) =>
  `FROM ${base}\nWORKDIR /pipeline\nCOPY ./ ./\nENV PYTHONPATH="/pipeline:\${PYTHONPATH}"\n`;

const finalError = (result: RunResult) =>
  result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '';

afterEach(removeWorkspaces);

describe.skipIf(missing !== undefined)('build-image (built bundle on Node 24)', () => {
  let registry: RegistryStandIn;
  let base: string;
  let baseLayer: string;
  beforeAll(async () => {
    registry = await new RegistryStandIn({ accessLog: true }).start();
    const layout = mkdtempSync(join(tmpdir(), 'build-image-base-'));
    const image = await writeTinyImage(layout, {
      tag: '1.9.0',
      files: { 'usr/lib/python3/tfx.py': 'VERSION = "1.9.0"\n' },
      config: { Env: ['PATH=/usr/bin:/bin', 'PYTHONPATH=/usr/lib/python3'], Entrypoint: ['python3'] },
    });
    await registry.push(`oci:${layout}:1.9.0`, 'tensorflow/tfx:1.9.0');
    track(layout);
    base = `${registry.host}/tensorflow/tfx:1.9.0`;
    baseLayer = image.layerDigest;
  });
  afterAll(async () => {
    await registry?.stop();
    removeWorkspaces();
  });

  const run = (workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runBuiltAction({ actionDir, workspace, inputs, env: { ...ENV, ...env } });

  it('auto builds the original project Dockerfile with the layer builder, downloading no base layer', async () => {
    const workspace = pipelineProject(projectDockerfile(base));
    registry.accessLog.clear();
    const result = await run(workspace, { image: `${registry.host}/p/r/pipeline`, context: 'pipeline' });

    expect(result.main.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const inspected = await registry.inspect(`p/r/pipeline:${SHA}`);
    const inputsTag = `inputs-${result.outputs['inputs-hash']}`;
    expect(result.outputs).toEqual({
      image: `${registry.host}/p/r/pipeline@${inspected.Digest}`,
      digest: inspected.Digest,
      'config-digest': expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
      tags: JSON.stringify([SHA, inputsTag]),
      builder: 'layer',
      'inputs-hash': expect.stringMatching(/^[0-9a-f]{64}$/),
      reused: 'false',
    });
    expect(inspected.Env).toContain('PYTHONPATH=/pipeline:/usr/lib/python3');
    expect(inspected.Labels).toEqual({
      'org.opencontainers.image.source': 'https://github.com/octo-org/pipelines',
      'org.opencontainers.image.revision': SHA,
    });
    expect(result.log).toContain(`Base image ${base} → sha256:`);
    expect(result.summary).toContain('### ✅ Image pushed with layer');
    expect(result.summary).toContain('mounted from the base repository');
    expect(result.summary).toMatch(
      /\| Base image \| `127\.0\.0\.1:\d+\/tensorflow\/tfx:1\.9\.0@sha256:[a-f0-9]{64}` \|/,
    );
    // The registry served the base image's manifest and config to the action, never its layer.
    const served = registry.accessLog
      .blobDownloads()
      .filter((entry) => entry.userAgent.startsWith('mlops-actions'));
    expect(served.map((entry) => entry.path)).toEqual([
      expect.stringMatching(/^\/v2\/tensorflow\/tfx\/blobs\/sha256:/),
    ]);
    expect(served[0]?.path.endsWith(baseLayer)).toBe(false);

    // The same commit built again gives the same digest.
    const again = await run(workspace, {
      image: `${registry.host}/p/r/pipeline`,
      context: 'pipeline',
      tags: 'again',
    });
    expect(again.outputs.digest).toBe(result.outputs.digest);
    expect(await registry.listTags('p/r/pipeline')).toEqual([SHA, 'again', inputsTag].sort());
  });

  it('never pushes the credentials file google-github-actions/auth wrote into the context, whatever .dockerignore says', async () => {
    const workspace = pipelineProject(projectDockerfile(base), {
      'pipeline/.dockerignore': '**/*_test.py\n!gha-creds-*.json\n',
      'pipeline/gha-creds-abc.json': '{"type":"external_account","audience":"//iam.googleapis.com/secret"}',
      'pipeline/keys/sa.json': '{"type":"service_account","private_key":"secret"}',
    });
    const result = await run(
      workspace,
      { builder: 'layer', image: `${registry.host}/p/r/creds`, context: 'pipeline' },
      {
        GOOGLE_APPLICATION_CREDENTIALS: join(workspace, 'pipeline/gha-creds-abc.json'),
        CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: join(workspace, 'pipeline/keys/sa.json'),
      },
    );

    expect(result.exitCode).toBe(0);
    const layers = pushedLayerFiles(registry, `p/r/creds:${SHA}`);
    const added = layers.at(-1) ?? [];
    expect(added).toContain('pipeline/kubeflow_runner.py');
    expect(added).not.toContain('pipeline/gha-creds-abc.json');
    expect(added).not.toContain('pipeline/keys/sa.json');
    expect(added.filter((path) => /gha-creds|sa\.json/.test(path))).toEqual([]);
    expect(result.log).toContain(
      'Left out gha-creds-abc.json: it holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace), which are never sent, whatever the ignore files say.',
    );
    expect(result.log).toContain('Left out keys/sa.json: it holds Google credentials');
    expect(result.log).not.toContain('external_account');
  });

  it('layer follows a COPY source link that stays in the context and refuses one that leaves it', async () => {
    const workspace = pipelineProject(`FROM ${base}\nCOPY inside /pipeline/inside.py\nCOPY leak /p\n`);
    symlinkSync('models/model.py', join(workspace, 'pipeline/inside'));
    symlinkSync('/etc/passwd', join(workspace, 'pipeline/leak'));
    const refused = await run(workspace, {
      builder: 'layer',
      image: `${registry.host}/p/r/links`,
      context: 'pipeline',
    });

    expect(refused.exitCode).toBe(1);
    expect(finalError(refused)).toBe(
      'build-image: Dockerfile line 3: COPY leak: leak is a symbolic link to /etc/passwd, which is outside the build context; the layer builder follows links only inside it',
    );
    expect(await registry.listTags('p/r/links')).toEqual([]);

    writeFileSync(join(workspace, 'pipeline/Dockerfile'), `FROM ${base}\nCOPY inside /pipeline/inside.py\n`);
    const built = await run(workspace, {
      builder: 'layer',
      image: `${registry.host}/p/r/links`,
      context: 'pipeline',
    });
    expect(built.exitCode).toBe(0);
    expect(pushedLayerFiles(registry, `p/r/links:${SHA}`).at(-1)).toEqual(['pipeline/inside.py']);
  });

  it('auto falls back to docker for a Dockerfile with RUN, says why, and runs exactly this argument list', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(`${projectDockerfile(base)}RUN pip install -r requirements.txt\n`);
    const result = await run(
      workspace,
      {
        image: `${registry.host}/p/r/pipeline`,
        context: 'pipeline',
        tags: 'v1\nlatest',
        'build-args': 'TFX_VERSION=1.9.0\nEXTRA=a b; rm -rf /',
      },
      { ...docker.env, RUNNER_TEMP: track(mkdtempSync(join(tmpdir(), 'runner-temp-'))) },
    );

    expect(result.exitCode).toBe(0);
    expect(result.log).toContain(
      'builder auto: building with docker, because RUN runs a command, which needs a container (line 5).',
    );
    const inputsTag = `inputs-${result.outputs['inputs-hash']}`;
    expect(result.outputs).toEqual({
      builder: 'docker',
      digest: FAKE_DIGEST,
      'config-digest': FAKE_CONFIG_DIGEST,
      image: `${registry.host}/p/r/pipeline@${FAKE_DIGEST}`,
      tags: JSON.stringify(['v1', 'latest', inputsTag]),
      'inputs-hash': expect.stringMatching(/^[0-9a-f]{64}$/),
      reused: 'false',
    });
    const [build, ...rest] = docker.calls();
    expect(rest).toEqual([]);
    expect(build?.args).toEqual([
      'buildx',
      'build',
      '--file',
      join(workspace, 'pipeline/Dockerfile'),
      '--platform',
      'linux/amd64',
      '--tag',
      `${registry.host}/p/r/pipeline:v1`,
      '--tag',
      `${registry.host}/p/r/pipeline:latest`,
      '--tag',
      `${registry.host}/p/r/pipeline:${inputsTag}`,
      '--build-arg',
      'TFX_VERSION=1.9.0',
      '--build-arg',
      'EXTRA=a b; rm -rf /',
      '--label',
      'org.opencontainers.image.source=https://github.com/octo-org/pipelines',
      '--label',
      `org.opencontainers.image.revision=${SHA}`,
      '--metadata-file',
      expect.stringMatching(/runner-temp-.*\/build-image-docker-.*\/metadata\.json$/),
      '--push',
      join(workspace, 'pipeline'),
    ]);
    // docker's output is shown, but a line of it cannot become a workflow command.
    expect(result.log).toContain('#5 [2/3] RUN pip install -r requirements.txt');
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  it('docker is given an ignore file that keeps the credentials file out, and the workspace is left as it was', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(`${projectDockerfile(base)}RUN pip install -r requirements.txt\n`, {
      'pipeline/.dockerignore': '**/*_test.py\n!gha-creds-*.json\n',
      'pipeline/gha-creds-abc.json': '{"type":"external_account"}',
    });
    const result = await run(
      workspace,
      { builder: 'docker', image: `${registry.host}/p/r/pipeline`, context: 'pipeline' },
      {
        ...docker.env,
        GOOGLE_APPLICATION_CREDENTIALS: join(workspace, 'pipeline/gha-creds-abc.json'),
        RUNNER_TEMP: track(mkdtempSync(join(tmpdir(), 'runner-temp-'))),
      },
    );

    expect(result.exitCode).toBe(0);
    const [build] = docker.calls();
    const file = build?.args[build.args.indexOf('--file') + 1] ?? '';
    expect(file).toMatch(/runner-temp-.*\/build-image-docker-.*\/Dockerfile$/);
    expect(build?.args.at(-1)).toBe(join(workspace, 'pipeline'));
    expect(build?.dockerignore).toBe(
      '**/*_test.py\n!gha-creds-*.json\n# build-image: credentials files never enter the build context\ngha-creds-abc.json\n',
    );
    expect(readFileSync(join(workspace, 'pipeline/.dockerignore'), 'utf8')).toBe(
      '**/*_test.py\n!gha-creds-*.json\n',
    );
    expect(result.log).toContain('Left out gha-creds-abc.json: it holds Google credentials');
  });

  it('docker with push false outputs the config digest, and no repo@digest since nothing was pushed', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(`${projectDockerfile(base)}RUN true\n`);
    const result = await run(
      workspace,
      {
        builder: 'docker',
        image: `${registry.host}/p/r/pipeline`,
        context: 'pipeline',
        push: 'false',
        tags: 'dev',
      },
      docker.env,
    );

    expect(result.exitCode).toBe(0);
    expect(docker.calls()[0]?.args).toContain('--load');
    const inputsHash = result.outputs['inputs-hash'] ?? '';
    expect(inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.outputs).toEqual({
      image: '',
      digest: '',
      'config-digest': FAKE_CONFIG_DIGEST,
      tags: JSON.stringify(['dev', `inputs-${inputsHash}`]),
      builder: 'docker',
      'inputs-hash': inputsHash,
      reused: 'false',
    });
    expect(result.summary).toContain('### ✅ Image built, not pushed, with docker');
  });

  it('docker logs in with the password on standard input, masks it, and logs out', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(projectDockerfile(base));
    const password = 'pa55-w0rd-never-in-argv';
    const result = await run(
      workspace,
      {
        builder: 'docker',
        image: 'registry.example.com/team/pipeline',
        context: 'pipeline',
        username: 'ci',
        password,
      },
      docker.env,
    );

    expect(result.exitCode).toBe(0);
    const calls = docker.calls();
    expect(calls.map((c) => c.args.slice(0, 2))).toEqual([
      ['login', '--username'],
      ['buildx', 'build'],
      ['logout', 'registry.example.com'],
    ]);
    expect(calls[0]).toEqual({
      args: ['login', '--username', 'ci', '--password-stdin', 'registry.example.com'],
      stdin: password,
    });
    expect(calls.flatMap((c) => c.args).join(' ')).not.toContain(password);
    expect(result.masks).toContain(password);
  });

  it('fails with docker output when docker buildx build fails', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(`${projectDockerfile(base)}RUN false\n`);
    const result = await run(
      workspace,
      { image: `${registry.host}/p/r/pipeline`, context: 'pipeline' },
      {
        ...docker.env,
        FAKE_DOCKER_EXIT: '1',
      },
    );

    expect(result.exitCode).toBe(1);
    // The reason is where the user looks: the annotation and the job summary, not only the log.
    expect(finalError(result)).toBe(
      'build-image: docker buildx build exited with code 1. Last lines of its output (all of it is in the log):\n#1 [internal] load build definition from Dockerfile\n#5 [2/3] RUN pip install -r requirements.txt\n::warning::a line of build output that must not become an annotation\nERROR: failed to solve: process "/bin/sh -c pip install" did not complete successfully: exit code: 1',
    );
    expect(result.summary).toContain(
      'ERROR: failed to solve: process "/bin/sh -c pip install" did not complete successfully: exit code: 1',
    );
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(result.outputs).toEqual({});
  });

  it('a failed docker login says why, with the password masked in the annotation and the summary', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(projectDockerfile(base));
    const password = 'pa55-w0rd-never-shown';
    const result = await run(
      workspace,
      {
        builder: 'docker',
        image: 'registry.example.com/team/pipeline',
        context: 'pipeline',
        username: 'ci',
        password,
      },
      { ...docker.env, FAKE_DOCKER_LOGIN_FAIL: '1' },
    );

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      'build-image: docker login registry.example.com exited with code 1. Last lines of its output (all of it is in the log):\nError response from daemon: Get "https://registry.example.com/v2/": unauthorized: password *** was rejected',
    );
    expect(result.summary).toContain('unauthorized: password *** was rejected');
    // What a person sees (the raw stdout holds it; the runner masks before showing anything).
    const { log, annotations, summary, debug } = result;
    expect(JSON.stringify({ log, annotations, summary, debug })).not.toContain(password);
    expect(docker.calls().map((c) => c.args[0])).toEqual(['login']);
  });

  it('layer refuses a Dockerfile that runs commands, naming the line and the builders that can', async () => {
    const workspace = pipelineProject(`${projectDockerfile(base)}RUN pip install -r requirements.txt\n`);
    const result = await run(workspace, {
      builder: 'layer',
      image: `${registry.host}/p/r/pipeline`,
      context: 'pipeline',
    });

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      'build-image: The layer builder cannot build this Dockerfile: RUN runs a command, which needs a container (line 5). Use builder docker or cloud-build (or auto, which picks docker for it).',
    );
  });

  it('layer with push false computes the digest without uploading anything', async () => {
    const workspace = pipelineProject(projectDockerfile(base));
    registry.accessLog.clear();
    const result = await run(workspace, {
      image: `${registry.host}/p/r/offline`,
      context: 'pipeline',
      push: 'false',
    });

    expect(result.exitCode).toBe(0);
    expect(result.outputs.builder).toBe('layer');
    expect(result.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(result.outputs.image).toBe(''); // nothing was pushed, so there is nothing to pull
    expect(registry.accessLog.entries.filter((e) => e.method !== 'GET' && e.method !== 'HEAD')).toEqual([]);
    expect(await registry.listTags('p/r/offline')).toEqual([]);
    expect(result.summary).toContain('### ✅ Image built, not pushed, with layer');
  });

  it('rejects a bad input before running anything', async () => {
    const docker = fakeDocker();
    track(docker.binDir);
    const workspace = pipelineProject(`${projectDockerfile(base)}RUN true\n`);
    registry.accessLog.clear();
    const result = await run(
      workspace,
      { builder: 'docker', image: `${registry.host}/p/r/pipeline`, context: 'pipeline', tags: 'ok\nnot ok' },
      docker.env,
    );

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      'build-image: Input "tags" must be image tags, one per line (letters, digits, _ . -, not starting with . or -, at most 128 characters); got "not ok".',
    );
    expect(docker.calls()).toEqual([]);
    expect(registry.accessLog.entries).toEqual([]);
  });

  it('says which credentials to set when a Google registry has no Application Default Credentials', async () => {
    const workspace = pipelineProject('FROM scratch\nCOPY requirements.txt /\n');
    const result = await run(
      workspace,
      { builder: 'layer', image: 'us-docker.pkg.dev/my-project/my-repo/pipeline', context: 'pipeline' },
      { METADATA_SERVER_DETECTION: 'none', GOOGLE_APPLICATION_CREDENTIALS: '' },
    );

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toMatch(
      /^build-image: Could not get an access token for the Google registry from Application Default Credentials: .*Artifact Registry Writer role \(roles\/artifactregistry\.writer\).*set the username and password inputs instead.*Authenticate in a step before this one with google-github-actions\/auth/,
    );
  });
});

describe.skipIf(missing !== undefined)(
  'build-image against a registry that requires its own credentials (htpasswd)',
  () => {
    let locked: RegistryStandIn;
    beforeAll(async () => {
      locked = await new RegistryStandIn({
        auth: { kind: 'htpasswd', users: { ci: 'right-password' } },
      }).start();
    });
    afterAll(async () => {
      await locked?.stop();
      removeWorkspaces();
    });

    const push = (inputs: Record<string, string> = {}) =>
      runBuiltAction({
        actionDir,
        workspace: pipelineProject('FROM scratch\nCOPY requirements.txt /\n'),
        inputs: { builder: 'layer', image: `${locked.host}/p/r/pipeline`, context: 'pipeline', ...inputs },
        env: ENV,
      });

    it('refuses the anonymous push and names the registry credentials to set, not Google ones', async () => {
      const result = await push();
      expect(result.exitCode).toBe(1);
      expect(finalError(result)).toMatch(
        /^build-image: 127\.0\.0\.1:\d+ requires credentials to check for the blob p\/r\/pipeline@sha256:[0-9a-f]{64} \(HTTP 401, Basic\)\. /,
      );
      expect(finalError(result)).toContain(
        `Set the username and password inputs to an account of ${locked.host} that may push to it (the registry's own credentials, as \`docker login ${locked.host}\` takes them); Google credentials are sent only to Artifact Registry (*-docker.pkg.dev) and Container Registry (gcr.io).`,
      );
      expect(await locked.listTags('p/r/pipeline')).toEqual([]);
    });

    it('says the username and password were refused, and by which registry', async () => {
      const result = await push({ username: 'ci', password: 'wrong-password' });
      expect(result.exitCode).toBe(1);
      expect(finalError(result)).toMatch(
        new RegExp(
          `^build-image: ${locked.host.replace(/\./g, '\\.')} rejected the credentials of user "ci" to check for the blob p/r/pipeline@sha256:[0-9a-f]{64} \\(HTTP 401\\)\\. Check the username and password inputs: they must be an account of ${locked.host.replace(/\./g, '\\.')} that may push to it`,
        ),
      );
      expect(finalError(result)).not.toContain('wrong-password');
    });
  },
);
