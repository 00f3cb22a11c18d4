// Benchmark: CRC32C candidates for packages/tfrecord on one 64 MiB buffer, as ratios to a baseline
// measured in the same run (these machines are noisy; never seconds against a fixed number).
//   - baseline: the pure-JS CRC32C class inside @google-cloud/storage (what the client uses)
//   - packages/tfrecord: pure-JS slicing-by-16 (the one shipped: one bundle for every runner)
//   - hash-wasm: WASM (bundleable, but asynchronous to set up)
//   - @node-rs/crc32: native addon, one binary per platform (cannot ship in one committed bundle)
//   - node:zlib crc32: CRC-32 (not CRC32C) in Node's C++: a speed ceiling, not a candidate
// All CRC32C candidates must agree on the value, or the benchmark fails.
//
//   node bench/crc32c.ts [--runs N]
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32c as nativeCrc32c } from '@node-rs/crc32';
import { createCRC32 } from 'hash-wasm';
import { crc32c } from '../packages/tfrecord/src/index.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const SIZE = 64 << 20;

if (!process.version.startsWith('v24'))
  throw new Error(`run this benchmark on Node 24 (node_modules/.bin/node), not ${process.version}`);

// @google-cloud/storage is a dependency of packages/gcs, not of the repository root.
const requireFromGcs = createRequire(new URL('../packages/gcs/package.json', import.meta.url));
const { CRC32C } = requireFromGcs('@google-cloud/storage') as {
  CRC32C: new () => { update(data: Uint8Array): void; toString(): string };
};

const data = new Uint8Array(SIZE);
let state = 1;
for (let i = 0; i < SIZE; i += 4) {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  data[i] = state;
  data[i + 1] = state >>> 8;
  data[i + 2] = state >>> 16;
  data[i + 3] = state >>> 24;
}

const wasm = await createCRC32(0x82f63b78);

interface Candidate {
  name: string;
  run: () => number;
  runs?: number;
}

const candidates: Candidate[] = [
  {
    name: '@google-cloud/storage CRC32C (pure JS, baseline)',
    runs: 1, // about a second per run
    run: () => {
      const crc = new CRC32C();
      crc.update(data);
      return Buffer.from(crc.toString(), 'base64').readUInt32BE(0);
    },
  },
  { name: 'packages/tfrecord crc32c (pure JS, slicing-by-16)', run: () => crc32c(data) },
  {
    name: 'hash-wasm createCRC32(0x82f63b78) (WASM)',
    run: () => {
      wasm.init();
      wasm.update(data);
      return Number.parseInt(wasm.digest('hex'), 16);
    },
  },
  { name: '@node-rs/crc32 crc32c (native addon)', run: () => nativeCrc32c(Buffer.from(data.buffer)) },
  { name: 'node:zlib crc32 (CRC-32, not CRC32C: ceiling)', run: () => zlibCrc32(data) },
];

const results: { name: string; mbps: number; value: number }[] = [];
for (const candidate of candidates) {
  let best = Number.POSITIVE_INFINITY;
  let value = 0;
  for (let run = 0; run < (candidate.runs ?? RUNS); run++) {
    const start = performance.now();
    value = candidate.run() >>> 0;
    best = Math.min(best, performance.now() - start);
  }
  results.push({ name: candidate.name, mbps: SIZE / 1e6 / (best / 1000), value });
}

const crc32cValues = new Set(results.filter((r) => !r.name.startsWith('node:zlib')).map((r) => r.value));
if (crc32cValues.size !== 1) throw new Error(`CRC32C candidates disagree: ${JSON.stringify(results)}`);

const baseline = results[0]?.mbps ?? 1;
const ceiling = results.at(-1)?.mbps ?? 1;
console.log(`crc32c over ${SIZE >> 20} MiB, best of ${RUNS} (baseline 1 run), Node ${process.version}`);
for (const result of results) {
  console.log(
    `  ${result.name.padEnd(50)} ${result.mbps.toFixed(0).padStart(6)} MB/s  ${(result.mbps / baseline).toFixed(1).padStart(5)}× baseline  ${(result.mbps / ceiling).toFixed(2)}× zlib crc32`,
  );
}
