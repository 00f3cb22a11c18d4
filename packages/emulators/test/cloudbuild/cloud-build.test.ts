import { gzipSync } from 'node:zlib';
import { CloudBuildClient, protos } from '@google-cloud/cloudbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudBuildStandIn, cloudBuildClientOptions } from '../../src/cloudbuild/index.ts';
import { GcsStandIn } from '../../src/gcs/index.ts';
import { tar } from '../../src/registry/tar.ts';

const PROJECT = 'stand-in-project';

/** Decoded messages (an operation's metadata) carry enum numbers; JSON-decoded ones carry names. */
const statusName = (status: unknown) =>
  typeof status === 'number' ? protos.google.devtools.cloudbuild.v1.Build.Status[status] : status;

describe('the Cloud Build stand-in, driven by the real @google-cloud/cloudbuild client', () => {
  let gcs: GcsStandIn;
  let standIn: CloudBuildStandIn;
  let client: CloudBuildClient;

  beforeAll(async () => {
    gcs = await new GcsStandIn({ projectId: PROJECT }).start();
    gcs.store.createBucket(`${PROJECT}_cloudbuild`);
    gcs.store.createBucket(`${PROJECT}_cloudbuild-logs`);
    standIn = await new CloudBuildStandIn({ store: gcs.store }).start();
    client = new CloudBuildClient(cloudBuildClientOptions(standIn));
    const source = gzipSync(
      tar([
        {
          name: 'Dockerfile',
          data: 'FROM python:3.11\n# a comment\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n',
        },
        { name: 'requirements.txt', data: 'tfx==1.9.0\n' },
      ]),
    );
    await gcs.store.write(`${PROJECT}_cloudbuild`, 'source/ctx.tgz', source);
  });
  afterAll(async () => {
    await client?.close();
    await standIn?.stop();
    await gcs?.stop();
  });

  const dockerBuild = (image: string) => ({
    source: { storageSource: { bucket: `${PROJECT}_cloudbuild`, object: 'source/ctx.tgz' } },
    steps: [{ name: 'gcr.io/cloud-builders/docker', args: ['build', '-t', image, '-f', 'Dockerfile', '.'] }],
    images: [image],
    tags: ['run-1-1'],
  });

  async function untilDone(id: string) {
    for (let i = 0; i < 20; i++) {
      const [build] = await client.getBuild({ projectId: PROJECT, id });
      if (!['QUEUED', 'WORKING'].includes(String(statusName(build.status)))) return build;
    }
    throw new Error('build did not finish');
  }

  async function logOf(id: string): Promise<string> {
    return (await gcs.store.read(`${PROJECT}_cloudbuild-logs`, `log-${id}.txt`))?.toString('utf8') ?? '';
  }

  it('creates a build (a long-running operation carrying it), runs it poll by poll, and reports pushed digests', async () => {
    const [operation] = await client.createBuild({
      projectId: PROJECT,
      build: dockerBuild('us-docker.pkg.dev/p/r/img:v1'),
    });
    const metadata = operation.metadata as unknown as {
      build: { id: string; status: unknown; logsBucket: string };
    };
    expect(statusName(metadata.build.status)).toBe('QUEUED');
    expect(metadata.build.logsBucket).toBe(`gs://${PROJECT}_cloudbuild-logs`);

    const build = await untilDone(metadata.build.id);
    expect(build.status).toBe('SUCCESS');
    expect(build.results?.images?.[0]?.name).toBe('us-docker.pkg.dev/p/r/img:v1');
    expect(build.results?.images?.[0]?.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(build.tags).toEqual(['run-1-1']);
    expect(standIn.sourceFiles(metadata.build.id)).toEqual(['Dockerfile', 'requirements.txt']);
    const log = await logOf(metadata.build.id);
    expect(log).toContain('Fetching storage object: gs://stand-in-project_cloudbuild/source/ctx.tgz');
    expect(log).toContain('Step #0: Step 3/3 : RUN pip install -r /app/requirements.txt');
    expect(log).toContain('Step #0: Successfully tagged us-docker.pkg.dev/p/r/img:v1');
    expect(log.trimEnd().endsWith('DONE')).toBe(true);
  });

  it('lets the client wait on the operation itself (GetOperation)', async () => {
    const [operation] = await client.createBuild({
      projectId: PROJECT,
      build: dockerBuild('us-docker.pkg.dev/p/r/img:v2'),
    });
    const [build] = await operation.promise();
    expect(statusName(build.status)).toBe('SUCCESS');
  });

  it('fails a build as scripted, with the failing step in failureInfo and the log', async () => {
    standIn.script({ status: 'FAILURE', failAtStep: 0, message: 'The command returned a non-zero code: 1' });
    try {
      const [operation] = await client.createBuild({
        projectId: PROJECT,
        build: dockerBuild('us-docker.pkg.dev/p/r/img:bad'),
      });
      const id = (operation.metadata as unknown as { build: { id: string } }).build.id;
      const build = await untilDone(id);
      expect(build.status).toBe('FAILURE');
      expect(build.failureInfo?.type).toBe('USER_BUILD_STEP');
      expect(build.results?.images ?? []).toEqual([]);
      expect(await logOf(id)).toContain(
        'ERROR: build step 0 "gcr.io/cloud-builders/docker" failed: The command returned a non-zero code: 1',
      );
    } finally {
      standIn.script({ status: 'SUCCESS' });
    }
  });

  it('fails at FETCHSOURCE when the source object does not exist', async () => {
    const build = dockerBuild('us-docker.pkg.dev/p/r/img:v3');
    build.source.storageSource.object = 'source/missing.tgz';
    const [operation] = await client.createBuild({ projectId: PROJECT, build });
    const done = await untilDone((operation.metadata as unknown as { build: { id: string } }).build.id);
    expect(done.status).toBe('FAILURE');
    expect(done.failureInfo?.type).toBe('FETCH_SOURCE_FAILED');
  });

  it('rejects an invalid build with INVALID_ARGUMENT, and an unknown build with NOT_FOUND', async () => {
    await expect(client.createBuild({ projectId: PROJECT, build: { steps: [] } })).rejects.toMatchObject({
      code: 3,
      message: expect.stringContaining('must have at least one step'),
    });
    await expect(client.getBuild({ projectId: PROJECT, id: 'no-such-build' })).rejects.toMatchObject({
      code: 5,
    });
  });

  it('injects faults like every stand-in: the client retries GetBuild after a 503', async () => {
    const [operation] = await client.createBuild({
      projectId: PROJECT,
      build: dockerBuild('us-docker.pkg.dev/p/r/img:v5'),
    });
    const id = (operation.metadata as unknown as { build: { id: string } }).build.id;
    standIn.faults.add({
      method: 'GET',
      route: `/v1/projects/${PROJECT}/builds/${id}`,
      action: { kind: 'status', status: 503 },
    });
    const [build] = await client.getBuild({ projectId: PROJECT, id });
    expect(build.id).toBe(id);
    expect(standIn.faults.injected).toHaveLength(1);
  });

  it('cancels a running build', async () => {
    const [operation] = await client.createBuild({
      projectId: PROJECT,
      build: dockerBuild('us-docker.pkg.dev/p/r/img:v4'),
    });
    const id = (operation.metadata as unknown as { build: { id: string } }).build.id;
    const [cancelled] = await client.cancelBuild({ projectId: PROJECT, id });
    expect(cancelled.status).toBe('CANCELLED');
  });
});
