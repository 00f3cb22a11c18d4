// Temporary workspaces for the built action, and the paths of the fixtures it is run on.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { seedFixture, tempDir } from '@mlops-actions/testing';

/** The real fixtures (packages/testing/fixtures/seed), and paths relative to the repository root, the cwd of vitest. */
export const SEED = seedFixture('img-classification.pipeline.json');
export const INVALID = seedFixture('invalid-python-literal.pipeline.json');
export const KFP_YAML = resolve('packages/pipeline-spec/test/fixtures/kfp-2.1.0-conditional.yaml');
/** The stand-in compiler (see its docstring for the modes). */
export const COMPILER = new URL('fixtures/compile_pipeline.py', import.meta.url).pathname;

const created: string[] = [];

export function workspace(): string {
  const dir = tempDir('compile-pipeline-ws');
  created.push(dir);
  return dir;
}

/** Puts `text` at `path` inside the workspace, creating folders. */
export function put(root: string, path: string, text: string): string {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return target;
}

export const seedText = (): string => readFileSync(SEED, 'utf8');

/** The seed PipelineJob with its spec changed by `edit`, as JSON text. */
// biome-ignore lint/suspicious/noExplicitAny: tests break specs on purpose, by JSON path
export function editedSeed(edit: (job: any) => void): string {
  const job = JSON.parse(seedText());
  edit(job);
  return JSON.stringify(job);
}

export function removeCreated(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fake credential assembled at run time, the same one the stand-in compiler bakes in. */
export const FAKE_TOKEN = ['ghp', '_', 'Zq7'.repeat(12)].join('');
