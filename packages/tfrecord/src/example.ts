import { ProtoReader } from './proto-reader.ts';
import { ProtoWriter } from './proto-writer.ts';

// tf.train.Example, from tensorflow/core/example/{example,feature}.proto:
//   Example { Features features = 1; }   Features { map<string, Feature> feature = 1; }
//   Feature { oneof kind { BytesList bytes_list = 1; FloatList float_list = 2; Int64List int64_list = 3; } }
//   BytesList { repeated bytes value = 1; }  FloatList { repeated float value = 1 [packed]; }
//   Int64List { repeated int64 value = 1 [packed]; }

export type Feature =
  | { kind: 'bytes'; values: Uint8Array[] }
  | { kind: 'float'; values: number[] }
  | { kind: 'int64'; values: bigint[] };

/** Insertion order of `features` is wire order, so a decoded record re-encodes to the same bytes. */
export interface Example {
  features: Map<string, Feature>;
}

const LENGTH_DELIMITED = 2;
const VARINT = 0;
const FIXED32 = 5;

/** Decodes a serialized tf.train.Example; repeated numbers may be packed or not. */
export function decodeExample(bytes: Uint8Array): Example {
  const features = new Map<string, Feature>();
  const example = new ProtoReader(bytes);
  while (!example.done()) {
    const { field, wireType } = example.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) {
      decodeFeatures(example.bytes(), features);
    } else example.skip(wireType);
  }
  return { features };
}

function decodeFeatures(bytes: Uint8Array, into: Map<string, Feature>): void {
  const reader = new ProtoReader(bytes);
  while (!reader.done()) {
    const { field, wireType } = reader.tag();
    if (field !== 1 || wireType !== LENGTH_DELIMITED) {
      reader.skip(wireType);
      continue;
    }
    const entry = new ProtoReader(reader.bytes());
    let key = '';
    let feature: Feature = { kind: 'bytes', values: [] };
    while (!entry.done()) {
      const tag = entry.tag();
      if (tag.field === 1 && tag.wireType === LENGTH_DELIMITED) key = entry.string();
      else if (tag.field === 2 && tag.wireType === LENGTH_DELIMITED) feature = decodeFeature(entry.bytes());
      else entry.skip(tag.wireType);
    }
    into.set(key, feature);
  }
}

function decodeFeature(bytes: Uint8Array): Feature {
  const reader = new ProtoReader(bytes);
  // An empty Feature (no kind set) reads as an empty bytes list.
  let feature: Feature = { kind: 'bytes', values: [] };
  while (!reader.done()) {
    const { field, wireType } = reader.tag();
    if (wireType !== LENGTH_DELIMITED || field < 1 || field > 3) {
      reader.skip(wireType);
      continue;
    }
    const list = new ProtoReader(reader.bytes());
    if (field === 1) feature = { kind: 'bytes', values: readBytesList(list) };
    else if (field === 2) feature = { kind: 'float', values: readFloatList(list) };
    else feature = { kind: 'int64', values: readInt64List(list) };
  }
  return feature;
}

function readBytesList(list: ProtoReader): Uint8Array[] {
  const values: Uint8Array[] = [];
  while (!list.done()) {
    const { field, wireType } = list.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) values.push(list.bytes());
    else list.skip(wireType);
  }
  return values;
}

function readFloatList(list: ProtoReader): number[] {
  const values: number[] = [];
  while (!list.done()) {
    const { field, wireType } = list.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) {
      const packed = new ProtoReader(list.bytes());
      while (!packed.done()) values.push(packed.float());
    } else if (field === 1 && wireType === FIXED32) values.push(list.float());
    else list.skip(wireType);
  }
  return values;
}

function readInt64List(list: ProtoReader): bigint[] {
  const values: bigint[] = [];
  while (!list.done()) {
    const { field, wireType } = list.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) {
      const packed = new ProtoReader(list.bytes());
      while (!packed.done()) values.push(packed.int64());
    } else if (field === 1 && wireType === VARINT) values.push(list.int64());
    else list.skip(wireType);
  }
  return values;
}

/** Encodes as TensorFlow does: map entries in the map's order, numbers packed, empty lists empty. */
export function encodeExample(example: Example): Uint8Array {
  const features = new ProtoWriter();
  for (const [key, feature] of example.features) {
    features.message(1, (entry) => {
      entry.string(1, key);
      entry.message(2, (value) => encodeFeature(value, key, feature));
    });
  }
  const out = new ProtoWriter();
  out.bytes(1, features.finish());
  return out.finish();
}

function encodeFeature(writer: ProtoWriter, key: string, feature: Feature): void {
  switch (feature.kind) {
    case 'bytes':
      writer.message(1, (list) => {
        for (const value of feature.values) list.bytes(1, value);
      });
      return;
    case 'float':
      writer.message(2, (list) => {
        if (feature.values.length > 0) list.packedFloats(1, feature.values);
      });
      return;
    case 'int64':
      writer.message(3, (list) => {
        if (feature.values.length > 0) list.packedInt64s(1, feature.values);
      });
      return;
    default:
      throw new TypeError(
        `feature ${JSON.stringify(key)}: kind ${JSON.stringify((feature as { kind: unknown }).kind)} is not one of bytes, float, int64`,
      );
  }
}
