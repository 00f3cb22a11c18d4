import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLayerBlob } from '../src/layer/layer-blob.ts';
import { type TarEntry, writeTar } from '../src/layer/tar-writer.ts';
import { removeProjectDirs, scratch } from './project-dir.ts';

afterAll(removeProjectDirs);

const owner = { uid: 0, gid: 0 };
const longPath = `${'a-rather-long-folder-name/'.repeat(8)}and-a-file-name-that-goes-on-and-on.py`;
const entries: TarEntry[] = [
  { type: 'directory', path: 'app', mode: 0o755, ...owner },
  { type: 'file', path: 'app/main.py', data: Buffer.from('print("hi")\n'), mode: 0o644, ...owner },
  { type: 'file', path: 'app/run.sh', data: Buffer.from('#!/bin/sh\n'), mode: 0o755, uid: 1000, gid: 1000 },
  { type: 'symlink', path: 'app/latest', target: 'main.py', ...owner },
  { type: 'file', path: longPath, data: Buffer.from('long\n'), mode: 0o644, ...owner },
  { type: 'file', path: 'app/ünïcödé.txt', data: Buffer.from('utf8\n'), mode: 0o644, ...owner },
  { type: 'symlink', path: 'app/far', target: `/${'x'.repeat(120)}`, ...owner },
];

describe('the reproducible layer writer', () => {
  it('writes archives GNU tar lists exactly: names (long and non-ASCII through PAX), modes, owners, time 0, links', () => {
    const dir = scratch();
    const file = join(dir, 'layer.tar');
    writeFileSync(file, writeTar(entries));
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', file], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' '));
    expect(listing).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01 00:00:00 app/',
      '-rw-r--r-- 0/0 12 1970-01-01 00:00:00 app/main.py',
      '-rwxr-xr-x 1000/1000 10 1970-01-01 00:00:00 app/run.sh',
      'lrwxrwxrwx 0/0 0 1970-01-01 00:00:00 app/latest -> main.py',
      `-rw-r--r-- 0/0 5 1970-01-01 00:00:00 ${longPath}`,
      '-rw-r--r-- 0/0 5 1970-01-01 00:00:00 app/ünïcödé.txt',
      `lrwxrwxrwx 0/0 0 1970-01-01 00:00:00 app/far -> /${'x'.repeat(120)}`,
    ]);
    execFileSync('tar', ['-xf', file, '-C', dir]);
    expect(readFileSync(join(dir, longPath), 'utf8')).toBe('long\n');
  });

  it('gives byte-identical layers for the same entries, and a valid gzip whose digest tracks content', () => {
    const first = buildLayerBlob(entries);
    const second = buildLayerBlob(entries.map((e) => ({ ...e })));
    expect(second.data.equals(first.data)).toBe(true);
    expect(second.digest).toBe(first.digest);
    expect(first.data.subarray(0, 10).toString('hex')).toBe('1f8b08000000000000ff'); // fixed header: no name, mtime 0
    expect(gunzipSync(first.data).equals(writeTar(entries))).toBe(true);
    const changed = buildLayerBlob([
      ...entries.slice(0, 1),
      { ...(entries[1] as TarEntry), mode: 0o600 } as TarEntry,
    ]);
    expect(changed.digest).not.toBe(first.digest);
  });
});
