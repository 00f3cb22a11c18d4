// The repository stands on its own: no tracked file refers to a path outside its root (the
// team's sibling "shared" folder, a path that climbs out, an absolute path of someone's machine), and every
// relative Markdown link resolves to a file in it. (packages/repo-lint does the work; it is
// TypeScript, so this runs on Node 24.) Usage: node scripts/check-repo-paths.mjs [ROOT]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnNode24 } from './on-node24.mjs';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

runOnNode24(import.meta.url);

const { findBrokenLinks, findOutsidePaths, formatProblem, trackedTextFiles } = await import(
  '../packages/repo-lint/src/index.ts'
);

const root = resolve(process.argv[2] ?? repositoryRoot);
const files = trackedTextFiles(root);
const checkout = root.replace(/\/$/, '');
const parent = dirname(checkout);
const machinePaths = parent === '/' ? [checkout] : [checkout, `${parent}/`];
const problems = [...findOutsidePaths(files, { machinePaths }), ...findBrokenLinks(root, files)];
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`check-repo-paths: ${problems.length} reference(s) outside the repository or to nothing`);
  process.exit(1);
}
console.log(
  `check-repo-paths: ${files.length} files refer only to paths inside the repository; every relative link resolves`,
);
