import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RepoFixture } from '@mlops-actions/testing';

/**
 * A throw-away "GitHub" repository holding examples/cifar10 as a project of its own (with the
 * spec TFX compiled for it, under pipeline/tfx-compiled/), committed and pushed to main: the
 * history the pushes of the demo build on.
 */
export function createExampleRepository(exampleDir: string): RepoFixture {
  const repo = new RepoFixture();
  try {
    // As bytes: the sample data (data/sample/*.tfrecord) is binary.
    const files: Record<string, Uint8Array> = {};
    for (const path of projectFiles(exampleDir)) files[path] = readFileSync(join(exampleDir, path));
    repo.commit(files, 'The CIFAR-10 pipeline project');
    repo.push('main');
    return repo;
  } catch (error) {
    repo.cleanup();
    throw error;
  }
}

/** The project's files, relative; Python caches left out. */
function projectFiles(dir: string, root = dir): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__pycache__' || entry.name === '.pytest_cache') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...projectFiles(full, root));
    else if (entry.isFile()) found.push(relative(root, full));
  }
  return found.sort();
}
