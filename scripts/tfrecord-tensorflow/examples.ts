// The Examples both sides write and compare: every feature kind, negatives, extremes, empty lists.
import type { Example, Feature } from '../../packages/tfrecord/src/index.ts';

export function sampleExamples(): Example[] {
  const examples: Example[] = [];
  for (let i = 0; i < 50; i++) {
    const features = new Map<string, Feature>([
      ['id', { kind: 'bytes', values: [new TextEncoder().encode(`sample-${i}`)] }],
      ['blob', { kind: 'bytes', values: [Uint8Array.from({ length: i * 97 }, (_, j) => (i + j) & 0xff)] }],
      ['label', { kind: 'int64', values: [BigInt(i % 10)] }],
      [
        'ints',
        { kind: 'int64', values: [BigInt(-i), -(2n ** 63n), 2n ** 63n - 1n, BigInt(i) * 1_000_000_007n] },
      ],
      ['floats', { kind: 'float', values: [i / 8, -1.5 * i, Math.fround(Math.PI * i)] }],
      ['empty', { kind: 'int64', values: [] }],
    ]);
    examples.push({ features });
  }
  return examples;
}

/** JSON both sides can compare: bytes as base64, int64 as decimal strings, floats as numbers. */
export function toJson(example: Example): Record<string, { kind: string; values: (string | number)[] }> {
  const json: Record<string, { kind: string; values: (string | number)[] }> = {};
  for (const [key, feature] of example.features) {
    json[key] = {
      kind: feature.kind,
      values:
        feature.kind === 'bytes'
          ? feature.values.map((v) => Buffer.from(v).toString('base64'))
          : feature.kind === 'int64'
            ? feature.values.map(String)
            : feature.values,
    };
  }
  return json;
}
