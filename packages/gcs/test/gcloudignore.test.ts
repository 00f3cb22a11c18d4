import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createSelection,
  defaultIgnoreRules,
  globProblem,
  IgnoreFileError,
  readIgnoreFile,
  UnjudgeableFileError,
  walkFolder,
} from '../src/index.ts';
import { makeFolder } from './folder.ts';

const selected = (folder: string, ignoreFile?: string) => {
  const ignore = ignoreFile === undefined ? defaultIgnoreRules(folder, '.') : readIgnoreFile(ignoreFile);
  return walkFolder(folder, createSelection({ ignore })).files.map((file) => file.path);
};

describe('.gcloudignore', () => {
  it('ignores with .gitignore syntax: anchors, folders, negation, last match wins', () => {
    const folder = makeFolder({
      '.gcloudignore': '# comment\n/top.txt\n*.pyc\nbuild/\n!keep.pyc\nlogs/**\n\\#literal\n',
      'top.txt': '',
      'sub/top.txt': '',
      'a.pyc': '',
      'keep.pyc': '',
      'build/out.py': '',
      'sub/build/out.py': '',
      'logs/x/y.log': '',
      '#literal': '',
      'trainer.py': '',
    });
    expect(selected(folder, join(folder, '.gcloudignore'))).toEqual([
      '.gcloudignore',
      'keep.pyc',
      'sub/top.txt',
      'trainer.py',
    ]);
  });

  it('inserts the patterns of #!include:.gitignore at that point', () => {
    const folder = makeFolder({
      '.gcloudignore': '.gcloudignore\n.git\n.gitignore\n#!include:.gitignore\n!important.csv\n',
      '.gitignore': '*.csv\n__pycache__/\n',
      'data.csv': '',
      'important.csv': '',
      '__pycache__/m.cpython-312.pyc': '',
      '.git/HEAD': '',
      'model.py': '',
    });
    expect(selected(folder, join(folder, '.gcloudignore'))).toEqual(['important.csv', 'model.py']);
    expect(readIgnoreFile(join(folder, '.gcloudignore'), 'm/.gcloudignore').files).toEqual([
      'm/.gcloudignore',
      'm/.gitignore',
    ]);
  });

  it("uses gcloud's default in a folder with Git files and no ignore file", () => {
    const folder = makeFolder({
      '.gitignore': 'secrets/\n',
      '.git/config': '',
      'secrets/key': '',
      'a.py': '',
    });
    expect(selected(folder)).toEqual(['a.py']);
    expect(defaultIgnoreRules(folder, 'm')).toMatchObject({ isDefault: true, files: ['m/.gitignore'] });
    const plain = makeFolder({ 'a.py': '', '.env': '' });
    expect(selected(plain)).toEqual(['.env', 'a.py']);
  });

  it.each([
    ['a missing file', (dir: string) => join(dir, 'nope'), /^Cannot read the ignore file .*nope: ENOENT\.$/],
    [
      'a folder',
      (dir: string) => {
        mkdirSync(join(dir, 'folder'));
        return join(dir, 'folder');
      },
      /^Cannot read the ignore file .*folder: it is a folder\.$/,
    ],
    [
      'a file that is not UTF-8',
      (dir: string) => {
        writeFileSync(join(dir, 'latin1'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
        return join(dir, 'latin1');
      },
      /is not UTF-8 text\.$/,
    ],
    [
      'an include of a missing file',
      (dir: string) => {
        writeFileSync(join(dir, 'ign'), 'a\n#!include:.gitignore\n');
        return join(dir, 'ign');
      },
      /ign line 2 includes .*\.gitignore, which does not exist\.$/,
    ],
    [
      'an include from another folder',
      (dir: string) => {
        writeFileSync(join(dir, 'ign'), '#!include:../x\n');
        return join(dir, 'ign');
      },
      /ign line 1: #!include needs the name of a file in the same folder/,
    ],
    [
      'a nested include',
      (dir: string) => {
        writeFileSync(join(dir, 'ign'), '#!include:inc\n');
        writeFileSync(join(dir, 'inc'), 'x\n# !include:ign\n');
        return join(dir, 'ign');
      },
      /inc line 2: an included file cannot #!include another/,
    ],
    [
      'a pattern with an unpaired trailing backslash',
      (dir: string) => {
        writeFileSync(join(dir, 'ign'), 'ok\nbad\\\n');
        return join(dir, 'ign');
      },
      /ign line 2: "bad\\\\" ends with an unpaired backslash/,
    ],
  ])('refuses %s', (_, make, message) => {
    const dir = makeFolder();
    const path = make(dir);
    let caught: unknown;
    try {
      readIgnoreFile(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IgnoreFileError);
    expect((caught as Error).message).toMatch(message);
  });

  it('never treats a path the matcher cannot place as "not ignored"', () => {
    const selection = createSelection({ ignore: { patterns: ['*.key'], files: [], isDefault: false } });
    expect(() => selection.selects('../outside.key')).toThrow(UnjudgeableFileError);
    expect(() => selection.selects('/abs/secret.key')).toThrow(
      /^Cannot tell whether "\/abs\/secret\.key" is ignored/,
    );
  });
});

describe('globProblem', () => {
  it('accepts relative globs and names what is wrong with the others', () => {
    expect(globProblem('**/*.py')).toBeUndefined();
    expect(globProblem('./models/*.py')).toBeUndefined();
    expect(globProblem('')).toBe('is empty');
    expect(globProblem('/etc/*')).toMatch(/absolute/);
    expect(globProblem('../x/*.py')).toMatch(/"\.\."/);
  });
});
