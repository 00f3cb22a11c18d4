// Benchmark: copy-modules' sync (packages/gcs: walk, one listing, plan, apply 16 at a time)
// against plain uploads with the same @google-cloud/storage client in this script — one file
// after another, and 16 at a time — to a Cloud Storage stand-in in its own process. Two folders:
// 2,000 files of 10 KB, and 20 files of 20 MB. Then the unchanged second run against the first,
// and the built action as a whole process (Node start and bundle load included). Reports ratios
// measured in this run, never seconds against a fixed number: these machines are noisy.
//
//   node bench/copy-modules.ts [--runs N] [--case small|large]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  applySync,
  createSelection,
  createStorage,
  planSync,
  walkFolder,
} from '../packages/gcs/src/index.ts';

// The client type, without importing @google-cloud/storage from here, where it is not a dependency.
type Storage = ReturnType<typeof createStorage>;

const root = new URL('..', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const CONCURRENCY = 16;
// The same split as the sync: simple uploads up to 8 MiB, resumable in 8 MiB chunks above.
const RESUMABLE_THRESHOLD = 8 << 20;
const CHUNK_SIZE = 8 << 20;

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const work = mkdtempSync(join(tmpdir(), 'bench-copy-modules-'));

interface Case {
  name: string;
  folder: string;
  files: string[];
  bytes: number;
}

/** Deterministic, incompressible bytes: a different seed per file. */
function bytes(size: number, seed: number): Buffer {
  const data = Buffer.alloc(size);
  let state = seed >>> 0 || 1;
  for (let i = 0; i + 4 <= size; i += 4) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    data.writeUInt32LE(state, i);
  }
  return data;
}

function makeCase(name: string, count: number, size: number, perFolder: number): Case {
  const folder = join(work, name);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(folder, `area${Math.floor(i / perFolder)}`, `module_${i}.py`);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, bytes(size, i + 1));
    files.push(path);
  }
  return { name, folder, files, bytes: count * size };
}

/** A fresh Cloud Storage stand-in in a child process, so it and this client each get a core. */
async function startStandIn(): Promise<{ url: string; child: ChildProcess }> {
  const source = `
    import { GcsStandIn } from ${JSON.stringify(join(root, 'packages/emulators/src/index.ts'))};
    const standIn = await new GcsStandIn().start();
    console.log(standIn.url);
    // Ends with this script, however it ends: its stdin closes.
    process.stdin.resume();
    process.stdin.on('end', async () => { await standIn.stop(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(data.toString().trim()));
    child.once('exit', (code) => reject(new Error(`the stand-in exited with ${code}`)));
  });
  return { url, child };
}

async function stopStandIn(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin?.end();
  await exited;
}

function uploadOptions(path: string) {
  const resumable = statSync(path).size > RESUMABLE_THRESHOLD;
  return {
    resumable,
    ...(resumable ? { chunkSize: CHUNK_SIZE } : {}),
    // A precondition keeps the client's retries on, as in the sync.
    preconditionOpts: { ifGenerationMatch: 0 },
  };
}

async function plainUploads(storage: Storage, bucket: string, c: Case, concurrency: number): Promise<void> {
  const target = storage.bucket(bucket);
  let next = 0;
  const worker = async () => {
    while (next < c.files.length) {
      const path = c.files[next++] as string;
      await target.upload(path, { destination: `plain/${relative(c.folder, path)}`, ...uploadOptions(path) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function sync(
  storage: Storage,
  bucket: string,
  c: Case,
): Promise<{ uploaded: number; skipped: number }> {
  const tree = walkFolder(c.folder, createSelection());
  const plan = await planSync(storage, tree.files, { bucket, prefix: 'sync/' }, { concurrency: CONCURRENCY });
  const outcome = await applySync(storage, plan, { concurrency: CONCURRENCY });
  if (outcome.failed.length > 0)
    throw new Error(`sync failed: ${JSON.stringify(outcome.failed.slice(0, 3))}`);
  return { uploaded: outcome.uploaded.length, skipped: plan.skips.length };
}

/** The built action as the runner starts it: a Node 24 process with INPUT_* variables. */
function actionRun(url: string, bucket: string, c: Case): number {
  const output = join(work, 'output');
  writeFileSync(output, '');
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'actions/copy-modules/dist/index.mjs')], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: work,
      GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
      GITHUB_OUTPUT: output,
      STORAGE_EMULATOR_HOST: url,
      GOOGLE_CLOUD_PROJECT: 'bench',
      INPUT_PATH: c.name,
      INPUT_DESTINATION: `gs://${bucket}/action`,
      INPUT_VERSIONED: 'true',
      INPUT_CONCURRENCY: String(CONCURRENCY),
    },
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`copy-modules failed: ${result.stdout}\n${result.stderr}`);
  return ms;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const caseArg = process.argv.indexOf('--case');
