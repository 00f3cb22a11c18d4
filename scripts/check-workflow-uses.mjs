// Every `uses:` of our own actions and reusable workflows, in this repository's workflows and in
// the examples' workflows, must name an action (or workflow) that exists here and pass only
// inputs it declares, and every required one; third-party actions must be pinned by full SHA.
// The ```yaml examples of every Markdown file are held to the same rules (what a reader copies
// must be pinned, and sign in to Google Cloud through Workload Identity Federation).
// (packages/workflow does the work; it is TypeScript, so this runs on Node 24.)
// Usage: node scripts/check-workflow-uses.mjs [ROOT]
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnNode24 } from './on-node24.mjs';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

runOnNode24(import.meta.url);

const { checkWorkflowUses } = await import('../packages/workflow/src/check-uses.ts');
const { checkMarkdownUses } = await import('../packages/workflow/src/markdown-uses.ts');
const { trackedTextFiles } = await import('../packages/repo-lint/src/index.ts');

const root = resolve(process.argv[2] ?? repositoryRoot);
const examplesDir = join(root, 'examples');
const workflowDirs = [
  join(root, '.github', 'workflows'),
  ...(existsSync(examplesDir) ? readdirSync(examplesDir, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(examplesDir, entry.name, '.github', 'workflows')),
].filter((dir) => existsSync(dir));

let problems = 0;
const print = (file, problem) => {
  problems++;
  console.error(`${file}${problem.line ? `:${problem.line}` : ''}: ${problem.uses}: ${problem.message}`);
};
let workflows = 0;
for (const dir of workflowDirs) {
  for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file))) {
    workflows++;
    const checked = await checkWorkflowUses(join(dir, name), root);
    for (const problem of checked.problems) print(relative(root, problem.file), problem);
  }
}
const markdownFiles = trackedTextFiles(root).filter((file) => /\.md$/i.test(file.path));
for (const file of markdownFiles) {
  const checked = await checkMarkdownUses(file.path, file.text, root);
  for (const problem of checked.problems) print(file.path, problem);
}
if (problems > 0) {
  console.error(`check-workflow-uses: ${problems} problem(s)`);
  process.exit(1);
}
console.log(
  `check-workflow-uses: every uses: in ${workflows} workflows and the yaml examples of ${markdownFiles.length} Markdown files names what exists, with declared inputs, pinned`,
);
