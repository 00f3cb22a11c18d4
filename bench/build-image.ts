// Benchmark: build-image's `layer` builder against a full copy of the image, for a 1 GiB base
// image in the local registry (the real CNCF distribution registry, on loopback).
//
//   layer:    the built bundle (builder layer) adds a small pipeline project on top of the base
//   baseline: `skopeo copy` of the base image between two repositories of the same registry — what
//             pulling and pushing the whole image costs, as `docker build` on a fresh runner does
//
// Both talk to the registry through a counting TCP proxy, so bytes are counted the same way for
// both, headers included. Each run pushes a fresh base (new random layers), so neither tool finds
// anything from an earlier run. Reports ratios measured in this run.
//
//   node bench/build-image.ts [--runs N] [--layers N] [--layer-mib N]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CountingProxy } from '../packages/emulators/src/registry/counting-proxy.ts';
import { RegistryStandIn } from '../packages/emulators/src/registry/stand-in.ts';
import { ensureRegistryTools } from '../packages/emulators/src/registry/tools.ts';
import { sha256Digest } from '../packages/image/src/digest.ts';
import { uploadBlob } from '../packages/image/src/distribution/blobs.ts';
import { putManifest } from '../packages/image/src/distribution/manifests.ts';
import { OCI_CONFIG, OCI_LAYER_GZIP, OCI_MANIFEST } from '../packages/image/src/distribution/media-types.ts';
import { RegistryClient } from '../packages/image/src/distribution/registry-client.ts';
import { gzipReproducibly } from '../packages/image/src/layer/gzip.ts';
import { writeTar } from '../packages/image/src/layer/tar-writer.ts';

const root = new URL('..', import.meta.url).pathname;
const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const RUNS = option('runs', 3);
const LAYERS = option('layers', 4);
const LAYER_MIB = option('layer-mib', 256);

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);
const missing = ensureRegistryTools();
if (missing) throw new Error(missing);

const work = mkdtempSync(join(tmpdir(), 'bench-build-image-'));
const registry = await new RegistryStandIn().start();
const proxy = await new CountingProxy(registry.port).start();

interface Measure {
  ms: number;
  up: number;
  down: number;
}

/**
 * A base image of LAYERS × LAYER_MIB: each layer a valid tar+gzip (stored, since random bytes do
 * not compress) of one random file, pushed straight to the registry (not through the proxy).
 */
async function pushFreshBase(repository: string): Promise<number> {
  const client = new RegistryClient(registry.host);
  const layers = [];
  const diffIds = [];
  for (let i = 0; i < LAYERS; i++) {
    const tar = writeTar([
      {
        type: 'file',
        path: `opt/base/layer-${i}.bin`,
        data: randomBytes(LAYER_MIB * 1024 * 1024),
        mode: 0o644,
        uid: 0,
        gid: 0,
      },
    ]);
    const blob = gzipReproducibly(tar, 0);
    const digest = sha256Digest(blob);
    await uploadBlob(client, repository, digest, blob, 64 * 1024 * 1024);
    layers.push({ mediaType: OCI_LAYER_GZIP, digest, size: blob.length });
    diffIds.push(sha256Digest(tar));
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'PYTHONPATH=/opt/base'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map(() => ({ created_by: 'bench base layer' })),
    }),
  );
  const configDigest = sha256Digest(config);
  await uploadBlob(client, repository, configDigest, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: configDigest, size: config.length },
      layers,
    }),
  );
  await putManifest(client, repository, '1', OCI_MANIFEST, manifest);
  return layers.reduce((n, l) => n + l.size, 0);
}

async function measure(fn: () => Promise<void>): Promise<Measure> {
  proxy.reset();
  const start = performance.now();
  await fn();
  return { ms: performance.now() - start, up: proxy.bytesUp, down: proxy.bytesDown };
}

/** Child processes run asynchronously: the counting proxy lives in this process's event loop. */
function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c));
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed:\n${output}`)),
    );
  });
}

function skopeoCopy(from: string, to: string): Promise<void> {
  return runChild(
    'skopeo',
    [
      '--insecure-policy',
      'copy',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      '--src-no-creds',
      '--dest-no-creds',
      `docker://${proxy.host}/${from}`,
      `docker://${proxy.host}/${to}`,
    ],
    process.env,
  );
}

/** The original project: a few pipeline modules and the Dockerfile tfx generates, minus RUN. */
function pipelineProject(base: string): string {
  const dir = join(work, `project-${Math.random().toString(36).slice(2)}`);
  const files: Record<string, string> = {
    Dockerfile: `FROM ${base}\nWORKDIR /pipeline\nCOPY ./ ./\nENV PYTHONPATH="/pipeline:\${PYTHONPATH}"\n`,
    'kubeflow_runner.py': 'from pipeline import configs, pipeline\n'.repeat(40),
    'pipeline/configs.py': 'PIPELINE_NAME = "img-classification"\n'.repeat(60),
    'pipeline/pipeline.py': 'def create_pipeline(**kwargs):\n    return kwargs\n'.repeat(120),
    'models/model.py': 'def run_fn(fn_args):\n    return fn_args\n'.repeat(200),
    'models/preprocessing.py': 'def preprocessing_fn(inputs):\n    return inputs\n'.repeat(100),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The built action as a whole process, as the runner starts it. */
function layerBuild(project: string, target: string): Promise<void> {
  return runChild(process.execPath, [join(root, 'actions/build-image/dist/index.mjs')], {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: project,
    RUNNER_TEMP: work,
    GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    INPUT_BUILDER: 'layer',
    INPUT_IMAGE: `${proxy.host}/${target}`,
    INPUT_TAGS: 'bench',
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MiB`;

try {
  const layer: Measure[] = [];
  const copy: Measure[] = [];
  let baseBytes = 0;
  for (let run = 1; run <= RUNS; run++) {
    baseBytes = await pushFreshBase(`bench/base-${run}`);
    const project = pipelineProject(`${proxy.host}/bench/base-${run}:1`);
    layer.push(await measure(() => layerBuild(project, `bench/app-${run}`)));
    copy.push(await measure(() => skopeoCopy(`bench/base-${run}:1`, `bench/copy-${run}:1`)));
    const [l, c] = [layer.at(-1) as Measure, copy.at(-1) as Measure];
    console.log(
      `run ${run}: layer ${l.ms.toFixed(0)} ms, ${mib(l.up)} up, ${mib(l.down)} down | skopeo copy ${c.ms.toFixed(0)} ms, ${mib(c.up)} up, ${mib(c.down)} down`,
    );
    if (c.up < baseBytes / 2)
      console.log('  note: skopeo uploaded less than half the base: it reused blobs it knew of');
  }
  const [l, c] = [layer, copy].map((m) => ({
    ms: median(m.map((x) => x.ms)),
    up: median(m.map((x) => x.up)),
    down: median(m.map((x) => x.down)),
  })) as [Measure, Measure];
  console.log(
    `\nbuild-image layer vs skopeo copy, base image ${mib(baseBytes)} in ${LAYERS} layers (medians of ${RUNS} runs)`,
  );
  console.log('| measure | layer | skopeo copy | ratio |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| bytes uploaded | ${mib(l.up)} | ${mib(c.up)} | ${(l.up / c.up).toExponential(2)} |`);
  console.log(
    `| bytes downloaded | ${mib(l.down)} | ${mib(c.down)} | ${(l.down / c.down).toExponential(2)} |`,
  );
  console.log(`| time | ${l.ms.toFixed(0)} ms | ${c.ms.toFixed(0)} ms | ${(l.ms / c.ms).toFixed(4)} |`);
} finally {
  await proxy.stop();
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
}
