import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '@mlops-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileTestPatterns, findTestFiles } from '../src/index.ts';

let root: string;
let outside: string;
beforeEach(() => {
  root = tempDir('find-tests');
  outside = tempDir('find-tests-outside');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function files(paths: string[], base = root): void {
  for (const path of paths) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), 'def test_x():\n    pass\n');
  }
}

const find = (...patterns: string[]) => findTestFiles(root, compileTestPatterns(patterns));

describe('findTestFiles', () => {
  it('returns matching files, sorted, relative to the root', () => {
    files([
      'pipeline/b_test.py',
      'models/a_test.py',
      'a_test.py',
      'models/model.py',
      'my models/c d_test.py',
    ]);
    expect(find('**/*_test.py')).toEqual({
      files: ['a_test.py', 'models/a_test.py', 'my models/c d_test.py', 'pipeline/b_test.py'],
      linksOutside: [],
    });
  });

  it('lists a file matched by several patterns once', () => {
    files(['tests/test_x_test.py']);
    expect(find('**/*_test.py', '**/test_*.py').files).toEqual(['tests/test_x_test.py']);
  });

  it('skips the folders pytest skips: hidden, build, node_modules, __pycache__, virtual environments', () => {
    files([
      'models/a_test.py',
      '.git/hooks/x_test.py',
      '.venv/lib/site-packages/pkg/y_test.py',
      'env/lib/python3.11/site-packages/pkg/z_test.py',
      'env/pyvenv.cfg',
      'node_modules/pkg/n_test.py',
      'build/lib/models/a_test.py',
      'dist/d_test.py',
      'models/__pycache__/c_test.py',
      'pkg.egg/e_test.py',
    ]);
    expect(find('**/*_test.py').files).toEqual(['models/a_test.py']);
  });

  it('searches a skipped folder that a pattern names literally', () => {
    files(['build/image_test.py', 'models/a_test.py']);
    expect(find('build/**/*_test.py').files).toEqual(['build/image_test.py']);
  });

  it('never follows a link to a folder, so a link out of the root or a cycle is harmless', () => {
    files(['secret_test.py'], outside);
    files(['models/a_test.py']);
    symlinkSync(outside, join(root, 'linked'));
    symlinkSync(root, join(root, 'models', 'loop'));
    expect(find('**/*_test.py').files).toEqual(['models/a_test.py']);
    expect(find('linked/**/*_test.py').files).toEqual([]);
  });

  it('takes a link to a file inside the root, and leaves out (and reports) one pointing outside', () => {
    files(['models/a_test.py']);
    files(['b_test.py'], outside);
    symlinkSync(join(root, 'models', 'a_test.py'), join(root, 'alias_test.py'));
    symlinkSync(join(outside, 'b_test.py'), join(root, 'escape_test.py'));
    symlinkSync(join(root, 'missing.py'), join(root, 'dangling_test.py'));
    expect(find('**/*_test.py')).toEqual({
      files: ['alias_test.py', 'models/a_test.py'],
      linksOutside: ['dangling_test.py', 'escape_test.py'],
    });
  });

  it('finds nothing, without error, where a pattern names a folder that does not exist', () => {
    files(['models/a_test.py']);
    expect(find('tests/**/*_test.py').files).toEqual([]);
  });
});
