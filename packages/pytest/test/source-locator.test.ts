import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@mlops-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSourceLocator, deepestInRepository } from '../src/index.ts';

let repo: string;
let outside: string;
beforeEach(() => {
  repo = tempDir('locator');
  outside = tempDir('locator-outside');
  mkdirSync(join(repo, 'project', 'models'), { recursive: true });
  mkdirSync(join(repo, '.venv', 'lib', 'site-packages', 'pkg'), { recursive: true });
  writeFileSync(join(repo, 'project', 'models', 'model.py'), '');
  writeFileSync(join(repo, 'project', 'models', 'model_test.py'), '');
  writeFileSync(join(repo, '.venv', 'lib', 'site-packages', 'pkg', 'core.py'), '');
  writeFileSync(join(outside, 'elsewhere.py'), '');
  symlinkSync(join(outside, 'elsewhere.py'), join(repo, 'project', 'linked.py'));
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('createSourceLocator', () => {
  it('maps paths relative to the cwd, or absolute, to repository-relative ones', () => {
    const locate = createSourceLocator(repo, join(repo, 'project'));
    expect(locate({ path: 'models/model.py', line: 5 })).toEqual({
      file: 'project/models/model.py',
      line: 5,
    });
    expect(locate({ path: join(repo, 'project/models/model.py'), line: 2 })).toEqual({
      file: 'project/models/model.py',
      line: 2,
    });
  });

  it('refuses files outside the repository, installed packages, links out, and what does not exist', () => {
    const locate = createSourceLocator(repo, join(repo, 'project'));
    expect(locate({ path: join(outside, 'elsewhere.py'), line: 1 })).toBeUndefined();
    expect(locate({ path: '../.venv/lib/site-packages/pkg/core.py', line: 1 })).toBeUndefined();
    expect(locate({ path: 'linked.py', line: 1 })).toBeUndefined();
    expect(locate({ path: '<frozen importlib._bootstrap>', line: 1 })).toBeUndefined();
    expect(locate({ path: 'models', line: 1 })).toBeUndefined();
    expect(locate({ path: 'models/model.py', line: 0 })).toBeUndefined();
  });

  it('picks the innermost frame inside the repository', () => {
    const locate = createSourceLocator(repo, join(repo, 'project'));
    const frames = [
      { path: 'models/model_test.py', line: 11 },
      { path: 'models/model.py', line: 5 },
      { path: join(repo, '.venv/lib/site-packages/pkg/core.py'), line: 40 },
      { path: '/usr/lib/python3.11/json/__init__.py', line: 346 },
    ];
    expect(deepestInRepository(frames, locate)).toEqual({ file: 'project/models/model.py', line: 5 });
    expect(deepestInRepository(frames.slice(2), locate)).toBeUndefined();
  });
});
