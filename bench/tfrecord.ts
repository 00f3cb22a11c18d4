// Benchmark: packages/tfrecord's countRecords (every CRC32C checked) over ~200 MB of generated
// TFRecords against just reading the same bytes the same way, as ratios measured in this run:
//   - from a file (fs.createReadStream, 1 MiB chunks), plain, against reading it;
//   - from memory (1 MiB chunks), plain, against one native CRC-32 pass (node:zlib) over the bytes;
//   - GZIP from a file, against read + gunzip (node:zlib, the same inflater the reader uses).
// Two record sizes: 2.5 KB (a CIFAR-10 Example) and 256 KiB.
//
//   node bench/tfrecord.ts [--runs N]
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, crc32 as zlibCrc32 } from 'node:zlib';
import { countRecords, writeRecords } from '../packages/tfrecord/src/index.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const TOTAL = 200e6;
const CHUNK = 1 << 20;

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

const work = mkdtempSync(join(tmpdir(), 'bench-tfrecord-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Records that compress like real data (about 2:1), not like zeros or noise. */
function* records(size: number, count: number): Generator<Uint8Array> {
  let state = 1;
  for (let i = 0; i < count; i++) {
    const record = new Uint8Array(size);
    for (let j = 0; j < size; j += 2) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      record[j] = 0x41 + (state >>> 28);
      record[j + 1] = (j >>> 4) & 0xff;
    }
    yield record;
  }
}

async function writeFile(path: string, size: number, count: number, compression: 'none' | 'gzip') {
  await pipeline(Readable.from(writeRecords(records(size, count), { compression })), createWriteStream(path));
}

async function drain(source: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of source);
}

async function* inChunks(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

async function best(run: () => Promise<unknown>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function line(label: string, bytes: number, baseline: number, ours: number): string {
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(0).padStart(5);
  return `  ${label.padEnd(34)} baseline ${mbps(baseline)} MB/s  countRecords ${mbps(ours)} MB/s  ratio ${(baseline / ours).toFixed(2)}× of baseline throughput`;
}

console.log(`tfrecord: countRecords over ~${TOTAL / 1e6} MB, best of ${RUNS}, Node ${process.version}`);
for (const size of [2_560, 256 * 1024]) {
  const count = Math.round(TOTAL / (size + 16));
  const plain = join(work, `records-${size}.tfrecord`);
  const gzip = join(work, `records-${size}.tfrecord.gz`);
  await writeFile(plain, size, count, 'none');
  await writeFile(gzip, size, count, 'gzip');
  const bytes = statSync(plain).size;
  const check = await countRecords(createReadStream(plain));
  if (check !== count) throw new Error(`counted ${check}, wrote ${count}`);

  console.log(`${count} records of ${size} bytes: ${bytes} bytes plain, ${statSync(gzip).size} GZIP`);
  const fileRead = await best(() => drain(createReadStream(plain, { highWaterMark: CHUNK })));
  const fileCount = await best(() => countRecords(createReadStream(plain, { highWaterMark: CHUNK })));
  console.log(line('plain, file stream vs read', bytes, fileRead, fileCount));

  // From memory, just iterating costs nothing; the baseline is one native pass over every byte
  // (node:zlib's CRC-32, in C++), the least any check of every byte can cost.
  const inMemory = readFileSync(plain);
  const memoryRead = await best(async () => {
    let crc = 0;
    for await (const chunk of inChunks(inMemory)) crc = zlibCrc32(chunk, crc);
  });
  const memoryCount = await best(() => countRecords(inChunks(inMemory)));
  console.log(line('plain, memory vs native CRC-32 pass', bytes, memoryRead, memoryCount));

  const gunzipRead = await best(() =>
    pipeline(
      createReadStream(gzip, { highWaterMark: CHUNK }),
      createGunzip({ chunkSize: 64 * 1024 }),
      async (s) => drain(s),
    ),
  );
  const gzipCount = await best(() => countRecords(createReadStream(gzip, { highWaterMark: CHUNK })));
  console.log(line('GZIP, file vs read + gunzip', bytes, gunzipRead, gzipCount));
}
