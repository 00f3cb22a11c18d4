// Step 1 of check-tfrecord-with-tensorflow.sh: our writer writes the files TensorFlow will read.
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedFixture } from '../../packages/testing/src/index.ts';
import { encodeExample, readRecords, writeRecords } from '../../packages/tfrecord/src/index.ts';
import { sampleExamples, toJson } from './examples.ts';

const work = process.argv[2];
if (!work) throw new Error('usage: node write.ts <folder>');

async function save(name: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  writeFileSync(join(work as string, name), Buffer.concat(parts));
}

const examples = sampleExamples();
const encoded = examples.map(encodeExample);
await save('ours.tfrecord', writeRecords(encoded));
await save('ours.tfrecord.gz', writeRecords(encoded, { compression: 'gzip' }));
const cifar: Uint8Array[] = [];
for await (const record of readRecords(createReadStream(seedFixture('cifar10_train.tfrecord'))))
  cifar.push(record);
await save('cifar.tfrecord.gz', writeRecords(cifar, { compression: 'gzip' }));
writeFileSync(join(work, 'expected.json'), JSON.stringify(examples.map(toJson)));
console.log(
  `write.ts: wrote ${examples.length} Examples plain and GZIP, ${cifar.length} CIFAR-10 records GZIP`,
);
