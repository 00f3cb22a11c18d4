import { describe, expect, it } from 'vitest';
import { decodeExample, type Example, encodeExample, readRecords } from '../src/index.ts';
import { CIFAR_FILES, cifarBytes } from './helpers.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('tf.train.Example', () => {
  for (const name of CIFAR_FILES) {
    it(`decodes all 128 records of ${name} and re-encodes each to the same bytes`, async () => {
      const ids = new Set<string>();
      const labels = new Map<bigint, number>();
      let records = 0;
      for await (const record of readRecords([cifarBytes(name)])) {
        const example = decodeExample(record);
        expect([...example.features.keys()].sort()).toEqual(['id', 'image', 'label']);
        const id = example.features.get('id');
        const image = example.features.get('image');
        const label = example.features.get('label');
        if (id?.kind !== 'bytes' || image?.kind !== 'bytes' || label?.kind !== 'int64') {
          throw new Error(`record ${records}: unexpected feature kinds`);
        }
        expect(id.values).toHaveLength(1);
        ids.add(Buffer.from(id.values[0] as Uint8Array).toString());
        expect(
          Buffer.from(image.values[0] as Uint8Array)
            .subarray(0, 8)
            .equals(PNG_MAGIC),
        ).toBe(true);
        expect(label.values).toHaveLength(1);
        const value = label.values[0] as bigint;
        expect(value >= 0n && value <= 9n).toBe(true);
        labels.set(value, (labels.get(value) ?? 0) + 1);
        expect(Buffer.from(encodeExample(example)).equals(record)).toBe(true);
        records++;
      }
      expect(records).toBe(128);
      expect(ids.size).toBe(128);
      expect([...labels.values()].reduce((a, b) => a + b, 0)).toBe(128);
      expect(labels.size).toBeGreaterThan(1);
    });
  }

  it('round-trips int64 as bigint (negatives, the extremes) and float32', () => {
    const example: Example = {
      features: new Map([
        [
          'ints',
          { kind: 'int64', values: [0n, 1n, -1n, 127n, 128n, 2n ** 31n, -(2n ** 63n), 2n ** 63n - 1n] },
        ],
        [
          'floats',
          { kind: 'float', values: [0, -0, 0.5, -1.25, 3.4028234663852886e38, Number.POSITIVE_INFINITY] },
        ],
        ['bytes', { kind: 'bytes', values: [new Uint8Array(0), new Uint8Array([1, 2, 3])] }],
        ['empty-ints', { kind: 'int64', values: [] }],
        ['empty-floats', { kind: 'float', values: [] }],
        ['empty-bytes', { kind: 'bytes', values: [] }],
        ['ünïcode key', { kind: 'float', values: [0.1] }],
      ]),
    };
    const decoded = decodeExample(encodeExample(example));
    expect([...decoded.features.keys()]).toEqual([...example.features.keys()]);
    expect(decoded.features.get('ints')).toEqual(example.features.get('ints'));
    expect(decoded.features.get('floats')).toEqual(example.features.get('floats'));
    expect(decoded.features.get('bytes')).toEqual(example.features.get('bytes'));
    expect(decoded.features.get('empty-ints')).toEqual({ kind: 'int64', values: [] });
    // float32, not float64: 0.1 comes back as the nearest float32.
    expect(decoded.features.get('ünïcode key')).toEqual({ kind: 'float', values: [Math.fround(0.1)] });
    // -1 as an int64 varint is ten bytes, as protobuf writes it.
    const minusOne = encodeExample({ features: new Map([['x', { kind: 'int64', values: [-1n] }]]) });
    expect(
      Buffer.from(minusOne).includes(
        Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
      ),
    ).toBe(true);
  });

  it('decodes unpacked repeated numbers as written by older protobuf encoders', () => {
    // Example{features{feature{key:"n" value{int64_list{value:3 value:-2}}} feature{key:"f" value{float_list{value:1.5 value:2}}}}}
    const int64List = [0x08, 0x03, 0x08, ...[0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]];
    const floatList = [0x0d, ...f32(1.5), 0x0d, ...f32(2)];
    const entryN = [0x0a, 1, 0x6e, 0x12, int64List.length + 2, 0x1a, int64List.length, ...int64List];
    const entryF = [0x0a, 1, 0x66, 0x12, floatList.length + 2, 0x12, floatList.length, ...floatList];
    const features = [0x0a, entryN.length, ...entryN, 0x0a, entryF.length, ...entryF];
    const bytes = Uint8Array.from([0x0a, features.length, ...features]);
    const decoded = decodeExample(bytes);
    expect(decoded.features.get('n')).toEqual({ kind: 'int64', values: [3n, -2n] });
    expect(decoded.features.get('f')).toEqual({ kind: 'float', values: [1.5, 2] });
    // Re-encoded packed, as TensorFlow writes it; still the same values.
    expect(decodeExample(encodeExample(decoded))).toEqual(decoded);
  });

  it('refuses malformed bytes and values that do not fit the type, saying what is wrong', () => {
    expect(() => decodeExample(Uint8Array.from([0x0a, 0x05, 0x0a]))).toThrow(
      'not a valid tf.train.Example: a length of 5 runs past the end',
    );
    expect(() =>
      encodeExample({ features: new Map([['x', { kind: 'int64', values: [2n ** 63n] }]]) }),
    ).toThrow('int64 value 0: 9223372036854775808 is not a bigint in the int64 range');
    expect(() =>
      encodeExample({ features: new Map([['x', { kind: 'int64', values: [5 as unknown as bigint] }]]) }),
    ).toThrow('int64 value 0: 5 is not a bigint');
    expect(() =>
      encodeExample({ features: new Map([['x', { kind: 'text', values: [] } as never]]) }),
    ).toThrow('feature "x": kind "text" is not one of bytes, float, int64');
  });
});

function f32(value: number): number[] {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setFloat32(0, value, true);
  return [...bytes];
}
