// Benchmark: count-data's record counting (countNewData with unit: records — listing, a ranged
// read of each listed generation, every CRC32C checked) against a plain download of the same
// objects with the same @google-cloud/storage client and the same concurrency, the bytes streamed
// to nowhere; for GZIP objects against download + gunzip. ~200 MB of TFRecords (2.5 KB records,
// like a CIFAR-10 Example) in a Cloud Storage stand-in in this process. Reports throughput ratios
// measured in this run (medians of --runs). Two baselines: the download with the client's own
// validation off (the fastest the client gets; the goal is measured against it) and with its
// default validation (what `file.createReadStream()` does as is: a pure-JS CRC32C of the body).
// The client's createReadStream prints MaxListenersExceededWarning (teeny-request re-pipes on each
// 'reading'); count-data's reads (packages/gcs mediaRequest) do not.
//
//   node bench/count-data-records.ts [--objects 40] [--object-mb 5] [--runs 5] [--concurrency 8]
import { performance } from 'node:perf_hooks';
import { type Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { readConfig } from '../actions/count-data/src/config.ts';
import { countNewData } from '../actions/count-data/src/count-all.ts';
import { ManifestEntriesFile } from '../packages/data-loop/src/index.ts';
import { GcsStandIn } from '../packages/emulators/src/index.ts';
import { createStorage } from '../packages/gcs/src/index.ts';
import { createInputs } from '../packages/kit/src/index.ts';
import { writeRecords } from '../packages/tfrecord/src/index.ts';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const OBJECTS = arg('--objects', 40);
const OBJECT_BYTES = arg('--object-mb', 5) * 1e6;
const RUNS = arg('--runs', 5);
const CONCURRENCY = arg('--concurrency', 8);
const RECORD_BYTES = 2_560;
const BUCKET = 'bench-records';

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const gcs = await new GcsStandIn().start();
const storage = createStorage({ apiEndpoint: gcs.url, projectId: gcs.projectId });
const empty = { has: () => false, spanOf: () => undefined, size: 0, spans: [] as number[], overlaps: [] };

/** Records that compress like real data (about 2:1), not like zeros or noise. */
function* records(count: number, seed: number): Generator<Uint8Array> {
  let state = seed;
  for (let i = 0; i < count; i++) {
    const record = new Uint8Array(RECORD_BYTES);
    for (let j = 0; j < RECORD_BYTES; j += 2) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      record[j] = 0x41 + (state >>> 28);
      record[j + 1] = (j >>> 4) & 0xff;
    }
    yield record;
  }
}

async function tfrecordBytes(count: number, seed: number, compression: 'none' | 'gzip'): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeRecords(records(count, seed), { compression })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

interface Set {
  folder: string;
  gzip: boolean;
  records: number;
  /** Bytes as stored (compressed for GZIP). */
  stored: number;
  /** Bytes of TFRecord framing the reader goes through (uncompressed). */
  uncompressed: number;
}

async function fill(folder: string, compression: 'none' | 'gzip'): Promise<Set> {
  const perObject = Math.round(OBJECT_BYTES / (RECORD_BYTES + 16));
  const extension = compression === 'gzip' ? '.tfrecord.gz' : '.tfrecord';
  let stored = 0;
  for (let i = 0; i < OBJECTS; i++) {
    const data = await tfrecordBytes(perObject, i + 1, compression);
    stored += data.length;
    await gcs.store.write(BUCKET, `${folder}/part-${String(i).padStart(5, '0')}${extension}`, data);
  }
  return {
    folder,
    gzip: compression === 'gzip',
    records: perObject * OBJECTS,
    stored,
    uncompressed: perObject * OBJECTS * (RECORD_BYTES + 16),
  };
}

/** count-data's own path: listing, new-object filter, a read at each listed generation, countRecords. */
async function countData(set: Set): Promise<number> {
  const inputs = createInputs(
    (name) =>
      ({
        source: `gs://${BUCKET}/${set.folder}/`,
        threshold: '1',
        unit: 'records',
        concurrency: String(CONCURRENCY),
      })[name] ?? '',
  );
  const config = readConfig(inputs, { workspace: process.cwd(), ref: 'refs/heads/main' });
  // The manifest's entries go to a temporary file as the action streams them.
  const entries = new ManifestEntriesFile();
  try {
    const tally = await countNewData(storage, config, empty, entries);
    if (tally.count !== set.records) throw new Error(`counted ${tally.count}, expected ${set.records}`);
    return tally.bytes;
  } finally {
    entries.remove();
  }
}

/** List, then download every object `CONCURRENCY` at a time, bytes to nowhere (gunzipped when asked). */
async function download(
  client: ReturnType<typeof createStorage>,
  set: Set,
  options: { validation: false | 'crc32c'; gunzip: boolean },
): Promise<number> {
  const [files] = await client.bucket(BUCKET).getFiles({ prefix: `${set.folder}/` });
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      if (file === undefined) return;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      });
      const body: Readable = file.createReadStream({ validation: options.validation });
      if (options.gunzip) await pipeline(body, createGunzip({ chunkSize: 64 * 1024 }), sink);
      else await pipeline(body, sink);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const expected = options.gunzip ? set.uncompressed : set.stored;
  if (bytes !== expected) throw new Error(`downloaded ${bytes} bytes, expected ${expected}`);
  return bytes;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

gcs.store.createBucket(BUCKET);
const sets = [await fill('plain', 'none'), await fill('gzip', 'gzip')];
console.log(
  `count-data records: ${OBJECTS} objects per set, ${RECORD_BYTES}-byte records, concurrency ${CONCURRENCY}, medians of ${RUNS}, Node ${process.version}`,
);
for (const set of sets) {
  const cases = {
    raw: () => download(storage, set, { validation: false, gunzip: set.gzip }),
    validated: () => download(storage, set, { validation: 'crc32c', gunzip: set.gzip }),
    ours: () => countData(set),
  };
  await cases.ours(); // warm-up: JIT, sockets
  await cases.raw();
  const ms: Record<keyof typeof cases, number[]> = { raw: [], validated: [], ours: [] };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a neighbour's load on the shared machine hits all three alike.
    for (const name of Object.keys(cases) as (keyof typeof cases)[]) ms[name].push(await time(cases[name]));
  }
  const mbps = (m: number) => (set.stored / 1e6 / (m / 1000)).toFixed(0);
  const raw = median(ms.raw);
  const validated = median(ms.validated);
  const ours = median(ms.ours);
  const baseline = set.gzip ? 'download + gunzip' : 'download';
  console.log(
    `${set.gzip ? 'GZIP ' : 'plain'}: ${(set.stored / 1e6).toFixed(0)} MB stored (${(set.uncompressed / 1e6).toFixed(0)} MB of records, ${set.records} records)`,
  );
  console.log(
    `  count-data ${mbps(ours)} MB/s; ${baseline} ${mbps(raw)} MB/s (validation off), ${mbps(validated)} MB/s (client's crc32c validation)`,
  );
  console.log(
    `  ratio of throughput: ${(raw / ours).toFixed(2)}× of ${baseline} with validation off, ${(validated / ours).toFixed(2)}× with the client's validation`,
  );
}
await gcs.stop();