const only = caseArg > 0 ? process.argv[caseArg + 1] : undefined;
const cases = [
  ...(only === undefined || only === 'small' ? [makeCase('small', 2000, 10 * 1024, 100)] : []),
  ...(only === undefined || only === 'large' ? [makeCase('large', 20, 20 << 20, 5)] : []),
];
if (cases.length === 0) throw new Error(`--case must be small or large; got ${only}`);
const keys = ['sequential', 'concurrent', 'first', 'second', 'actionFirst', 'actionSecond'] as const;
const samples = new Map(cases.map((c) => [c.name, Object.fromEntries(keys.map((k) => [k, [] as number[]]))]));

/** Runs `fn` against a fresh stand-in: no earlier objects to skip, hold in memory or collect garbage for. */
async function withStandIn<T>(fn: (url: string, storage: Storage) => Promise<T>): Promise<T> {
  const { url, child } = await startStandIn();
  try {
    const storage = createStorage({ apiEndpoint: url, projectId: 'bench' });
    await storage.createBucket('bench');
    return await fn(url, storage);
  } finally {
    await stopStandIn(child);
  }
}

// One warm-up round (not counted) so that every measurement meets a warm JIT and page cache.
for (let run = -1; run < RUNS; run++) {
  for (const c of cases) {
    const s = samples.get(c.name) as Record<(typeof keys)[number], number[]>;
    const record = (key: (typeof keys)[number], ms: number) => run >= 0 && s[key].push(ms);
    record(
      'sequential',
      await withStandIn(async (_, storage) => (await timed(() => plainUploads(storage, 'bench', c, 1))).ms),
    );
    record(
      'concurrent',
      await withStandIn(
        async (_, storage) => (await timed(() => plainUploads(storage, 'bench', c, CONCURRENCY))).ms,
      ),
    );
    await withStandIn(async (_, storage) => {
      const first = await timed(() => sync(storage, 'bench', c));
      const second = await timed(() => sync(storage, 'bench', c));
      if (first.value.uploaded !== c.files.length || second.value.skipped !== c.files.length) {
        throw new Error(
          `unexpected sync counts: ${JSON.stringify({ first: first.value, second: second.value })}`,
        );
      }
      record('first', first.ms);
      record('second', second.ms);
    });
    await withStandIn(async (url) => {
      record('actionFirst', actionRun(url, 'bench', c));
      record('actionSecond', actionRun(url, 'bench', c));
    });
  }
}

console.log(
  `copy-modules benchmark: ${RUNS} runs per case (medians), ${CONCURRENCY} at a time, stand-in in its own process`,
);
for (const c of cases) {
  const s = samples.get(c.name) as Record<(typeof keys)[number], number[]>;
  const m = Object.fromEntries(keys.map((k) => [k, median(s[k])])) as Record<(typeof keys)[number], number>;
  const mib = (c.bytes / (1 << 20)).toFixed(0);
  console.log(`  ${c.files.length} files, ${mib} MiB (${c.name}):`);
  console.log(
    `    baselines: sequential ${m.sequential.toFixed(0)} ms; 16 at a time ${m.concurrent.toFixed(0)} ms (${(m.sequential / m.concurrent).toFixed(2)}× faster than sequential)`,
  );
  console.log(
    `    first sync: ${(m.first / m.sequential).toFixed(2)}× sequential, ${(m.first / m.concurrent).toFixed(2)}× 16-at-a-time  (${m.first.toFixed(0)} ms)`,
  );
  console.log(
    `    unchanged second sync: ${(m.first / m.second).toFixed(1)}× faster than the first  (${m.second.toFixed(0)} ms)`,
  );
  console.log(
    `    built action (process): first ${(m.actionFirst / m.concurrent).toFixed(2)}× 16-at-a-time (${m.actionFirst.toFixed(0)} ms), unchanged second ${(m.actionFirst / m.actionSecond).toFixed(1)}× faster (${m.actionSecond.toFixed(0)} ms)`,
  );
}
if (process.env.BENCH_KEEP) console.log(`  kept ${work}`);
else rmSync(work, { recursive: true, force: true });
