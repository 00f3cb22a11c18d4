import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, resolveFolderInside, resolveInside } from '../src/index.ts';

function workspace() {
  const base = mkdtempSync(join(tmpdir(), 'kit-ws-'));
  const root = join(base, 'ws');
  mkdirSync(join(root, 'models'), { recursive: true });
  writeFileSync(join(root, 'models', 'model.py'), '');
  mkdirSync(join(base, 'outside'));
  writeFileSync(join(base, 'outside', 'secret.txt'), '');
  symlinkSync(join(base, 'outside'), join(root, 'escape'));
  symlinkSync(join(root, 'models'), join(root, 'models-link'));
  // Dangling links: realpath fails on them, so they must be judged by their target text.
  symlinkSync(join(base, 'outside', 'not-yet'), join(root, 'dangling-out'));
  symlinkSync('../../outside/later', join(root, 'models', 'dangling-up'));
  symlinkSync('future.py', join(root, 'models', 'dangling-in'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  return { base, root };
}

describe('resolveInside', () => {
  it('resolves paths inside the root, existing or not, and links that stay inside', () => {
    const { root } = workspace();
    expect(resolveInside('path', 'models', root)).toBe(join(root, 'models'));
    expect(resolveInside('path', './models/../models/model.py', root)).toBe(join(root, 'models', 'model.py'));
    expect(resolveInside('path', 'not/yet/there.txt', root)).toBe(join(root, 'not/yet/there.txt'));
    expect(resolveInside('path', 'models-link/model.py', root)).toBe(join(root, 'models-link', 'model.py'));
    expect(resolveInside('path', '..foo', root)).toBe(join(root, '..foo'));
    expect(resolveInside('path', '.', root)).toBe(root);
    expect(resolveInside('path', 'models/dangling-in', root)).toBe(join(root, 'models', 'dangling-in'));
  });

  it.each([
    ['../outside/secret.txt'],
    ['/etc/passwd'],
    ['escape/secret.txt'],
    ['escape/not-yet.txt'],
    ['models/../../outside'],
    ['dangling-out'],
    ['dangling-out/deeper.txt'],
    ['models/dangling-up'],
    ['loop-a'],
  ])('refuses %j with a message naming the input and the value', (value) => {
    const { root } = workspace();
    const attempt = () => resolveInside('path', value, root);
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(
      `Input "path" must be a relative path inside ${root}; got ${JSON.stringify(value)}, which resolves outside it.`,
    );
  });
});

describe('resolveFolderInside', () => {
  it('returns an existing folder and refuses a file, a missing path or an escape', () => {
    const { root } = workspace();
    expect(resolveFolderInside('context', 'models', root)).toBe(join(root, 'models'));
    expect(() => resolveFolderInside('context', 'models/model.py', root)).toThrow(
      'Input "context" must be a folder inside the workspace; got "models/model.py", which is not a folder.',
    );
    expect(() => resolveFolderInside('context', 'nope', root)).toThrow(
      'Input "context" must be a folder inside the workspace; got "nope", which does not exist.',
    );
    expect(() => resolveFolderInside('context', '../outside', root)).toThrow(
      'must be a relative path inside',
    );
  });
});
