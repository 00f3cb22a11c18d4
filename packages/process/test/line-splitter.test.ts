import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/line-splitter.ts';

describe('output lines', () => {
  it('splits on LF, CR and CRLF, also across chunks and multi-byte characters', () => {
    const splitter = new LineSplitter();
    const euro = Buffer.from('€');
    const lines = [
      ...splitter.push(Buffer.from('a\r')),
      ...splitter.push(Buffer.from('\nb\rc')),
      ...splitter.push(euro.subarray(0, 1)),
      ...splitter.push(Buffer.concat([euro.subarray(1), Buffer.from('\n')])),
      ...splitter.push(Buffer.from('tail')),
      ...splitter.end(),
    ];
    expect(lines).toEqual(['a', 'b', 'c€', 'tail']);
  });
});
