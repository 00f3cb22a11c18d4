import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '@mlops-actions/testing';

const EXAMPLE = new URL('../../../examples/cifar10/', import.meta.url).pathname;
const created: string[] = [];

/** A fresh workspace holding a copy of the example TFX project (its models/ folder is what gets synced). */
export function exampleWorkspace(): string {
  const workspace = tempDir('copy-modules-ws');
  created.push(workspace);
  cpSync(EXAMPLE, workspace, { recursive: true });
  return workspace;
}

/** A scratch folder outside any workspace. */
export function scratchDir(): string {
  const dir = tempDir('copy-modules-scratch');
  created.push(dir);
  return dir;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function removeCreated(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
