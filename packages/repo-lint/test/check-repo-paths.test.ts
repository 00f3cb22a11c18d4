// The lint step itself, as test.sh runs it: scripts/check-repo-paths.mjs on a real git repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const REPOSITORY_ROOT = new URL('../../../', import.meta.url).pathname;
const SCRIPT = join(REPOSITORY_ROOT, 'scripts', 'check-repo-paths.mjs');
const SIBLING = `..${'/'}${'sha'}red`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function gitRepository(files: Record<string, string>): string {
  const parent = mkdtempSync(join(tmpdir(), 'repo-paths-'));
  made.push(parent);
  const root = join(parent, 'repo');
  mkdirSync(root);
  execFileSync('git', ['init', '-q', root]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

const lint = (root: string) => spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });

describe('scripts/check-repo-paths.mjs', () => {
  test('fails on a planted reference to the sibling folder, naming the file and the line', () => {
    const root = gitRepository({
      'README.md': '# x\n',
      'packages/a/test/seed.ts': `// the fixture\nexport const SEED = '${SIBLING}/fixtures/seed/x.json';\n`,
    });
    const result = lint(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `packages/a/test/seed.ts:2: '${SIBLING}/fixtures/seed/x.json' refers to the folder beside the repository`,
    );
    expect(result.stderr).toContain('check-repo-paths: 1 reference(s) outside the repository or to nothing');
  });

  test("fails on the checkout's own absolute path, on a file not yet committed, and on a dead README link", () => {
    const root = gitRepository({ 'README.md': 'See [the design](docs/DESIGN.md).\n' });
    writeFileSync(join(root, 'bench.ts'), `const out = '${root}/bench-out';\n`); // untracked, not ignored
    const result = lint(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`bench.ts:1: '${root}/bench-out' is an absolute path of this machine`);
    expect(result.stderr).toContain(
      "README.md:1: link 'docs/DESIGN.md' names docs/DESIGN.md, which is not in the repository",
    );
  });

  test('this repository passes', () => {
    const result = lint(REPOSITORY_ROOT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^check-repo-paths: \d+ files refer only to paths inside the repository/);
  });
});
