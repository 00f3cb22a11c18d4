// Benchmark: why scripts/bundle.mjs (one esbuild pass, shared chunks in dist/chunks/) rather than
// one @vercel/ncc bundle per action. Builds every action with ncc the way a typical action
// repository does (`ncc build src/index.ts -o dist`, and `src/post.ts -o dist/post`) into a
// temporary folder, then compares ours with ncc:
//
// - bytes on disk: each action's files (ours: its entries plus the chunks they can load; ncc: its
//   dist folder), everything together, and the gzipped tarball of the repository either way;
// - cold start: process start to exit of `node <bundle>` with no inputs. Every action fails fast
//   on its first missing required input (the same `::error::` line from both builds, checked), so
//   this is the cost of loading the bundle. Ratios to a bare `node -e ''` measured in this run.
//
//   NCC_BIN=/path/to/node_modules/.bin/ncc node bench/bundling.ts [--runs N]
//
// ncc is not a dependency of this repository: without NCC_BIN the benchmark says so and skips.
// Install it outside the repository, e.g. `npm install --prefix /tmp/ncc @vercel/ncc`. It compiles
// TypeScript with the repository's own typescript (5.9). Our sources import `./x.ts` (Node 24 runs
// them as they are), which tsc only accepts without emitting, so ncc runs with --transpile-only and
// a tsconfig that allows emitting, in a copy of actions/ and packages/ whose node_modules link here.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 11;
const node = process.execPath;
const ncc = process.env.NCC_BIN;

if (!ncc || !existsSync(ncc)) {
  console.log(
    `bundling benchmark: skipped — @vercel/ncc is not a dependency of this repository${ncc ? ` (NCC_BIN=${ncc} does not exist)` : ''}.\n` +
      '  To run it: npm install --prefix /tmp/ncc @vercel/ncc && NCC_BIN=/tmp/ncc/node_modules/.bin/ncc node bench/bundling.ts',
  );
  process.exit(0);
}
if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const work = mkdtempSync(join(tmpdir(), 'bench-bundling-'));
const actions = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
  .sort();

// --- ncc builds, from a copy of the sources -------------------------------------------------------
const copy = join(work, 'copy');
mkdirSync(copy);
for (const file of ['package.json', 'tsconfig.base.json']) cpSync(join(root, file), join(copy, file));
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
for (const folder of ['actions', 'packages']) {
  for (const name of readdirSync(join(root, folder))) {
    for (const part of ['package.json', 'src', 'node_modules']) {
      const from = join(root, folder, name, part);
      if (existsSync(from))
        cpSync(from, join(copy, folder, name, part), { recursive: true, verbatimSymlinks: true });
    }
  }
}
// ncc's classic output, a CommonJS dist/index.js: for a "type": "module" package ncc emits ESM
// instead, and that build of trigger-vertex throws at load (google-gax reads __dirname).
for (const action of actions) {
  const file = join(copy, 'actions', action, 'package.json');
  const { type: _, ...manifest } = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify(manifest));
}
writeFileSync(
  join(copy, 'tsconfig.ncc.json'),
  JSON.stringify({
    extends: './tsconfig.base.json',
    compilerOptions: { noEmit: false, allowImportingTsExtensions: false },
  }),
);
const nccOut = join(work, 'ncc');
const STEPS = ['index', 'pre', 'post'];
for (const action of actions) {
  const dir = join(copy, 'actions', action);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(copy, 'tsconfig.ncc.json'), include: ['src'] }),
  );
  for (const step of STEPS) {
    if (!existsSync(join(dir, 'src', `${step}.ts`))) continue;
    const out = join(nccOut, action, 'dist', ...(step === 'index' ? [] : [step]));
    const result = spawnSync(ncc, ['build', `src/${step}.ts`, '-o', out, '--transpile-only', '--quiet'], {
      cwd: dir,
      env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`ncc build ${action}/src/${step}.ts failed:\n${result.stderr}`);
  }
}
const nccVersion = spawnSync(ncc, ['version'], { encoding: 'utf8' }).stdout.trim();

