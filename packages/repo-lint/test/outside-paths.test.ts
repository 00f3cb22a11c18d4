import { describe, expect, test } from 'vitest';
import { ALLOW_MARKER, findOutsidePaths, formatProblem } from '../src/index.ts';

// Written so that this file itself names no outside path (the guard reads it too).
const UP = '..';
const SIBLING = `${UP}/${'sha'}red`;
const absolute = (path: string) => `/${path}`;
const check = (path: string, text: string, machinePaths?: string[]) =>
  findOutsidePaths([{ path, text }], { machinePaths }).map(formatProblem);

describe('findOutsidePaths', () => {
  test('the sibling folder is found however it is spelled, with file and line', () => {
    const text = [
      'ok line',
      `const a = readFileSync('${SIBLING}/fixtures/seed/x.json');`,
      `join(root, '${UP}', '${'sha'}red', 'fixtures');`,
      `const b = '${UP}\\\\${'sha'}red\\\\x';`,
    ].join('\n');
    expect(check('packages/deep/test/x.ts', text)).toEqual([
      `packages/deep/test/x.ts:2: '${SIBLING}/fixtures/seed/x.json' refers to the folder beside the repository, which a clone does not have`,
      `packages/deep/test/x.ts:3: '${UP}', '${'sha'}red' refers to the folder beside the repository, which a clone does not have`,
      `packages/deep/test/x.ts:4: '${UP}\\\\${'sha'}red\\\\x' refers to the folder beside the repository, which a clone does not have`,
    ]);
  });

  test('a relative path is measured from its file: climbing out is found, staying in is not', () => {
    expect(check('README.md', `see [x](${UP}/other/x.md)`)).toEqual([
      `README.md:1: '${UP}/other/x.md' climbs 1 folder(s) from the root, out of the repository`,
    ]);
    expect(
      check('actions/a/test/t.ts', `import x from '${UP}/${UP}/${UP}/packages/kit/src/index.ts';`),
    ).toEqual([]);
    expect(
      check('actions/a/test/t.ts', `new URL('${UP}/${UP}/${UP}/${UP}/elsewhere/x', import.meta.url)`),
    ).toEqual([
      `actions/a/test/t.ts:1: '${UP}/${UP}/${UP}/${UP}/elsewhere/x' climbs 4 folder(s) from actions/a/test, out of the repository`,
    ]);
    // The middle of a longer path is not a path of its own.
    expect(check('a.ts', `const p = 'models/${UP}/${UP}/x';`)).toEqual([]);
  });

  test("absolute paths of a person's machine are found; the runner's public paths are not", () => {
    expect(check('a.ts', "GITHUB_WORKSPACE: '/home/runner/work/repo/repo'")).toEqual([]);
    expect(check('a.ts', "const f = '/etc/passwd';")).toEqual([]);
    const text = [
      `cwd: '${absolute('Users/ana/code/x')}'`,
      `root: '${absolute('home/ana/x')}'`,
      `C:${'\\'}Users${'\\'}ana${'\\'}x`,
      `'${absolute('work/main/x')}'`,
    ].join('\n');
    expect(check('a.ts', text)).toEqual([
      `a.ts:1: '${absolute('Users/ana/')}' is an absolute path of a machine`,
      `a.ts:2: '${absolute('home/ana/')}' is an absolute path of a machine`,
      `a.ts:3: 'C:${'\\'}Users${'\\'}' is an absolute path of a machine`,
      `a.ts:4: '${absolute('work/')}' is an absolute path of a machine`,
    ]);
  });

  test("the checkout's own path is found anywhere, even in a bundle; third-party paths in a bundle are not", () => {
    const bundle = ` * fs.createReadStream('${absolute('Users/stephen/site/index.html')}')\nrequire('/srv/ci/x/repo/node_modules/a')`;
    expect(check('dist/chunks/chunk-1.mjs', bundle, ['/srv/ci/x/repo', '/srv/ci/x/'])).toEqual([
      "dist/chunks/chunk-1.mjs:2: '/srv/ci/x/repo/node_modules/a' is an absolute path of this machine",
    ]);
    expect(check('a.ts', `'${absolute('work/main/x')}'`, [absolute('work/main'), absolute('work/')])).toEqual(
      [`a.ts:1: '${absolute('work/main/x')}' is an absolute path of this machine`],
    );
    expect(check('actions/a/dist/index.mjs', `import('${SIBLING}/x')`)).toHaveLength(1);
    expect(check('actions/a/dist/index.mjs', `import('${UP}/${UP}/${UP}/${UP}/x')`)).toEqual([]);
  });

  test('the allow marker, on the line or the one before, lets a deliberate reference stand', () => {
    expect(check('a.ts', `'${SIBLING}/x' // ${ALLOW_MARKER}`)).toEqual([]);
    expect(check('a.ts', `// ${ALLOW_MARKER}\n'${SIBLING}/x'\n'${SIBLING}/y'`)).toEqual([
      `a.ts:3: '${SIBLING}/y' refers to the folder beside the repository, which a clone does not have`,
    ]);
  });
});
