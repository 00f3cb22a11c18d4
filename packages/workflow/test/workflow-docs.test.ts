// The README's tables of the reusable workflow are generated from .github/workflows/mlops-cicd.yml,
// and the lint step fails when they are out of date (scripts/workflow-docs.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPOSITORY_ROOT } from './workflow-fixture.ts';

const WORKFLOW = join(REPOSITORY_ROOT, '.github', 'workflows', 'mlops-cicd.yml');
const GENERATE = join(REPOSITORY_ROOT, 'scripts', 'action-metadata.mjs');
const LINT = join(REPOSITORY_ROOT, 'scripts', 'lint-workflows.mjs');
const START = '<!-- workflow-docs:start .github/workflows/mlops-cicd.yml -->';
const END = '<!-- workflow-docs:end -->';

interface WorkflowCall {
  inputs: Record<string, { description: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const workflowCall = (text: string) =>
  (parse(text) as { on: { workflow_call: WorkflowCall } }).on.workflow_call;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository with the real reusable workflow and a README whose block says `tables`. */
function repository(workflowText: string, tables: string): string {
  const root = mkdtempSync(join(tmpdir(), 'workflow-docs-'));
  made.push(root);
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(root, '.github', 'workflows', 'mlops-cicd.yml'), workflowText);
  writeFileSync(
    join(root, 'README.md'),
    `# x\n\n## The reusable workflow\n\n${START}\n${tables}\n${END}\n\nMore.\n`,
  );
  return root;
}

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

/** The generated block of a README. */
const block = (readme: string) => readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);

describe("the README's tables of mlops-cicd.yml", () => {
  test('list every input (name, type, required, default, description) and output of the workflow file, and the permissions to grant', () => {
    const call = workflowCall(readFileSync(WORKFLOW, 'utf8'));
    const tables = block(readFileSync(join(REPOSITORY_ROOT, 'README.md'), 'utf8'));
    expect(tables).toContain(START);
    for (const name of Object.keys(call.inputs))
      expect(tables).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    for (const name of Object.keys(call.outputs))
      expect(tables).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    expect(tables).toContain('| `project` | string | yes |  | Google Cloud project that runs the pipeline');
    expect(tables).toContain('| `wait` | boolean | no | `true` |');
    expect(tables).toContain('`id-token: write`');
    // A multi-line default is shown whole below the table, where the row links to it.
    expect(tables).toContain('| `filters` | string | no | see [below](#default-of-filters) |');
    expect(tables).toMatch(/Default of `filters`:\n\n```yaml\ncodebase:\n {2}- 'Dockerfile'/);
  });

  test('the lint step fails when they are out of date, and one command regenerates them after the workflow changed', () => {
    const workflowText = readFileSync(WORKFLOW, 'utf8');
    const root = repository(workflowText, '| `project` | string | yes | | an old table |');
    const stale = run(LINT, root);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(
      'README.md: the tables of .github/workflows/mlops-cicd.yml differ from the workflow file (node scripts/action-metadata.mjs --write)',
    );

    expect(run(GENERATE, '--write', root).status).toBe(0);
    expect(run(GENERATE, root).status).toBe(0);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.startsWith('# x\n\n## The reusable workflow\n\n')).toBe(true);
    expect(readme.endsWith(`${END}\n\nMore.\n`)).toBe(true);

    // Someone adds an input to the workflow (as another change may): the tables are stale again,
    // and the same command brings the new row in.
    const added = workflowText.replace(
      /^ {4}inputs:\n/m,
      '    inputs:\n      added-by-another-change:\n        description: An input another change adds.\n        type: string\n        default: ""\n',
    );
    expect(added).not.toBe(workflowText);
    writeFileSync(join(root, '.github', 'workflows', 'mlops-cicd.yml'), added);
    expect(run(GENERATE, root).status).toBe(1);
    expect(run(GENERATE, '--write', root).status).toBe(0);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(
      '| `added-by-another-change` | string | no |  | An input another change adds. |',
    );
  });

  test('a reusable workflow without its block in the README is reported', () => {
    const root = repository(readFileSync(WORKFLOW, 'utf8'), '');
    writeFileSync(join(root, 'README.md'), '# x\n');
    const result = run(GENERATE, root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `README.md: missing the ${START} … ${END} block for the reusable workflow .github/workflows/mlops-cicd.yml`,
    );
  });

  test('`<name>` placeholders outside code spans stay visible, pipes are escaped', () => {
    const root = repository(
      [
        'on:',
        '  workflow_call:',
        '    inputs:',
        '      image:',
        '        description: "Where it goes: us-docker.pkg.dev/<project>/<repo> or `gs://<bucket>`; a | b."',
        '        type: string',
        '        required: true',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-24.04',
        '    steps:',
        '      - run: "true"',
      ].join('\n'),
      '',
    );
    expect(run(GENERATE, '--write', root).status).toBe(0);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(
      '| `image` | string | yes |  | Where it goes: us-docker.pkg.dev/&lt;project&gt;/&lt;repo&gt; or `gs://<bucket>`; a \\| b. |',
    );
  });
});
