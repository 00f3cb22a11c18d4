// Benchmark: detect-changes (the built bundle, on Node 24, as a whole process) against
// `git diff --name-status -z` alone on the same commits of a synthetic repository of 50,000
// files where one commit changes 10,000. Reports ratios measured in this run, never seconds
// against a fixed number: these machines are noisy.
//
//   node bench/detect-changes.ts [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const FILES = 50_000;
const CHANGED = 10_000;
const node = process.execPath;

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const work = mkdtempSync(join(tmpdir(), 'bench-detect-'));
const repo = join(work, 'repo');
mkdirSync(repo);
const gitEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
};
const git = (args: string[], input?: string) => {
  const result = spawnSync('git', args, { cwd: repo, env: gitEnv, input, maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  return result.stdout.toString().trim();
};

// 100 top-level areas × 500 files; names cycle through .py, _test.py, .yaml, .md, .json.
const EXT = ['.py', '_test.py', '.yaml', '.md', '.json'];
const pathOf = (i: number) =>
  `${['models', 'pipeline', 'data', 'docs', 'src'][i % 5]}/area${Math.floor(i / 500)}/file${i}${EXT[i % EXT.length]}`;

function fastImport(): void {
  const lines: string[] = [];
  const commit = (mark: number, from: number | undefined, paths: number[], version: string) => {
    lines.push(
      `commit refs/heads/main`,
      `mark :${mark}`,
      `committer b <b@b> ${1_700_000_000 + mark} +0000`,
      'data 6',
      'bench',
      ...(from ? [`from :${from}`] : []),
    );
    for (const i of paths) {
      const data = `${version} ${i}\n`;
      lines.push(`M 100644 inline ${pathOf(i)}`, `data ${Buffer.byteLength(data)}`, data.slice(0, -1));
    }
    lines.push('');
  };
  commit(
    1,
    undefined,
    Array.from({ length: FILES }, (_, i) => i),
    'v1',
  );
  // Every fifth file changes: 10,000 files spread over all areas and kinds.
  commit(
    2,
    1,
    Array.from({ length: CHANGED }, (_, i) => i * 5 + (i % 5)),
    'v2',
  );
  git(['init', '--quiet', '--initial-branch=main']);
  git(['fast-import', '--quiet'], `${lines.join('\n')}\n`);
  git(['checkout', '--quiet', 'main']);
}

function filters(groups: number): string {
  const out: string[] = [];
  for (let g = 0; g < groups; g++) {
    out.push(
      `group${g}:`,
      `  - '${['models', 'pipeline', 'data', 'docs', 'src'][g % 5]}/area${g * 4}*/**'`,
      `  - 'src/**/*${EXT[g % 5]}'`,
      `  - '!**/*_test.py'`,
    );
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv): { ms: number; stdout: Buffer } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: repo, env, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

fastImport();
const before = git(['rev-parse', 'main~1']);
const after = git(['rev-parse', 'main']);
const eventPath = join(work, 'event.json');
writeFileSync(
  eventPath,
  JSON.stringify({ before, after, ref: 'refs/heads/main', repository: { default_branch: 'main' } }),
);
const rssFile = join(work, 'rss');

function actionEnv(groups: number): NodeJS.ProcessEnv {
  const outputFile = join(work, `output-${groups}`);
  writeFileSync(outputFile, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: after,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_OUTPUT: outputFile,
    INPUT_FILTERS: filters(groups),
    'INPUT_LIST-FILES': 'none',
    'INPUT_WORKING-DIRECTORY': '.',
    'INPUT_ON-UNKNOWN-BASE': 'all',
    INPUT_TOKEN: '',
    BENCH_RSS_FILE: rssFile,
  };
}

const bundle = join(root, 'actions/detect-changes/dist/index.mjs');
const nodeArgs = ['--import', join(root, 'bench/report-rss.mjs'), bundle];
const gitDiff = ['diff', '--name-status', '-z', before, after];
const cases = [1, 5, 20];
const samples: Record<string, number[]> = { git: [], node: [] };
const peakRss: Record<number, number> = {};
for (const groups of cases) samples[`groups${groups}`] = [];

// Sanity check, then interleave every case in each round so drift hits them all alike.
const check = timed('git', gitDiff, gitEnv);
const changedCount = check.stdout.toString().split('\0').filter(Boolean).length / 2;
if (changedCount !== CHANGED) throw new Error(`expected ${CHANGED} changed files, git says ${changedCount}`);
for (let round = 0; round < RUNS + 2; round++) {
  const warm = round < 2;
  const g = timed('git', gitDiff, gitEnv).ms;
  const n = timed(node, ['-e', ''], { PATH: process.env.PATH }).ms;
  if (!warm) {
    samples.git?.push(g);
    samples.node?.push(n);
  }
  for (const groups of cases) {
    const { ms } = timed(node, nodeArgs, actionEnv(groups));
    if (!warm) samples[`groups${groups}`]?.push(ms);
    peakRss[groups] = Math.max(peakRss[groups] ?? 0, Number(readFileSync(rssFile, 'utf8')));
  }
}

const output = readFileSync(join(work, 'output-20'), 'utf8');
if (!output.includes('group0<<') && !output.includes('group0='))
  throw new Error('detect-changes wrote no group outputs');

const gitMs = median(samples.git ?? []);
const nodeMs = median(samples.node ?? []);
console.log(`detect-changes benchmark: ${FILES} files, ${CHANGED} changed, ${RUNS} runs per case (medians)`);
console.log(
  `  baseline git diff --name-status -z: ${gitMs.toFixed(1)} ms; bare Node 24 start: ${nodeMs.toFixed(1)} ms (${(nodeMs / gitMs).toFixed(2)}× git)`,
);
for (const groups of cases) {
  const ms = median(samples[`groups${groups}`] ?? []);
  console.log(
    `  detect-changes, ${String(groups).padStart(2)} groups: ${(ms / gitMs).toFixed(2)}× git diff  (${ms.toFixed(1)} ms, peak RSS ${((peakRss[groups] ?? 0) / 1024).toFixed(0)} MiB)`,
  );
}
const perGroup = (median(samples.groups20 ?? []) - median(samples.groups1 ?? [])) / 19;
console.log(`  cost per extra group: ${(perGroup / gitMs).toFixed(3)}× git diff (${perGroup.toFixed(2)} ms)`);
if (process.env.BENCH_KEEP) console.log(`  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
