// Preloaded into a measured Node process (--import): writes its peak resident set size, in KiB,
// to the file named by BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
