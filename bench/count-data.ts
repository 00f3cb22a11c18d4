// Benchmark: count-data in objects mode (listing with matchGlob, taken filter, the tally that
// becomes the manifest) against paging the same listing with the raw @google-cloud/storage
// client, over N objects in a Cloud Storage stand-in in this process. Reports the ratio of times
// measured in this run and the heap growth of each, at two sizes, to show how memory scales.
//
//   node bench/count-data.ts [--objects 100000] [--runs 3]
import { performance } from 'node:perf_hooks';
import { readConfig } from '../actions/count-data/src/config.ts';
import { countNewData } from '../actions/count-data/src/count-all.ts';
import { GcsStandIn } from '../packages/emulators/src/index.ts';
import { createStorage } from '../packages/gcs/src/index.ts';
import { createInputs } from '../packages/kit/src/index.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const OBJECTS = arg('--objects', 100_000);
const RUNS = arg('--runs', 3);

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

async function ours(bucket: string): Promise<number> {
  const inputs = createInputs(
    (name) => ({ source: `gs://${bucket}/data/`, threshold: '1', unit: 'objects' })[name] ?? '',
  );
  const config = readConfig(inputs, { workspace: process.cwd(), ref: 'refs/heads/main' });
  return (await countNewData(storage, config, empty)).count;
}

async function measure(
  fn: () => Promise<number>,
  expected: number,
): Promise<{ ms: number; heapMiB: number }> {
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  const counted = await fn();
  const ms = performance.now() - start;
  clearInterval(timer);
  if (counted !== expected) throw new Error(`counted ${counted}, expected ${expected}`);
  return { ms, heapMiB: (peak - base) / 2 ** 20 };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

for (const size of [OBJECTS / 4, OBJECTS]) {
  const bucket = `bench-${size}`;
  await fill(bucket, size);
  const rawRuns: { ms: number; heapMiB: number }[] = [];
  const ourRuns: { ms: number; heapMiB: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    rawRuns.push(await measure(() => raw(bucket), size));
    ourRuns.push(await measure(() => ours(bucket), size));
  }
  const rawMs = median(rawRuns.map((r) => r.ms));
  const ourMs = median(ourRuns.map((r) => r.ms));
  console.log(
    `${size} objects: count-data ÷ raw listing = ${(ourMs / rawMs).toFixed(2)}× (raw ${rawMs.toFixed(0)} ms, ours ${ourMs.toFixed(0)} ms); heap growth raw ${median(rawRuns.map((r) => r.heapMiB)).toFixed(1)} MiB, ours ${median(ourRuns.map((r) => r.heapMiB)).toFixed(1)} MiB`,
  );
}
await gcs.stop();
