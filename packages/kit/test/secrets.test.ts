import { describe, expect, it } from 'vitest';
import { maskDerived, maskSecret } from '../src/index.ts';
import { captureStdout } from './capture-stdout.ts';

describe('maskSecret', () => {
  it('masks a one-line value once', async () => {
    expect(await captureStdout(() => maskSecret('s3cr3t'))).toEqual(['::add-mask::s3cr3t']);
  });

  it('masks a multi-line value and each of its lines', async () => {
    const key = '{\n  "private_key": "-----BEGIN KEY-----\\nMIIE\\n",\r\n  "client_email": "a@b.iam"\n}\n';
    expect(await captureStdout(() => maskSecret(key))).toEqual([
      '::add-mask::{%0A  "private_key": "-----BEGIN KEY-----\\nMIIE\\n",%0D%0A  "client_email": "a@b.iam"%0A}%0A',
      '::add-mask::"private_key": "-----BEGIN KEY-----\\nMIIE\\n",',
      '::add-mask::"client_email": "a@b.iam"',
    ]);
  });

  it('skips lines without a letter or digit, repeated lines, and empty values', async () => {
    expect(await captureStdout(() => maskSecret('abc\n---\n\nabc\n  x1  '))).toEqual([
      '::add-mask::abc%0A---%0A%0Aabc%0A  x1  ',
      '::add-mask::abc',
      '::add-mask::x1',
    ]);
    expect(await captureStdout(() => maskSecret(''))).toEqual([]);
  });
});

describe('maskDerived', () => {
  it('masks a changed form of a value, which the runner would not match', async () => {
    expect(await captureStdout(() => maskDerived('Sup3r-Secret', 'sup3r-secret'))).toEqual([
      '::add-mask::sup3r-secret',
    ]);
  });

  it('leaves an unchanged value to the runner', async () => {
    expect(await captureStdout(() => maskDerived('same', 'same'))).toEqual([]);
  });
});
