import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempDir } from '@mlops-actions/testing';

const FIXTURES = new URL('fixtures/', import.meta.url).pathname;
const created: string[] = [];

/**
 * A fresh workspace holding a copy of a fixture project (under `subdirectory`, when given), so
 * that nothing a run writes can land in this repository.
 */
export function fixtureWorkspace(name: string, subdirectory = ''): string {
  const workspace = tempDir('unit-test-ws');
  created.push(workspace);
  const target = join(workspace, subdirectory);
  mkdirSync(target, { recursive: true });
  cpSync(join(FIXTURES, name), target, { recursive: true });
  return workspace;
}

/** A scratch folder outside any workspace (reports, pid files, fake interpreters). */
export function scratchDir(): string {
  const dir = tempDir('unit-test-scratch');
  created.push(dir);
  return dir;
}

/** An executable shell script. */
export function script(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

export function removeCreated(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file and folder under `root`, relative and sorted: what a run must leave unchanged. */
export function treeOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
