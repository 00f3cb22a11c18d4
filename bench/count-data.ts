// Benchmark: count-data in objects mode (listing with matchGlob, taken filter, the entries
// streamed to a file under the temp folder, the manifest uploaded from it with create-if-absent)
// against paging the same listing with the raw @google-cloud/storage client, over N objects in a
// Cloud Storage stand-in in this process. Reports the ratio of times measured in this run, and,
// in separate runs, each one's peak live heap growth (heap after a forced full GC, sampled every
// 50 ms, against the same just before) at two sizes: flat memory is the same growth at N/4 and N
// objects. (Peak heapUsed without the GC mostly measures when the collector happened to run.)
//
//   node bench/count-data.ts [--objects 100000] [--runs 3]
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readConfig } from '../actions/count-data/src/config.ts';
import { countNewData } from '../actions/count-data/src/count-all.ts';
import { manifestHeaderOf } from '../actions/count-data/src/manifest.ts';
import { ManifestEntriesFile, writeManifestFromFileOnce } from '../packages/data-loop/src/index.ts';
import { GcsStandIn } from '../packages/emulators/src/index.ts';
import { createStorage } from '../packages/gcs/src/index.ts';
import { createInputs } from '../packages/kit/src/index.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const OBJECTS = arg('--objects', 100_000);
const RUNS = arg('--runs', 3);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
let runNumber = 0;

const gcs = await new GcsStandIn().start();
const storage = createStorage({ apiEndpoint: gcs.url, projectId: gcs.projectId });
const empty = { has: () => false, spanOf: () => undefined, size: 0, spans: [] as number[], overlaps: [] };

async function fill(bucket: string, count: number): Promise<void> {
  gcs.store.createBucket(bucket);
  const data = Buffer.from('x');
  for (let i = 0; i < count; i++)
    await gcs.store.write(bucket, `data/day${i % 30}/obj-${String(i).padStart(7, '0')}.jpg`, data);
}

async function raw(bucket: string): Promise<number> {
  let count = 0;
  let pageToken: string | undefined;
  do {
    const [files, next] = await storage.bucket(bucket).getFiles({
      prefix: 'data/',
      matchGlob: 'data/**',
      autoPaginate: false,
      maxResults: 1000,
      ...(pageToken ? { pageToken } : {}),
    });
    count += files.length;
    pageToken = (next as { pageToken?: string } | null)?.pageToken;
  } while (pageToken);
  return count;
}

/** What the action does between reading the taken set and the outputs: count, then the manifest. */
async function ours(bucket: string): Promise<number> {
  const inputs = createInputs(
    (name) => ({ source: `gs://${bucket}/data/`, threshold: '1', unit: 'objects' })[name] ?? '',
  );
  const config = readConfig(inputs, { workspace: process.cwd(), ref: 'refs/heads/main' });
  const entries = new ManifestEntriesFile();
  try {
    const tally = await countNewData(storage, config, empty, entries);
    entries.close();
    const context = {
      repository: 'acme/vision',
      runId: String(++runNumber),
      job: 'count',
      sha: 'a'.repeat(40),
    };
    const key = `run-${runNumber}-count`;
    const written = await writeManifestFromFileOnce(
      storage,
      config.state,
      key,
      manifestHeaderOf(config, tally, context),
      entries,
    );
    if (!written.created) throw new Error(`${written.uri} was there already`);
    return tally.count;
  } finally {
    entries.remove();
  }
}

/** Drops the manifests written so far, so the stand-in's store does not grow from run to run. */
async function dropManifests(bucket: string): Promise<void> {
  const [files] = await storage.bucket(bucket).getFiles({ prefix: 'data/_mlops/' });
  await Promise.all(files.map((file) => file.delete()));
}

async function timed(fn: () => Promise<number>, expected: number): Promise<number> {
  const start = performance.now();
  const counted = await fn();
  const ms = performance.now() - start;
  if (counted !== expected) throw new Error(`counted ${counted}, expected ${expected}`);
  return ms;
}

/** Peak live heap growth in MiB: a full GC then heapUsed, every 50 ms, against the same before. */
async function liveHeapGrowth(fn: () => Promise<number>, expected: number): Promise<number> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 50);
  try {
    const counted = await fn();
    if (counted !== expected) throw new Error(`counted ${counted}, expected ${expected}`);
  } finally {
    clearInterval(timer);
  }
  return (peak - base) / 2 ** 20;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

for (const size of [OBJECTS / 4, OBJECTS]) {
  const bucket = `bench-${size}`;
  await fill(bucket, size);
  const rawMs: number[] = [];
  const ourMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    rawMs.push(await timed(() => raw(bucket), size));
    ourMs.push(await timed(() => ours(bucket), size));
    await dropManifests(bucket);
  }
  const ourHeap = await liveHeapGrowth(() => ours(bucket), size);
  await dropManifests(bucket);
  const rawHeap = await liveHeapGrowth(() => raw(bucket), size);
  const [r, o] = [median(rawMs), median(ourMs)];
  console.log(
    `${size} objects: count-data (count + manifest) ÷ raw listing = ${(o / r).toFixed(2)}× (raw ${r.toFixed(0)} ms, ours ${o.toFixed(0)} ms); peak live heap growth raw ${rawHeap.toFixed(1)} MiB, ours ${ourHeap.toFixed(1)} MiB`,
  );
}
await gcs.stop();
