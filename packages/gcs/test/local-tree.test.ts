import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSelection, singleFileTree, UnjudgeableFileError, walkFolder } from '../src/index.ts';
import { makeFolder } from './folder.ts';

const paths = (tree: { files: { path: string }[] }) => tree.files.map((file) => file.path);

describe('walkFolder', () => {
  it('finds every regular file, sorted, with sizes and real paths', () => {
    const folder = makeFolder({ 'b.py': 'bb', 'a/z.py': 'z', 'a/b/c.txt': 'ccc', '.hidden': 'h' });
    const tree = walkFolder(folder, createSelection());
    expect(paths(tree)).toEqual(['.hidden', 'a/b/c.txt', 'a/z.py', 'b.py']);
    expect(tree.files.find((f) => f.path === 'a/b/c.txt')?.size).toBe(3);
    expect(tree.leftOut).toEqual([]);
  });

  it('follows links that stay inside the folder and leaves out the ones that leave it', () => {
    const outside = makeFolder({ 'secret.txt': 'token', 'dir/key.pem': 'key' });
    const folder = makeFolder({ 'real.py': 'x', 'shared/util.py': 'u' });
    symlinkSync('real.py', join(folder, 'alias.py'));
    symlinkSync('shared', join(folder, 'shared-link'));
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'secret.txt'));
    symlinkSync(join(outside, 'dir'), join(folder, 'keys'));
    symlinkSync('../../', join(folder, 'shared', 'up'));
    symlinkSync('missing.py', join(folder, 'broken.py'));
    symlinkSync('.', join(folder, 'shared', 'self'));
    const tree = walkFolder(folder, createSelection());
    expect(paths(tree)).toEqual(['alias.py', 'real.py', 'shared-link/util.py', 'shared/util.py']);
    expect(tree.files.find((f) => f.path === 'alias.py')?.absolutePath).toBe(join(tree.folder, 'real.py'));
    expect(tree.leftOut).toEqual([
      { path: 'broken.py', reason: 'broken link' },
      { path: 'keys', reason: 'links outside the folder' },
      { path: 'secret.txt', reason: 'links outside the folder' },
      { path: 'shared-link/self', reason: 'link loop' },
      { path: 'shared-link/up', reason: 'links outside the folder' },
      { path: 'shared/self', reason: 'link loop' },
      { path: 'shared/up', reason: 'links outside the folder' },
    ]);
  });

  it('leaves out what is not a regular file', () => {
    const folder = makeFolder({ 'a.py': 'a' });
    execFileSync('mkfifo', [join(folder, 'pipe')]);
    expect(walkFolder(folder, createSelection()).leftOut).toEqual([
      { path: 'pipe', reason: 'not a regular file' },
    ]);
  });

  it('refuses a name that is not UTF-8', () => {
    const folder = makeFolder({ 'a.py': 'a' });
    mkdirSync(join(folder, 'sub'));
    writeFileSync(Buffer.from(`${join(folder, 'sub')}/bad-\xff.py`, 'latin1'), 'x');
    expect(() => walkFolder(folder, createSelection())).toThrow(UnjudgeableFileError);
    expect(() => walkFolder(folder, createSelection())).toThrow(
      /^Cannot tell whether "sub\/bad-\uFFFD\.py" is ignored: its name is not UTF-8/,
    );
  });

  it('applies include and exclude globs; a glob without / matches at any depth', () => {
    const folder = makeFolder({
      'a.py': '',
      'a_test.py': '',
      'm/b.py': '',
      'm/b_test.py': '',
      'm/c.json': '',
    });
    const selection = createSelection({ include: ['*.py', 'm/*.json'], exclude: ['*_test.py'] });
    expect(paths(walkFolder(folder, selection))).toEqual(['a.py', 'm/b.py', 'm/c.json']);
  });

  it('makes a tree of a single file', () => {
    const folder = makeFolder({ 'm/trainer.py': 'abc' });
    const tree = singleFileTree(join(folder, 'm/trainer.py'));
    expect(tree.files).toEqual([
      { path: 'trainer.py', absolutePath: join(tree.folder, 'trainer.py'), size: 3 },
    ]);
  });
});

describe('credentials files', () => {
  it('are left out of a walk whatever the selection says, and listed apart', () => {
    const folder = makeFolder({ 'gha-creds-1a2b.json': '{}', 'm/model.py': 'm', '.gcloudignore': '' });
    symlinkSync('gha-creds-1a2b.json', join(folder, 'adc.json'));
    const tree = walkFolder(
      folder,
      createSelection({ ignore: { patterns: ['!gha-creds-*.json'], files: [], isDefault: false } }),
    );
    expect(paths(tree)).toEqual(['.gcloudignore', 'm/model.py']);
    expect(tree.credentialFiles).toEqual(['adc.json', 'gha-creds-1a2b.json']);
  });

  it('are refused as a single file', () => {
    const folder = makeFolder({ 'gha-creds-1a2b.json': '{}' });
    expect(() => singleFileTree(join(folder, 'gha-creds-1a2b.json'))).toThrow(
      '"gha-creds-1a2b.json" holds Google credentials (google-github-actions/auth writes gha-creds-*.json into the workspace); it is never uploaded. Nothing was uploaded.',
    );
  });
});
