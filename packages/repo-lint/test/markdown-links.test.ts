import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findBrokenLinks, formatProblem } from '../src/index.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'repo-links-'));
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'actions', 'a'), { recursive: true });
  writeFileSync(join(root, 'docs', 'architecture.md'), '# A\n');
  writeFileSync(join(root, 'actions', 'a', 'action.yml'), 'name: a\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const check = (path: string, text: string) => findBrokenLinks(root, [{ path, text }]).map(formatProblem);

describe('findBrokenLinks', () => {
  test('relative links that name a file or folder of the repository pass, with anchors, titles and <…>', () => {
    const text = [
      'See [the architecture](docs/architecture.md#bundles "Bundles") and [a](actions/a).',
      '![logo](<docs/architecture.md>) [root](/actions/a/action.yml) [self](#try-it)',
      '[ref]: docs/architecture.md',
      'Public: [GitHub](https://github.com/deep-diver/complete-mlops-system-workflow) <mailto:x@example.com>',
    ].join('\n');
    expect(check('README.md', text)).toEqual([]);
    expect(check('docs/x.md', 'Back to [the README](../actions/a/action.yml)')).toEqual([]);
  });

  test('a link to nothing, a link out of the repository and an address of this machine are each reported', () => {
    const up = '..';
    const text = [
      'See [design](docs/DESIGN.md).',
      `Beside us: [x](${up}/elsewhere/DESIGN.md)`,
      'Local: [ui](http://127.0.0.1:4443/ui) and [file](file:///etc/hosts)',
      '[ref]: docs/missing%20file.md',
    ].join('\n');
    expect(check('README.md', text)).toEqual([
      "README.md:1: link 'docs/DESIGN.md' names docs/DESIGN.md, which is not in the repository",
      `README.md:2: link '${up}/elsewhere/DESIGN.md' leaves the repository`,
      "README.md:3: link 'http://127.0.0.1:4443/ui' is an address of one machine, not a public URL",
      "README.md:3: link 'file:///etc/hosts' is an address of one machine, not a public URL",
      "README.md:4: link 'docs/missing%20file.md' names docs/missing file.md, which is not in the repository",
    ]);
  });

  test('links inside code blocks and code spans are text, not links', () => {
    const text = [
      '```md',
      '[x](nothing.md)',
      '```',
      'Write `[x](nothing.md)` in your README.',
      '~~~',
      '[y](no.md)',
      '~~~',
    ].join('\n');
    expect(check('README.md', text)).toEqual([]);
  });

  test('only Markdown files are read for links', () => {
    expect(check('a.ts', '// [x](nothing.md)')).toEqual([]);
  });
});
