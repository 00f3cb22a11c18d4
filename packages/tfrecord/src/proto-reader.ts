const decoder = new TextDecoder('utf-8', { fatal: true });

/** The few protobuf wire-format reads tf.train.Example needs; throws on malformed input. */
export class ProtoReader {
  private pos = 0;
  private readonly view: DataView;
  private readonly data: Uint8Array;

  constructor(data: Uint8Array) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  done(): boolean {
    return this.pos >= this.data.length;
  }

  tag(): { field: number; wireType: number } {
    const key = this.varint32();
    return { field: key >>> 3, wireType: key & 7 };
  }

  bytes(): Uint8Array {
    const length = this.varint32();
    if (this.pos + length > this.data.length) this.fail(`a length of ${length} runs past the end`);
    const bytes = this.data.subarray(this.pos, this.pos + length);
    this.pos += length;
    return bytes;
  }

  string(): string {
    return decoder.decode(this.bytes());
  }

  float(): number {
    if (this.pos + 4 > this.data.length) this.fail('a float runs past the end');
    const value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  }

  /** A varint as a signed 64-bit integer (two's complement, as int64 fields are encoded). */
  int64(): bigint {
    // Fast path: values below 2^28 (labels, ids) fit in four bytes.
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.byte();
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt(value);
    }
    let big = BigInt(value);
    for (let shift = 28n; shift < 70n; shift += 7n) {
      const byte = this.byte();
      big |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return BigInt.asIntN(64, big);
    }
    return this.fail('a varint is longer than 10 bytes');
  }

  skip(wireType: number): void {
    if (wireType === 0) this.int64();
    else if (wireType === 1) this.advance(8);
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.advance(4);
    else this.fail(`unsupported wire type ${wireType}`);
  }

  private varint32(): number {
    const value = this.int64();
    if (value < 0n || value > 0x7fffffffn) this.fail(`a tag or length of ${value} is out of range`);
    return Number(value);
  }

  private byte(): number {
    if (this.pos >= this.data.length) this.fail('a varint runs past the end');
    return this.data[this.pos++] as number;
  }

  private advance(count: number): void {
    if (this.pos + count > this.data.length) this.fail('a fixed-width field runs past the end');
    this.pos += count;
  }

  private fail(what: string): never {
    throw new Error(`not a valid tf.train.Example: ${what} (at byte ${this.pos})`);
  }
}
