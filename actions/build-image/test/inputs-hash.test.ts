// Issue 13, item 5: every build is tagged with the hash of its inputs, and reuse-existing names
// the image of exactly the current inputs by digest instead of building — the modules route's
// image. The built bundle against the real distribution registry.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureRegistryTools, RegistryStandIn, writeTinyImage } from '@mlops-actions/emulators';
import { type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pipelineProject, removeWorkspaces, track } from './workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;
const missing = ensureRegistryTools();
const ENV = {
  GITHUB_SHA: 'c0ffee0000000000000000000000000000000001',
  GITHUB_REPOSITORY: 'octo-org/pipelines',
};
const HASH = /^[0-9a-f]{64}$/;

const finalError = (result: RunResult) =>
  result.annotations.filter((a) => a.level === 'error').at(-1)?.message ?? '';

afterEach(removeWorkspaces);

describe.skipIf(missing !== undefined)('build-image inputs-hash and reuse-existing (built bundle)', () => {
  let registry: RegistryStandIn;
  let dockerfile: string;
  beforeAll(async () => {
    registry = await new RegistryStandIn({ accessLog: true }).start();
    const layout = track(mkdtempSync(join(tmpdir(), 'build-image-base-')));
    await writeTinyImage(layout, {
      tag: '1.9.0',
      files: { 'usr/lib/python3/tfx.py': 'VERSION = "1.9.0"\n' },
    });
    await registry.push(`oci:${layout}:1.9.0`, 'tensorflow/tfx:1.9.0');
    dockerfile = `FROM ${registry.host}/tensorflow/tfx:1.9.0\nWORKDIR /pipeline\nCOPY ./ ./\n`;
  });
  afterAll(async () => {
    await registry?.stop();
    removeWorkspaces();
  });

  const run = (workspace: string, inputs: Record<string, string>) =>
    runBuiltAction({ actionDir, workspace, inputs, env: ENV });
  const writes = () => registry.accessLog.entries.filter((e) => e.method !== 'GET' && e.method !== 'HEAD');

  it('tags each build inputs-<hash>; reuse-existing then names that image by digest while only excluded files change', async () => {
    const workspace = pipelineProject(dockerfile);
    const inputs = {
      image: `${registry.host}/p/r/reuse`,
      context: 'pipeline',
      'inputs-hash-exclude': 'models',
    };

    const built = await run(workspace, { ...inputs, tags: 'first' });
    expect(built.exitCode).toBe(0);
    const hash = built.outputs['inputs-hash'] ?? '';
    expect(hash).toMatch(HASH);
    expect(built.outputs.reused).toBe('false');
    expect(built.outputs.tags).toBe(JSON.stringify(['first', `inputs-${hash}`]));
    expect((await registry.manifest(`p/r/reuse:inputs-${hash}`)).digest).toBe(built.outputs.digest);

    // Only the training modules (excluded) and a .dockerignored test changed: the same image.
    writeFileSync(join(workspace, 'pipeline/models/model.py'), 'def run_fn(fn_args): return 2\n');
    writeFileSync(join(workspace, 'pipeline/models/model_test.py'), 'def test_model(): assert True\n');
    registry.accessLog.clear();
    const reused = await run(workspace, { ...inputs, tags: 'second', 'reuse-existing': 'true' });
    expect(reused.exitCode).toBe(0);
    expect(reused.outputs).toEqual({
      image: `${registry.host}/p/r/reuse@${built.outputs.digest}`,
      digest: built.outputs.digest,
      'config-digest': '',
      tags: '[]',
      builder: '',
      'inputs-hash': hash,
      reused: 'true',
    });
    expect(reused.log).toContain(`p/r/reuse:inputs-${hash} exists, so nothing is built.`);
    expect(reused.summary).toContain('Image reused: nothing built');
    expect(writes()).toEqual([]);
    expect(await registry.listTags('p/r/reuse')).toEqual(['first', `inputs-${hash}`].sort());

    // A file that goes into the image changed: a new hash, so a new image is built and pushed.
    writeFileSync(join(workspace, 'pipeline/pipeline/pipeline.py'), 'def create_pipeline(): return None\n');
    const rebuilt = await run(workspace, { ...inputs, tags: 'third', 'reuse-existing': 'true' });
    expect(rebuilt.exitCode).toBe(0);
    const newHash = rebuilt.outputs['inputs-hash'] ?? '';
    expect(newHash).toMatch(HASH);
    expect(newHash).not.toBe(hash);
    expect(rebuilt.outputs.reused).toBe('false');
    expect(rebuilt.outputs.digest).not.toBe(built.outputs.digest);
    expect(rebuilt.log).toContain(`No image is tagged inputs-${newHash} yet: building it.`);
    expect((await registry.manifest(`p/r/reuse:inputs-${newHash}`)).digest).toBe(rebuilt.outputs.digest);
  });

  it('reuse-existing builds the first image of a repository that has none yet', async () => {
    const workspace = pipelineProject(dockerfile);
    const result = await run(workspace, {
      image: `${registry.host}/p/r/empty`,
      context: 'pipeline',
      'reuse-existing': 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.reused).toBe('false');
    expect(result.outputs.builder).toBe('layer');
    const hash = result.outputs['inputs-hash'];
    expect(await registry.listTags('p/r/empty')).toEqual([ENV.GITHUB_SHA, `inputs-${hash}`].sort());
  });

  it.each([
    [
      'inputs-hash-exclude',
      'models\n../secrets',
      'build-image: Input "inputs-hash-exclude" must be globs relative to the context, one per line (such as models or src/**/*.py; .dockerignore syntax, no "!", no "..", not absolute); got "../secrets", which leaves the context.',
    ],
    [
      'inputs-hash-exclude',
      '**',
      'build-image: Input "inputs-hash-exclude" must be globs relative to the context, one per line (such as models or src/**/*.py; .dockerignore syntax, no "!", no "..", not absolute); got "**", which matches every file, so the hash would cover no file.',
    ],
    ['reuse-existing', 'yes please', undefined],
  ])('rejects %s %j before any request', async (name, value, message) => {
    const workspace = pipelineProject(dockerfile);
    registry.accessLog.clear();
    const result = await run(workspace, {
      image: `${registry.host}/p/r/bad`,
      context: 'pipeline',
      [name]: value,
    });
    expect(result.exitCode).toBe(1);
    if (message !== undefined) expect(finalError(result)).toBe(message);
    else expect(finalError(result)).toMatch(/^build-image: Input "reuse-existing" must be true or false/);
    expect(registry.accessLog.entries).toEqual([]);
  });
});
