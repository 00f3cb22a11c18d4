// Step 3 of check-tfrecord-with-tensorflow.sh: our reader reads what TensorFlow wrote.
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  countRecords,
  decodeExample,
  detectCompression,
  readRecords,
} from '../../packages/tfrecord/src/index.ts';
import { toJson } from './examples.ts';

const work = process.argv[2];
if (!work) throw new Error('usage: node read.ts <folder>');
const expected = JSON.parse(readFileSync(join(work, 'expected.json'), 'utf8')) as unknown[];

for (const [name, compression] of [
  ['tf.tfrecord', 'none'],
  ['tf.tfrecord.gz', 'gzip'],
  ['tf.tfrecord.zz', 'zlib'],
] as const) {
  const path = join(work, name);
  const detected = detectCompression(readFileSync(path).subarray(0, 12));
  if (detected !== compression)
    throw new Error(`${name}: detected ${detected}, TensorFlow wrote ${compression}`);
  const decoded: unknown[] = [];
  for await (const record of readRecords(createReadStream(path))) decoded.push(toJson(decodeExample(record)));
  // Through JSON as expected.json went (-0 becomes 0); key order does not count, TensorFlow picks its own.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(decoded)), expected))
    throw new Error(`${name}: the Examples differ from what was written`);
  console.log(
    `read.ts: ${name} (${compression}, written by TensorFlow): ${await countRecords(createReadStream(path))} records, all equal`,
  );
}
