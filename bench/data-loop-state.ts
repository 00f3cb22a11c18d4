// Benchmark: readTaken (packages/data-loop) over 100,000 taken objects in 4 published spans,
// against reading the same bytes raw with the same @google-cloud/storage client in this script:
// one listing of the spans prefix, then every object downloaded, all at once (readTaken reads its
// spans 8 at a time; there are 8 objects). The stand-in runs in its own process. Reports the
// ratio of medians measured in this run, never seconds against a fixed number.
//
//   node bench/data-loop-state.ts [--runs N] [--spans N] [--per-span N]
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { publishSpan, readTaken, type TakenEntry } from '../packages/data-loop/src/index.ts';
import { createStorage, parseGsUri } from '../packages/gcs/src/index.ts';

const root = new URL('..', import.meta.url).pathname;
const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = argument('--runs', 7);
const SPANS = argument('--spans', 4);
const PER_SPAN = argument('--per-span', 25_000);

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

/** A fresh Cloud Storage stand-in in a child process, so it and this client each get a core. */
async function startStandIn(): Promise<{ url: string; child: ChildProcess }> {
  const source = `
    import { GcsStandIn } from ${JSON.stringify(join(root, 'packages/emulators/src/index.ts'))};
    const standIn = await new GcsStandIn().start();
    standIn.store.createBucket('collected-data');
    console.log(standIn.url);
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

/** Names shaped like collected data: dated folders, class folders, numbered files. */
function spanEntries(span: number): TakenEntry[] {
  return Array.from({ length: PER_SPAN }, (_, i) => ({
    name: `collected/2025-0${1 + (span % 9)}-${String(1 + (i % 28)).padStart(2, '0')}/class-${i % 10}/img_${span}_${String(i).padStart(6, '0')}.jpg`,
    generation: String(1_736_000_000_000_000 + span * 1_000_000 + i),
  }));
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main() {
  const { url, child } = await startStandIn();
  try {
    const storage = createStorage({ apiEndpoint: url, projectId: 'bench' });
    const state = parseGsUri('gs://collected-data/collected/_mlops/');
    for (let span = 0; span < SPANS; span++) await publishSpan(storage, state, span, spanEntries(span));
    const bucket = storage.bucket('collected-data');

    const raw = async () => {
      const [files] = await bucket.getFiles({ prefix: 'collected/_mlops/spans/' });
      const bodies = await Promise.all(files.map((file) => file.download()));
      return bodies.reduce((sum, [body]) => sum + body.length, 0);
    };
    // The least any reader must do: the same download, then gunzip every taken list.
    const rawGunzip = async () => {
      const [files] = await bucket.getFiles({ prefix: 'collected/_mlops/spans/' });
      const bodies = await Promise.all(files.map((file) => file.download()));
      return bodies.reduce(
        (sum, [body], i) => sum + (files[i]?.name.endsWith('.gz') ? gunzipSync(body).length : 0),
        0,
      );
    };
    const ours = async () => (await readTaken(storage, state)).size;

    const expected = SPANS * PER_SPAN;
    const bytes = await raw();
    if ((await ours()) !== expected) throw new Error('readTaken did not find every taken object');
    const times = { raw: [] as number[], rawGunzip: [] as number[], ours: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order, so none always runs on a warmer process.
      const order = [
        ['raw', raw],
        ['rawGunzip', rawGunzip],
        ['ours', ours],
      ] as const;
      for (const [name, fn] of run % 2 === 0 ? order : [...order].reverse()) {
        const start = performance.now();
        await fn();
        times[name].push(performance.now() - start);
      }
    }
    const ratio = median(times.ours) / median(times.raw);
    console.log(
      `data-loop state: readTaken over ${expected.toLocaleString('en')} taken objects in ${SPANS} spans ` +
        `(${(bytes / 1024).toFixed(0)} KiB of taken lists and markers), ${RUNS} runs, medians`,
    );
    console.log(`  readTaken ÷ raw listing + download of the same objects: ${ratio.toFixed(2)}×`);
    console.log(
      `  readTaken ÷ the same + gunzip (parsing, checking and the set are the rest): ${(median(times.ours) / median(times.rawGunzip)).toFixed(2)}×`,
    );
    console.log(
      `  (per run: raw ${median(times.raw).toFixed(0)} ms, readTaken ${median(times.ours).toFixed(0)} ms — shown for scale only)`,
    );
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin?.end();
    await exited;
  }
}

await main();
