const encoder = new TextEncoder();
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The few protobuf wire-format writes tf.train.Example needs. */
export class ProtoWriter {
  private buffer = new Uint8Array(256);
  private length = 0;

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  bytes(field: number, value: Uint8Array): void {
    this.varint((field << 3) | 2);
    this.varint(value.length);
    this.ensure(value.length);
    this.buffer.set(value, this.length);
    this.length += value.length;
  }

  string(field: number, value: string): void {
    this.bytes(field, encoder.encode(value));
  }

  message(field: number, write: (child: ProtoWriter) => void): void {
    const child = new ProtoWriter();
    write(child);
    this.bytes(field, child.finish());
  }

  packedFloats(field: number, values: number[]): void {
    const packed = new Uint8Array(values.length * 4);
    const view = new DataView(packed.buffer);
    values.forEach((value, i) => {
      if (typeof value !== 'number')
        throw new TypeError(`float value ${i}: ${String(value)} is not a number`);
      view.setFloat32(i * 4, value, true);
    });
    this.bytes(field, packed);
  }

  packedInt64s(field: number, values: bigint[]): void {
    const packed = new ProtoWriter();
    values.forEach((value, i) => {
      if (typeof value !== 'bigint' || value < INT64_MIN || value > INT64_MAX) {
        throw new TypeError(`int64 value ${i}: ${String(value)} is not a bigint in the int64 range`);
      }
      packed.int64(value);
    });
    this.bytes(field, packed.finish());
  }

  private int64(value: bigint): void {
    if (value >= 0n && value < 0x80000000n) {
      this.varint(Number(value));
      return;
    }
    let rest = BigInt.asUintN(64, value);
    this.ensure(10);
    while (rest >= 0x80n) {
      this.buffer[this.length++] = Number(rest & 0x7fn) | 0x80;
      rest >>= 7n;
    }
    this.buffer[this.length++] = Number(rest);
  }

  private varint(value: number): void {
    this.ensure(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.buffer[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.buffer[this.length++] = rest;
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
