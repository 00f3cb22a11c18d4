import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRegistryTools, RegistryStandIn } from '@mlops-actions/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithLayer, type LayerBuildOptions } from '../src/builders/layer-builder.ts';
import { parseDockerfile } from '../src/dockerfile/parse-dockerfile.ts';
import { parseRepository } from '../src/reference.ts';
import { projectDir, removeProjectDirs, scratch } from './project-dir.ts';
import { type BaseImages, startRegistryWithBases } from './registry-fixture.ts';

const missing = ensureRegistryTools();

/** The original project's Dockerfile (tensorflow/tfx base, pipeline code in /pipeline), on our base. */
const projectDockerfile = (base: string) => `FROM ${base}
WORKDIR /pipeline
COPY ./ ./
ENV PYTHONPATH="/pipeline:\${PYTHONPATH}"
`;

const LONG_FOLDER = 'deep/'.padEnd(140, 'x');

const projectFiles = {
  'pipeline/pipeline.py': 'def create_pipeline():\n    pass\n',
  'pipeline/configs.py': 'PIPELINE_NAME = "img-classification"\n',
  'models/model.py': 'def build():\n    return 1\n',
  'run.sh': { mode: 0o755, text: '#!/bin/sh\necho run\n' },
  '.dockerignore': '.git\n**/*_test.py\n',
  'models/model_test.py': 'def test(): pass\n',
  [`${LONG_FOLDER}/long-name.txt`]: 'a path longer than ustar holds\n',
};

function options(
  base: BaseImages,
  dir: string,
  overrides: Partial<LayerBuildOptions> = {},
): LayerBuildOptions {
  const dockerfilePath = join(dir, 'Dockerfile');
  return {
    dockerfile: parseDockerfile(readFileSync(dockerfilePath, 'utf8')),
    dockerfilePath,
    contextDir: dir,
    target: parseRepository(`${base.registry.host}/p/r/pipeline`),
    tags: ['abc123'],
    buildArgs: {},
    platform: { os: 'linux', architecture: 'amd64' },
    push: true,
    labels: { 'org.opencontainers.image.revision': 'abc123' },
    credentials: async () => undefined,
    log: () => {},
    ...overrides,
  };
}

/** skopeo copies the pushed image into an OCI layout; GNU tar unpacks its last layer. */
function extractLastLayer(base: BaseImages, reference: string): { dir: string; files: string } {
  const layout = scratch('image-pulled-');
  execFileSync('skopeo', [
    '--insecure-policy',
    'copy',
    '--src-tls-verify=false',
    '--src-no-creds',
    `docker://${reference}`,
    `oci:${layout}:x`,
  ]);
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8'));
  const blob = (digest: string) => join(layout, 'blobs', 'sha256', digest.slice(7));
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0].digest), 'utf8'));
  const out = scratch('image-layer-');
  const layer = blob(manifest.layers.at(-1).digest);
  execFileSync('tar', ['-xzf', layer, '-C', out]);
  const files = execFileSync('tar', ['-tzvf', layer, '--numeric-owner'], { encoding: 'utf8' });
  void base;
  return { dir: out, files };
}

