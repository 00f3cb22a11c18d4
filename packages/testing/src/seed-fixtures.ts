import { fileURLToPath } from 'node:url';

/** The real files from the original project, copied unchanged into packages/testing/fixtures/seed. */
export type SeedFixture =
  | 'img-classification.pipeline.json'
  | 'invalid-python-literal.pipeline.json'
  | 'cifar10_train.tfrecord'
  | 'cifar10_test.tfrecord'
  | 'labels.txt';

/** The absolute path of a seed fixture, wherever the tests run from. */
export function seedFixture(name: SeedFixture): string {
  return fileURLToPath(new URL(`../fixtures/seed/${name}`, import.meta.url));
}
