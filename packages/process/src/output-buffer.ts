/** The last `limit` bytes of a stream of chunks (the error is at the end). */
export class OutputBuffer {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  omittedBytes = 0;
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.kept += chunk.length;
    while (this.kept > this.limit && this.chunks.length > 1) {
      const dropped = this.chunks.shift() as Buffer;
      this.kept -= dropped.length;
      this.omittedBytes += dropped.length;
    }
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