// --- bytes ----------------------------------------------------------------------------------------
const size = (file: string) => statSync(file).size;
const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + size(file), 0);
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
/** The files an entry of ours loads: static imports only, or dynamic ones too. */
function reachable(entry: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  const pattern = dynamic
    ? /(?:^import\s*(?:[^'"]*?from\s*)?|\bimport\()\s*["'](\.[^"']+\.mjs)["']/gm
    : /^import\s*(?:[^'"]*?from\s*)?["'](\.[^"']+\.mjs)["']/gm;
  for (const match of text.matchAll(pattern))
    reachable(resolve(dirname(entry), match[1] as string), dynamic, seen);
  return seen;
}
const httpClient = join(root, 'dist/chunks/http-client.cjs'); // @actions/core's, required on first use

interface Sizes {
  action: string;
  oursStart: number;
  oursAll: number;
  nccStart: number;
  nccAll: number;
}
const sizes: Sizes[] = actions.map((action) => {
  const entries = STEPS.map((step) => join(root, 'actions', action, 'dist', `${step}.mjs`)).filter(
    existsSync,
  );
  const all = new Set<string>([httpClient]);
  for (const entry of entries) reachable(entry, true, all);
  return {
    action,
    oursStart: sum(reachable(join(root, 'actions', action, 'dist/index.mjs'), false)),
    oursAll: sum(all),
    nccStart: size(join(nccOut, action, 'dist/index.js')),
    nccAll: sum(filesUnder(join(nccOut, action))),
  };
});
const oursTotal = sum([
  ...filesUnder(join(root, 'dist')),
  ...actions.flatMap((action) => filesUnder(join(root, 'actions', action, 'dist'))),
]);
const nccTotal = sum(filesUnder(nccOut));

// The repository as a `git clone` or release tarball carries it: HEAD as committed, and HEAD with
// our bundles swapped for ncc's. Both trees are tarred and gzipped the same way.
const sh = (command: string) => {
  const result = spawnSync('sh', ['-c', command], { cwd: root, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
};
const treeOurs = join(work, 'tree-ours');
const treeNcc = join(work, 'tree-ncc');
mkdirSync(treeOurs);
mkdirSync(treeNcc);
sh(`git archive --format=tar HEAD | tar -x -C '${treeOurs}'`);
sh(`git archive --format=tar HEAD -- . ':(exclude)dist' ':(exclude)actions/*/dist' | tar -x -C '${treeNcc}'`);
for (const action of actions)
  cpSync(join(nccOut, action, 'dist'), join(treeNcc, 'actions', action, 'dist'), { recursive: true });
const tarball = (tree: string) =>
  sh(`tar -c --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C '${tree}' . | gzip -n | wc -c`)
    .toString()
    .trim();
const gitArchive = sh('git archive --format=tar HEAD | gzip -n | wc -c').toString().trim();
const tarOurs = Number(tarball(treeOurs));
const tarNcc = Number(tarball(treeNcc));
const bundlesGz = (files: string[]) => {
  const list = join(work, 'list');
  writeFileSync(list, files.map((file) => file.slice(file.startsWith(root) ? root.length : 0)).join('\n'));
  return Number(sh(`tar -c --sort=name -T '${list}' | gzip -n | wc -c`).toString().trim());
};
const oursGz = bundlesGz([
  ...filesUnder(join(root, 'dist')),
  ...actions.flatMap((action) => filesUnder(join(root, 'actions', action, 'dist'))),
]);
const nccGz = Number(sh(`tar -c --sort=name -C '${nccOut}' . | gzip -n | wc -c`).toString().trim());

// --- cold start -----------------------------------------------------------------------------------
interface Sample {
  ms: number;
  code: number | null;
  error: string;
  rssKiB?: number;
}
// An empty workspace: unit-test has no required input and would otherwise look for tests in the cwd.
const emptyWorkspace = join(work, 'workspace');
mkdirSync(emptyWorkspace);
const baseEnv = { PATH: process.env.PATH ?? '', HOME: join(work, 'home') };
const rssFile = join(work, 'rss');
function run(args: string[], measureRss: boolean): Promise<Sample> {
  const env: NodeJS.ProcessEnv = measureRss ? { ...baseEnv, BENCH_RSS_FILE: rssFile } : baseEnv;
  const argv = measureRss ? ['--import', join(root, 'bench/report-rss.mjs'), ...args] : args;
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(node, argv, { cwd: emptyWorkspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => {
      const ms = performance.now() - start;
      const error = output.split('\n').find((line) => line.startsWith('::error::')) ?? '';
      done({ ms, code, error, ...(measureRss ? { rssKiB: Number(readFileSync(rssFile, 'utf8')) } : {}) });
    });
  });
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const bare: number[] = [];
const timing = new Map(
  actions.map((action) => [action, { ours: [] as number[], ncc: [] as number[], oursRss: 0, nccRss: 0 }]),
);
for (let round = 0; round < RUNS + 2; round++) {
  const warm = round < 2; // fill the page cache; also where peak RSS is read (--import costs time)
  const baseline = await run(['-e', ''], false);
  if (!warm) bare.push(baseline.ms);
  for (const action of actions) {
    const record = timing.get(action) as NonNullable<ReturnType<typeof timing.get>>;
    const pair = [
      ['ours', join(root, 'actions', action, 'dist/index.mjs')],
      ['ncc', join(nccOut, action, 'dist/index.js')],
    ] as const;
    const results: Sample[] = [];
    for (const [which, bundle] of round % 2 === 0 ? pair : [...pair].reverse()) {
      const sample = await run([bundle], warm);
      if (sample.code === 0 || !sample.error)
        throw new Error(
          `${which} ${action}: expected a fast failure on a missing input, got exit ${sample.code}`,
        );
      results.push(sample);
      if (warm) record[`${which}Rss`] = Math.max(record[`${which}Rss`], sample.rssKiB ?? 0);
      else record[which].push(sample.ms);
    }
    if (results[0]?.error !== results[1]?.error)
      throw new Error(
        `${action}: the two builds fail differently:\n  ${results[0]?.error}\n  ${results[1]?.error}`,
      );
  }
}

// --- report ---------------------------------------------------------------------------------------
const KiB = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const nodeMs = median(bare);
console.log(
  `bundling benchmark: esbuild shared chunks (ours) vs ncc ${nccVersion} per action; Node 24, ${RUNS} runs (medians)`,
);
console.log(`  baseline: bare node -e '': ${nodeMs.toFixed(1)} ms\n`);
console.log(
  '  action            | on disk, ours: at start / all it can load | ncc: index.js / dist | cold start ours | ncc   | ncc/ours | peak RSS ours / ncc',
);
for (const s of sizes) {
  const t = timing.get(s.action) as NonNullable<ReturnType<typeof timing.get>>;
  const ours = median(t.ours) / nodeMs;
  const other = median(t.ncc) / nodeMs;
  console.log(
    `  ${s.action.padEnd(17)} | ${`${MiB(s.oursStart)} / ${MiB(s.oursAll)}`.padEnd(41)} | ${`${MiB(s.nccStart)} / ${MiB(s.nccAll)}`.padEnd(19)} | ${`${ours.toFixed(1)}×`.padEnd(15)} | ${`${other.toFixed(1)}×`.padEnd(5)} | ${`${(other / ours).toFixed(2)}×`.padEnd(8)} | ${(t.oursRss / 1024).toFixed(0)} / ${(t.nccRss / 1024).toFixed(0)} MiB`,
  );
}
const nccSum = sizes.reduce((total, s) => total + s.nccAll, 0);
console.log(
  `\n  all ${actions.length} actions on disk: ours ${MiB(oursTotal)} (dist/ + actions/*/dist), ncc ${MiB(nccTotal)} — ${(nccTotal / oursTotal).toFixed(1)}× ours`,
);
console.log(
  `  the same bundles tarred and gzipped: ours ${KiB(oursGz)}, ncc ${KiB(nccGz)} — ${(nccGz / oursGz).toFixed(1)}×`,
);
console.log(
  `  the repository tarball (HEAD, tar | gzip -n): ours ${MiB(tarOurs)}, with ncc's bundles instead ${MiB(tarNcc)} — ${(tarNcc / tarOurs).toFixed(2)}×  (git archive HEAD | gzip: ${MiB(Number(gitArchive))})`,
);
if (nccSum !== nccTotal) throw new Error('ncc sizes do not add up');

rmSync(work, { recursive: true, force: true });
