const NEWLINE = 0x0a;

/** Lines in a stream of bytes, in constant memory; a last line without a newline counts too. */
export async function countLines(source: AsyncIterable<Uint8Array>): Promise<number> {
  let lines = 0;
  let last = NEWLINE;
  for await (const bytes of source) {
    if (bytes.length === 0) continue;
    // Buffer's indexOf is memchr; a plain Uint8Array's walks element by element.
    const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) lines += 1;
    last = chunk[chunk.length - 1] as number;
  }
  return last === NEWLINE ? lines : lines + 1;
}
