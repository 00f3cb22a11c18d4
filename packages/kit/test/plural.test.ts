import { describe, expect, it } from 'vitest';
import { plural } from '../src/index.ts';

describe('plural', () => {
  it('agrees with the count and groups thousands', () => {
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(10000, 'file')).toBe('10,000 files');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });
});
