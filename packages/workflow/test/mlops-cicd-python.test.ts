// The project's Python in mlops-cicd.yml: the `requirements` input installed the same way in every
// job that runs the project's code, checked before anything is installed, and a supported CPython.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadWorkflow } from '../src/load-workflow.ts';
import { entries, type TemplateToken } from '../src/tokens.ts';
import { job, REPOSITORY_ROOT, runInline } from './workflow-fixture.ts';

const REUSABLE = join(REPOSITORY_ROOT, '.github', 'workflows', 'mlops-cicd.yml');
const JOBS_RUNNING_PROJECT_PYTHON = ['tests', 'compile', 'trigger-vertex'];
/** A file of the runner's, six folders up from the job's workspace. */
const OUTSIDE = `${'../'.repeat(6)}etc/hostname`;

/** A mapping (`env:`, `with:`) as its source text, key by key. */
const mapping = (token: TemplateToken | undefined) =>
  Object.fromEntries(entries(token).map(([key, value]) => [key, value.toString()]));

/** A caller of the real mlops-cicd.yml with the given extra `with:` lines. */
function caller(extraWith: string): string {
  return `
on: push
jobs:
  mlops:
    uses: someone/mlops-actions/.github/workflows/mlops-cicd.yml@v1
    permissions: { contents: read, id-token: write, pull-requests: read, actions: read }
    with:
      project: demo-project
      workload-identity-provider: projects/1/locations/global/workloadIdentityPools/p/providers/q
      service-account: pipelines@demo-project.iam.gserviceaccount.com
      image-repository: us-docker.pkg.dev/demo-project/pipelines/img
      modules-destination: gs://demo-bucket/modules
${extraWith}
`;
}

async function runWithRequirements(
  requirements: string,
  files: Record<string, string> = { Dockerfile: 'FROM scratch\n', 'requirements.txt': 'pip\n' },
) {
  const { record } = await runInline(caller(`      requirements: ${requirements}`), {
    files,
    siblings: { 'mlops-cicd.yml': readFileSync(REUSABLE, 'utf8') },
  });
  return record;
}

describe('mlops-cicd.yml installs the project’s requirements in every job that runs its Python', () => {
  test('python-version defaults to a CPython that is still supported (3.9 and 3.10 are end-of-life)', async () => {
    const model = await loadWorkflow(REUSABLE);
    const version = model.call?.inputs['python-version']?.default?.toString() ?? '';
    expect(version).toMatch(/^3\.\d+$/);
    expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(11);
  });

  test('tests, compile and trigger-vertex check, cache and install `requirements` with the very same steps', async () => {
    const model = await loadWorkflow(REUSABLE);
    const shapes = JOBS_RUNNING_PROJECT_PYTHON.map((id) => {
      const steps = model.jobs.find((candidate) => candidate.id === id)?.steps ?? [];
      const index = (name: string) => steps.findIndex((step) => step.name?.toString() === name);
      const check = steps[index('Check the requirements input')];
      const python = steps.find((step) => step.uses?.startsWith('actions/setup-python@'));
      const install = steps[index('Install the project’s requirements')];
      const compile = steps.findIndex((step) => step.uses?.includes('/actions/compile-pipeline@'));
      const unitTest = steps.findIndex((step) => step.uses?.includes('/actions/unit-test@'));
      // Checked before Python is set up (the cache is keyed on the files), installed before use.
      expect(index('Check the requirements input'), id).toBeLessThan(steps.indexOf(python as never));
      expect(steps.indexOf(python as never), id).toBeLessThan(index('Install the project’s requirements'));
      expect(index('Install the project’s requirements'), id).toBeLessThan(Math.max(compile, unitTest));
      return {
        check: [check?.run?.toString(), mapping(check?.env), check?.workingDirectory?.toString()],
        install: [install?.run?.toString(), mapping(install?.env), install?.workingDirectory?.toString()],
        python: mapping(python?.with),
      };
    });
    expect(shapes[0]?.check[0]).toContain('REQUIREMENTS');
    expect(shapes[0]?.install[0]).toContain('pip install');
    expect(Object.keys(shapes[0]?.python ?? {})).toEqual([
      'python-version',
      'cache',
      'cache-dependency-path',
    ]);
    for (const shape of shapes.slice(1)) expect(shape).toEqual(shapes[0]);
  });

  test('listed packages are installed by pip, with setup-python’s pip cache keyed on the files', async () => {
    // pip is already installed, so pip has nothing to download: no package index is needed.
    // Files outside the detect-changes filters: route none, only the tests job runs.
    const record = await runWithRequirements('|\n        ci/needs.txt\n        ci/comments-only.txt', {
      'ci/needs.txt': '# already there\npip\n',
      'ci/comments-only.txt': '# nothing\n',
    });
    const steps = job(record, 'mlops / tests').steps;
    const named = (name: string) => steps.find((step) => step.name === name);
    expect(named('Check the requirements input')?.log).toBe(
      'requirements: ci/needs.txt ci/comments-only.txt, installed with pip (cache keyed on them)',
    );
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-python@'))?.log).toContain(
      'cache: pip, keyed on ci/comments-only.txt, ci/needs.txt — caching is skipped on this machine',
    );
    const install = named('Install the project’s requirements');
    expect(install?.conclusion).toBe('success');
    expect(install?.log).toMatch(
      /^\[command\]\S*python3? -m pip install --progress-bar off --requirement \S+\/ci\/needs\.txt --requirement \S+\/ci\/comments-only\.txt\n/,
    );
    expect(install?.log).toContain('Requirement already satisfied: pip');
  });

  test('a requirements file that does not exist stops the run at the tests job, naming the input', async () => {
    const record = await runWithRequirements('requirements-ci.txt');
    const tests = job(record, 'mlops / tests');
    expect(tests.result).toBe('failure');
    const check = tests.steps.find((step) => step.name === 'Check the requirements input');
    expect(check?.conclusion).toBe('failure');
    expect(check?.annotations[0]?.message).toBe(
      "Input \"requirements\": there is no file 'requirements-ci.txt' in working-directory '.' (one file per line, relative to working-directory)",
    );
    // Nothing was set up or installed after it, and nothing downstream ran.
    const after = tests.steps.slice(tests.steps.indexOf(check as never) + 1);
    expect(after.map((step) => step.name)).toContain('Install the project’s requirements');
    expect(new Set(after.map((step) => step.conclusion))).toEqual(new Set(['skipped']));
    for (const id of ['compile', 'build-image', 'copy-modules', 'trigger-vertex'])
      expect(job(record, `mlops / ${id}`).result).toBe('skipped');
  });

  test('a requirements path that leaves the workspace is refused before anything is installed', async () => {
    const record = await runWithRequirements(`|\n        requirements.txt\n        ${OUTSIDE}`);
    const check = job(record, 'mlops / tests').steps.find(
      (step) => step.name === 'Check the requirements input',
    );
    expect(check?.conclusion).toBe('failure');
    expect(check?.annotations[0]?.message).toBe(
      `Input "requirements": '${OUTSIDE}' leads outside the workspace; requirements files must be inside the repository`,
    );
  });
});