describe.skipIf(missing !== undefined)('the layer builder against the real registry', () => {
  let base: BaseImages;
  beforeAll(async () => {
    base = await startRegistryWithBases();
  });
  afterAll(async () => {
    await base?.stop();
    removeProjectDirs();
  });

  it('pushes base + one new layer whose files and config edits skopeo and tar find, downloading no base layer', async () => {
    const dir = projectDir({ ...projectFiles, Dockerfile: projectDockerfile(base.single.reference) });
    const result = await buildWithLayer(options(base, dir, { tags: ['abc123', 'latest'] }));

    const inspected = await base.registry.inspect('p/r/pipeline:abc123');
    expect(inspected.Digest).toBe(result.digest);
    expect(result.image).toBe(`${base.registry.host}/p/r/pipeline@${result.digest}`);
    expect(await base.registry.listTags('p/r/pipeline')).toEqual(['abc123', 'latest']);
    expect(inspected.Layers[0]).toBe(base.single.layerDigest);
    expect(inspected.Layers).toHaveLength(2);
    expect(inspected.Env).toEqual([
      'PATH=/usr/local/bin:/usr/bin:/bin',
      'PYTHONPATH=/pipeline:/usr/lib/python',
    ]);
    expect(inspected.Labels).toEqual({
      'org.example.base': 'yes',
      'org.opencontainers.image.revision': 'abc123',
    });
    expect(result.baseImage).toBe(`${base.single.reference}@${base.single.digest}`);
    expect(result.layers?.map((l) => [l.origin, l.transfer])).toEqual([
      ['base', 'mounted'],
      ['new', 'uploaded'],
    ]);

    const { dir: unpacked, files } = extractLastLayer(base, `${base.registry.host}/p/r/pipeline:abc123`);
    expect(readFileSync(join(unpacked, 'pipeline/pipeline/pipeline.py'), 'utf8')).toContain(
      'create_pipeline',
    );
    expect(readFileSync(join(unpacked, 'pipeline/Dockerfile'), 'utf8')).toContain('WORKDIR /pipeline');
    expect(statSync(join(unpacked, 'pipeline/run.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(unpacked, 'pipeline/models/model.py')).mode & 0o777).toBe(0o644);
    expect(readFileSync(join(unpacked, 'pipeline', `${LONG_FOLDER}/long-name.txt`), 'utf8')).toContain(
      'longer',
    );
    // .dockerignore left the tests out; every entry is root-owned with time 0.
    expect(files).not.toContain('model_test.py');
    expect(
      files
        .split('\n')
        .filter(Boolean)
        .every((line) => / 0\/0 .* 1970-01-01 00:00 /.test(line)),
    ).toBe(true);

    const raw = await base.registry.manifest('p/r/pipeline:abc123');
    expect(raw.manifest.annotations).toEqual({
      'org.opencontainers.image.base.digest': base.single.digest,
      'org.opencontainers.image.base.name': base.single.reference,
    });
    // Only the base config and manifests were read: no layer blob left the registry.
    const downloads = base.registry.accessLog.blobDownloads();
    expect(downloads.map((d) => d.path)).not.toContain(`/v2/base/python/blobs/${base.single.layerDigest}`);
    expect(downloads.every((d) => d.bytes < 2000)).toBe(true);
    expect(result.bytesDownloaded).toBeLessThan(4000);
  });

  it('gives the same digest for the same inputs, and uploads nothing new the second time', async () => {
    const dir = projectDir({ ...projectFiles, Dockerfile: projectDockerfile(base.single.reference) });
    const first = await buildWithLayer(options(base, dir, { tags: ['same'] }));
    const second = await buildWithLayer(options(base, dir, { tags: ['same'] }));
    expect(second.digest).toBe(first.digest);
    expect(second.layers?.every((l) => l.transfer === 'present')).toBe(true);
    const other = projectDir({ ...projectFiles, Dockerfile: projectDockerfile(base.single.reference) });
    const third = await buildWithLayer(options(base, other, { tags: ['same'], push: false }));
    expect(third.digest).toBe(first.digest);
  });

  it('picks the requested platform out of a multi-platform index', async () => {
    const dir = projectDir({
      'a.txt': 'a\n',
      Dockerfile: `FROM ${base.multi.reference}\nCOPY a.txt /opt/\n`,
    });
    const arm = await buildWithLayer(
      options(base, dir, { platform: { os: 'linux', architecture: 'arm64' }, tags: ['arm'] }),
    );
    const amd = await buildWithLayer(options(base, dir, { tags: ['amd'] }));
    expect(arm.baseImage).toBe(`${base.multi.reference}@${base.multi.arm64}`);
    expect(amd.baseImage).toBe(`${base.multi.reference}@${base.multi.amd64}`);
    expect((await base.registry.inspect('p/r/pipeline:arm')).Architecture).toBe('arm64');
    await expect(
      buildWithLayer(options(base, dir, { platform: { os: 'linux', architecture: 's390x' } })),
    ).rejects.toThrow(
      `The image ${base.multi.reference} has no linux/s390x variant; it has linux/arm64/v8, linux/amd64.`,
    );
  });

  it('says clearly when the base image does not exist or FROM is malformed', async () => {
    const missingBase = projectDir({ Dockerfile: `FROM ${base.registry.host}/base/python:9.9\n` });
    await expect(buildWithLayer(options(base, missingBase))).rejects.toThrow(
      `The image ${base.registry.host}/base/python:9.9 does not exist: ${base.registry.host} answered HTTP 404 (MANIFEST_UNKNOWN).`,
    );
    const malformed = projectDir({ Dockerfile: 'ARG V=Bad\nFROM base/Python:$V\n' });
    await expect(buildWithLayer(options(base, malformed))).rejects.toThrow(
      'Dockerfile line 2: FROM base/Python:Bad is not a valid image reference: the path component "Python" must be lowercase letters and digits, separated by . _ __ or -',
    );
  });
});

describe.skipIf(missing !== undefined)('the layer builder across registries and in chunks', () => {
  let base: BaseImages;
  let other: RegistryStandIn;
  beforeAll(async () => {
    base = await startRegistryWithBases();
    other = await new RegistryStandIn({ accessLog: true }).start();
  });
  afterAll(async () => {
    await other?.stop();
    await base?.stop();
    removeProjectDirs();
  });

  it('copies base layers once from a base on another registry, then finds them in place', async () => {
    const dir = projectDir({
      'a.txt': 'a\n',
      Dockerfile: `FROM ${base.single.reference}\nCOPY a.txt /opt/\n`,
    });
    const target = parseRepository(`${other.host}/team/app`);
    const first = await buildWithLayer(options(base, dir, { target }));
    expect(first.layers?.map((l) => l.transfer)).toEqual(['copied', 'uploaded']);
    const second = await buildWithLayer(options(base, dir, { target, tags: ['again'] }));
    expect(second.layers?.map((l) => l.transfer)).toEqual(['present', 'present']);
    expect((await other.inspect(`team/app:abc123`)).Layers[0]).toBe(base.single.layerDigest);
  });

  it('uploads a layer larger than the chunk size in PATCH chunks', async () => {
    const dir = projectDir({
      'weights.bin': randomBytes(200_000),
      Dockerfile: `FROM ${base.single.reference}\nCOPY weights.bin /models/\n`,
    });
    const result = await buildWithLayer(options(base, dir, { tags: ['chunked'], chunkSize: 64 * 1024 }));
    const patches = base.registry.accessLog.entries.filter(
      (e) => e.method === 'PATCH' && e.path.startsWith('/v2/p/r/pipeline/'),
    );
    expect(patches.length).toBeGreaterThanOrEqual(4);
    expect((await base.registry.inspect('p/r/pipeline:chunked')).Digest).toBe(result.digest);
  });
});
