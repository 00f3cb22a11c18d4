// Benchmark: unit-test (the built bundle, on Node 24, as a whole process) against a bare
// `python3 -m pytest` on the same 500 generated test files, both cold as in a fresh checkout (no
// __pycache__, no .pytest_cache). Reports ratios measured in this run, never seconds against a
// fixed number: these machines are noisy.
//
//   node bench/unit-test.ts [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const FILES = 500;
const TESTS_PER_FILE = 4;
const FOLDERS = 25;
const node = process.execPath;

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const work = mkdtempSync(join(tmpdir(), 'bench-unit-test-'));
const project = join(work, 'project');
const runnerTemp = join(work, 'runner-temp');
mkdirSync(runnerTemp);

// 25 folders of 20 modules; basenames are unique, as pytest's default import mode needs.
const files: string[] = [];
for (let i = 0; i < FILES; i++) {
  const folder = `models/area${i % FOLDERS}`;
  mkdirSync(join(project, folder), { recursive: true });
  const path = `${folder}/feature${i}_test.py`;
  const tests = Array.from(
    { length: TESTS_PER_FILE },
    (_, t) => `def test_case_${t}():\n    assert math.isclose(math.sqrt(${i + t}) ** 2, ${i + t})\n`,
  );
  writeFileSync(join(project, path), `import math\n\n\n${tests.join('\n\n')}`);
  files.push(path);
}
files.sort();

/** Back to a fresh checkout: what either run wrote (bytecode, caches, plugin folders) is removed. */
function clean(): void {
  for (const entry of readdirSync(project, { recursive: true, withFileTypes: true })) {
    if (
      entry.isDirectory() &&
      ['__pycache__', '.pytest_cache', '.benchmarks', '.hypothesis'].includes(entry.name)
    )
      rmSync(join(entry.parentPath, entry.name), { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv, okCodes = [0]): number {
  clean();
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: project, env, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (!okCodes.includes(result.status ?? -1))
    throw new Error(`${command} failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  return ms;
}

// A hosted runner sets neither of these; this machine may. The bare baseline writes __pycache__
// and .pytest_cache as it would in CI; the action turns both off itself.
const runnerEnv: NodeJS.ProcessEnv = { ...process.env };
delete runnerEnv.PYTHONDONTWRITEBYTECODE;
delete runnerEnv.PYTHONUNBUFFERED;

const outputFile = join(work, 'output');
const summaryFile = join(work, 'summary.md');
const actionEnv: NodeJS.ProcessEnv = {
  ...runnerEnv,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: project,
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_OUTPUT: outputFile,
  GITHUB_STEP_SUMMARY: summaryFile,
  RUNNER_TEMP: runnerTemp,
  'INPUT_WORKING-DIRECTORY': '.',
  INPUT_PATTERN: '**/*_test.py',
  INPUT_PYTHON: 'python3',
  INPUT_ARGS: '',
  'INPUT_FAIL-ON-EMPTY': 'true',
  INPUT_TIMEOUT: '30m',
  'INPUT_REPORT-PATH': '',
};
const bundle = join(root, 'actions/unit-test/dist/index.mjs');
const bare = ['-m', 'pytest', ...files];
// What the action asks of pytest, without the action: isolates the cost of the action itself.
const sameWork = [
  '-m',
  'pytest',
  '-p',
  'no:cacheprovider',
  `--rootdir=${project}`,
  `--junitxml=${join(work, 'direct.xml')}`,
  '-o',
  'junit_family=xunit1',
  '--',
  ...files,
];
const sameWorkEnv = { ...runnerEnv, PYTHONDONTWRITEBYTECODE: '1' };

const samples: Record<'bare' | 'sameWork' | 'action' | 'node', number[]> = {
  bare: [],
  sameWork: [],
  action: [],
  node: [],
};
// Two warm-up rounds, then every case in each round so drift hits them all alike.
for (let round = 0; round < RUNS + 2; round++) {
  const warm = round < 2;
  const b = timed('python3', bare, runnerEnv);
  const s = timed('python3', sameWork, sameWorkEnv);
  writeFileSync(outputFile, '');
  const a = timed(node, [bundle], actionEnv);
  const n = timed(node, ['-e', ''], { PATH: process.env.PATH });
  if (!warm) {
    samples.bare.push(b);
    samples.sameWork.push(s);
    samples.action.push(a);
    samples.node.push(n);
  }
}

// A last run to check the action's work: every test counted, no cache or bytecode left behind.
writeFileSync(outputFile, '');
timed(node, [bundle], actionEnv);
const output = readFileSync(outputFile, 'utf8');
const expected = String(FILES * TESTS_PER_FILE);
if (!output.includes(`total<<`) || !output.includes(`\n${expected}\n`))
  throw new Error(`unit-test did not report ${expected} tests:\n${output}`);
const leftovers = readdirSync(project, { recursive: true }).filter((p) =>
  /__pycache__|\.pytest_cache/.test(String(p)),
);
if (leftovers.length > 0) throw new Error(`unit-test left caches in the project: ${leftovers.join(', ')}`);

const bareMs = median(samples.bare);
const sameMs = median(samples.sameWork);
const actionMs = median(samples.action);
const nodeMs = median(samples.node);
console.log(
  `unit-test benchmark: ${FILES} test files, ${expected} tests, ${RUNS} runs per case (medians), cold like a fresh checkout`,
);
console.log(
  `  baseline bare python3 -m pytest <files> (writes __pycache__ and .pytest_cache): ${bareMs.toFixed(0)} ms`,
);
console.log(
  `  unit-test, built bundle on Node 24: ${(actionMs / bareMs).toFixed(3)}× bare pytest  (${actionMs.toFixed(0)} ms; goal ≤ 1.1×)`,
);
console.log(
  `  pytest with the action's options, no action: ${(sameMs / bareMs).toFixed(3)}× bare pytest  (${sameMs.toFixed(0)} ms)`,
);
console.log(
  `  the action's own cost: ${((actionMs - sameMs) / bareMs).toFixed(3)}× bare pytest (${(actionMs - sameMs).toFixed(0)} ms; bare Node 24 start ${nodeMs.toFixed(0)} ms)`,
);
if (process.env.BENCH_KEEP) console.log(`  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
