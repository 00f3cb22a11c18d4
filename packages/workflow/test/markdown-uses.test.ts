// The README examples a reader copies: every third-party action pinned by SHA, Google sign-in
// through Workload Identity Federation, our actions given only inputs they declare.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkMarkdownUses, yamlBlocks } from '../src/markdown-uses.ts';
import { CHECKOUT, REPOSITORY_ROOT } from './workflow-fixture.ts';

const SCRIPT = join(REPOSITORY_ROOT, 'scripts', 'check-workflow-uses.mjs');
const AUTH = 'google-github-actions/auth@ba79af03959ebeac9769e648f473a284504d9193';
/** `${{ vars.NAME }}`, the repository variable the setup guide asks for. */
const variable = (name: string) => `\${{ vars.${name} }}`;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function gitRepository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'markdown-uses-'));
  made.push(root);
  execFileSync('git', ['init', '-q', root]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['add', '-A'], { cwd: root });
  return root;
}

const readme = (yaml: string) => `# An action\n\nUse it like this:\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`;
const problemsOf = async (markdown: string) =>
  (await checkMarkdownUses('README.md', markdown, REPOSITORY_ROOT)).problems.map(
    (problem) => `${problem.line}: ${problem.uses}: ${problem.message}`,
  );

describe('scripts/check-workflow-uses.mjs reads the yaml examples of every Markdown file', () => {
  test('fails on a planted `uses: actions/checkout@v4` in a README, naming the file and the line', () => {
    const root = gitRepository({
      'README.md': readme(`steps:\n  - uses: ${CHECKOUT} # v4.2.2\n  - uses: actions/checkout@v4`),
    });
    const result = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "README.md:8: actions/checkout@v4: third-party action pinned by 'v4', not by a full commit SHA",
    );
    expect(result.stderr).toContain('check-workflow-uses: 1 problem(s)');
  });

  test('a run: script in an example that splices a ${{ }} expression into the shell is reported', async () => {
    const output = '${{ steps.count.outputs.manifest }}';
    expect(await problemsOf(readme(`steps:\n  - run: echo "manifest ${output}"`))).toEqual([
      '7: : a run: script holds a ${{ }} expression: pass the value through env: and use "$NAME" in the script',
    ]);
    expect(
      await problemsOf(
        readme(`steps:\n  - env:\n      MANIFEST: ${output}\n    run: echo "manifest $MANIFEST"`),
      ),
    ).toEqual([]);
  });

  test('this repository passes: every README example is pinned and signs in the same way', () => {
    const result = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test("every README example signs in the same way: mlops-cicd.yml's google-github-actions/auth, the same two variables", () => {
    const workflow = readFileSync(join(REPOSITORY_ROOT, '.github', 'workflows', 'mlops-cicd.yml'), 'utf8');
    expect(workflow).toContain(`uses: ${AUTH} # v`);
    const examples = (path: string) =>
      yamlBlocks(readFileSync(join(REPOSITORY_ROOT, path), 'utf8')).map((b) => b.text);
    // Examples of single actions sign in themselves …
    for (const name of ['build-image', 'compile-pipeline', 'copy-modules', 'trigger-vertex']) {
      const path = `actions/${name}/README.md`;
      const auth = examples(path).filter((yaml) => yaml.includes('google-github-actions/auth'));
      expect(auth.length, path).toBeGreaterThan(0);
      for (const yaml of auth) {
        expect(yaml, path).toContain(`uses: ${AUTH} # v`);
        expect(yaml, path).toContain(
          `workload_identity_provider: ${variable('GCP_WORKLOAD_IDENTITY_PROVIDER')}`,
        );
        expect(yaml, path).toContain(`service_account: ${variable('GCP_SERVICE_ACCOUNT')}`);
        expect(yaml, path).toContain('id-token: write');
      }
    }
    // … calls of the reusable workflow hand it the same two variables.
    for (const path of ['README.md', 'examples/cifar10/README.md']) {
      const calls = examples(path).filter((yaml) => yaml.includes('/.github/workflows/mlops-cicd.yml@'));
      expect(calls.length, path).toBeGreaterThan(0);
      for (const yaml of calls) {
        expect(yaml, path).toContain(
          `workload-identity-provider: ${variable('GCP_WORKLOAD_IDENTITY_PROVIDER')}`,
        );
        expect(yaml, path).toContain(`service-account: ${variable('GCP_SERVICE_ACCOUNT')}`);
        expect(yaml, path).toContain('id-token: write');
      }
    }
  });
});

describe('checkMarkdownUses', () => {
  test('only yaml blocks are read, with the Markdown line of each uses:', async () => {
    const markdown = [
      '```sh',
      'uses: actions/checkout@v4', // not YAML: a shell block
      '```',
      '',
      '~~~yml',
      'steps:',
      '  - uses: actions/setup-python@v5',
      '~~~',
      '```` ```yaml ```` in a sentence is inline code, not a fence',
      '```yaml',
      '- uses: actions/cache@v4',
      '```',
    ].join('\n');
    expect(await problemsOf(markdown)).toEqual([
      "7: actions/setup-python@v5: third-party action pinned by 'v5', not by a full commit SHA",
      "11: actions/cache@v4: third-party action pinned by 'v4', not by a full commit SHA",
    ]);
  });

  test('a SHA without its release, auth with a key, and a wrong input of our action are each reported', async () => {
    const markdown = readme(
      [
        'steps:',
        `  - uses: ${CHECKOUT}`,
        `  - uses: ${AUTH} # v2.1.10`,
        '    with:',
        '      credentials_json: secret',
        '  - uses: <owner>/mlops-actions/actions/copy-modules@v1',
        '    with:',
        '      paht: models',
        '  - uses: <owner>/mlops-actions/actions/deploy-model@v1',
      ].join('\n'),
    );
    expect(await problemsOf(markdown)).toEqual([
      `7: ${CHECKOUT}: the SHA has no release beside it: add it as a comment, e.g. '# v4.2.2'`,
      `8: ${AUTH}: google-github-actions/auth must sign in through Workload Identity Federation: give workload_identity_provider and service_account, not credentials_json (a long-lived key) (see docs/google-cloud-setup.md)`,
      "11: <owner>/mlops-actions/actions/copy-modules@v1: 'paht' is not an input of actions/copy-modules/action.yml (declared: path, destination, versioned, include, exclude, ignore-file, delete-extraneous, concurrency, dry-run, project)",
      '14: <owner>/mlops-actions/actions/deploy-model@v1: there is no actions/deploy-model/action.yml in this repository',
    ]);
  });

  test('a call of our reusable workflow may leave required inputs out, but not misspell one', async () => {
    const markdown = readme(
      [
        'jobs:',
        '  mlops:',
        '    uses: <owner>/mlops-actions/.github/workflows/mlops-cicd.yml@v1',
        '    with:',
        '      project: my-project',
        '      regoin: europe-west4',
      ].join('\n'),
    );
    const problems = await problemsOf(markdown);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^8: .*: 'regoin' is not an input of \.github\/workflows\/mlops-cicd\.yml/);
  });

  test('an example that is not valid YAML is reported where it breaks', async () => {
    expect(await problemsOf(readme('steps:\n  - uses: [unclosed'))).toEqual([
      expect.stringMatching(/^\d+: : the yaml example does not parse: /),
    ]);
  });
});
