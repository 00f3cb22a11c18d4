// The seed fixtures are real files from the original project: pinned, so an edit fails here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type SeedFixture, seedFixture } from '../src/index.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const PINNED: Record<SeedFixture, string> = {
  'img-classification.pipeline.json': 'edc38210bd63837a01c9f2111b01371d5b42330a5d64f5cc80198bb8a5df25b9',
  'invalid-python-literal.pipeline.json': '0e3ae341422570bd42a0814df4bad6066abbb92e0c81fa5048595ced45e296a2',
  'cifar10_train.tfrecord': 'dcc5f7509d0f04e414e5faba0b59b44c2050c65992cf86d21d05f4c0312458b5',
  'cifar10_test.tfrecord': '54d160745def548dc78edf3fe25cf5346ae4a052898a6810d0383091b42ef205',
  'labels.txt': 'bb3914949cecedee6d1257f7f5fdb8f43fa3b2c8095fd1763161caf1b873fe59',
};

describe('seed fixtures', () => {
  test.each(Object.entries(PINNED))('%s is the file copied from the original project', (name, digest) => {
    expect(sha256(seedFixture(name as SeedFixture))).toBe(digest);
  });

  test("the example's compiled spec is the same file as the fixture", () => {
    const example = new URL(
      '../../../examples/cifar10/pipeline/tfx-compiled/img-classification.pipeline.json',
      import.meta.url,
    ).pathname;
    expect(sha256(example)).toBe(PINNED['img-classification.pipeline.json']);
  });
});
