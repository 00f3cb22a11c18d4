// The demo as a test: examples/cifar10's workflow, calling .github/workflows/mlops-cicd.yml,
// interpreted for four pushes against the stand-ins; what each route leaves behind is checked.
import { beforeAll, describe, expect, test } from 'vitest';
import type { VertexJobState } from '../src/cifar10-demo/end-state.ts';
import { DEMO_PUSHES } from '../src/cifar10-demo/pushes.ts';
import { DEMO, type DemoResult, type PushRun, runCifar10Demo } from '../src/cifar10-demo/scenario.ts';
import { job, REPOSITORY_ROOT } from './workflow-fixture.ts';

const MODULE_FILES = ['__init__.py', 'features.py', 'model.py', 'preprocessing.py'];

/** Every image reference of the Vertex job's spec, read back from the stand-in, is `image`. */
function expectEveryImagePinnedTo(vertexJob: VertexJobState | undefined, image: string): void {
  expect(image).toMatch(/^[^@\s]+@sha256:[0-9a-f]{64}$/);
  const references = vertexJob?.imageReferences ?? [];
  // 7 executors and the Trainer's Vertex AI Training image, inside its custom_config.
  expect(references.length).toBeGreaterThanOrEqual(8);
  expect(references.filter((reference) => reference.text !== image)).toEqual([]);
  expect(vertexJob?.trainingImages).toEqual([image]);
}

describe('the code loop, end to end', { timeout: 180_000 }, () => {
  let result: DemoResult;
  const run = (index: number): PushRun => {
    const found = result.runs[index];
    if (found === undefined) throw new Error(`no push ${index + 1}`);
    return found;
  };
  // The outputs of mlops-cicd.yml, as the example's calling job `mlops` got them.
  const outputsOf = (pushRun: PushRun) => job(pushRun.workflow, 'mlops').outputs;
  const vertexJobOf = (pushRun: PushRun) =>
    result.endState.vertexJobs.filter((vertexJob) => vertexJob.name === outputsOf(pushRun)['job-name']);

  beforeAll(async () => {
    result = await runCifar10Demo(REPOSITORY_ROOT);
  }, 180_000);

  test('runs the four pushes, and starts exactly one pipeline job for each that passed its checks', () => {
    expect(result.runs.map((pushRun) => pushRun.push.expect)).toEqual([
      'codebase',
      'modules',
      'smoke-fails',
      'tests-fail',
    ]);
    expect(result.endState.vertexJobs.map((vertexJob) => vertexJob.name)).toEqual([
      outputsOf(run(0))['job-name'],
      outputsOf(run(1))['job-name'],
    ]);
  });

  test('a Dockerfile change takes the image route: the run is pinned to the digest just pushed', () => {
    const { workflow, sha } = run(0);
    expect(workflow.conclusion).toBe('success');
    expect(outputsOf(run(0)).route).toBe('codebase');
    expect(job(workflow, 'mlops / copy-modules').result).toBe('skipped');
    const built = job(workflow, 'mlops / build-image').outputs.image ?? '';
    const [repository, digest] = built.split('@');
    expect(repository).toBe(result.imageRepository);
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.endState.imageTags[sha]).toBe(digest);
    const [vertexJob, ...others] = vertexJobOf(run(0));
    expect(others).toEqual([]);
    expect(vertexJob).toMatchObject({
      state: 'PIPELINE_STATE_SUCCEEDED',
      images: [built],
      parameters: { module_root: '' },
      labels: { 'github-commit': sha, 'mlops-route': 'codebase' },
    });
    expectEveryImagePinnedTo(vertexJob, built);
    expect(outputsOf(run(0))['console-url']).toContain(`project=${DEMO.project}`);
  });

  test('a models/ change takes the modules route: the run reads the modules uploaded under its commit', () => {
    const { workflow, sha } = run(1);
    expect(workflow.conclusion).toBe('success');
    expect(outputsOf(run(1)).route).toBe('modules');
    const uri = `gs://${DEMO.bucket}/${DEMO.modulesPrefix}${sha}/`;
    expect(job(workflow, 'mlops / copy-modules').outputs.uri).toBe(uri);
    expect(result.endState.modules).toEqual(MODULE_FILES.map((file) => `${uri}${file}`));
    const [vertexJob, ...others] = vertexJobOf(run(1));
    expect(others).toEqual([]);
    expect(vertexJob?.state).toBe('PIPELINE_STATE_SUCCEEDED');
    expect(vertexJob?.parameters).toEqual({ module_root: uri });
    expect(vertexJob?.labels).toMatchObject({ 'github-commit': sha, 'mlops-route': 'modules' });
    // No image was built for it: build-image found the image of exactly its non-module files
    // (the one the first push built) by its inputs hash, and the run is pinned to that digest.
    const build = job(workflow, 'mlops / build-image');
    expect(build.outputs).toMatchObject({ reused: 'true' });
    const built = job(run(0).workflow, 'mlops / build-image').outputs.image ?? '';
    expect(build.outputs.image).toBe(built);
    expectEveryImagePinnedTo(vertexJob, built);
    const inputsTags = Object.keys(result.endState.imageTags).filter((tag) => tag.startsWith('inputs-'));
    expect(inputsTags).toHaveLength(1);
    expect(Object.keys(result.endState.imageTags).sort()).toEqual(
      [run(0).sha, 'latest', ...inputsTags].sort(),
    );
    expect(result.endState.imageTags[inputsTags[0] as string]).toBe(built.split('@')[1]);
  });

  test('every job that runs the project’s Python checks its requirements; the smoke run runs after compile', () => {
    for (const pushRun of [run(0), run(1)]) {
      for (const id of ['tests', 'compile', 'trigger-vertex']) {
        const steps = job(pushRun.workflow, `mlops / ${id}`).steps;
        // requirements-ci.txt lists no package: checked, then nothing to install and no cache.
        const check = steps.find((step) => step.name === 'Check the requirements input');
        expect(check?.log, id).toBe(
          'requirements: requirements-ci.txt: no package listed, nothing to install',
        );
        const install = steps.find((step) => step.name === 'Install the project’s requirements');
        expect(install?.conclusion, id).toBe('skipped');
      }
      const compile = job(pushRun.workflow, 'mlops / compile').steps;
      const smoke = compile.find((step) => step.name === 'Smoke-run the pipeline locally');
      expect(compile.indexOf(smoke as never)).toBe(compile.length - 1);
      expect(smoke?.conclusion).toBe('success');
      expect(smoke?.log).toContain('[command]python3 -m pipeline.smoke');
      expect(smoke?.log).toMatch(
        /smoke: img-classification\.pipeline\.json: 9 tasks in order: ImportExampleGen → /,
      );
      expect(smoke?.log).toContain('smoke: 4 sample records');
    }
  });

  test('a pipeline bug the unit tests miss fails the smoke run: nothing is built, uploaded or started', () => {
    const { workflow, sha } = run(2);
    expect(workflow.conclusion).toBe('failure');
    expect(outputsOf(run(2)).route).toBe('codebase');
    expect(job(workflow, 'mlops / tests').result).toBe('success');
    const compile = job(workflow, 'mlops / compile');
    expect(compile.result).toBe('failure');
    const smoke = compile.steps.at(-1);
    expect(smoke).toMatchObject({ name: 'Smoke-run the pipeline locally', conclusion: 'failure' });
    expect(smoke?.annotations[0]?.message).toBe(
      "task Trainer does not receive module_root: on the modules route it would run the image's old models.model.run_fn instead of the modules just uploaded",
    );
    for (const id of ['build-image', 'copy-modules', 'trigger-vertex']) {
      expect(job(workflow, `mlops / ${id}`)).toMatchObject({ result: 'skipped', steps: [] });
    }
    expect(result.endState.imageTags[sha]).toBeUndefined();
    expect(outputsOf(run(2))['job-name']).toBe('');
  });

  test('a failing unit test stops the workflow before compile, and says where', () => {
    const { workflow } = run(3);
    expect(workflow.conclusion).toBe('failure');
    const tests = job(workflow, 'mlops / tests');
    expect(tests.result).toBe('failure');
    const unitTest = tests.steps.find((step) => step.uses?.includes('/actions/unit-test@'));
    expect(unitTest?.conclusion).toBe('failure');
    expect(unitTest?.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'models/preprocessing_test.py', line: 12 }),
    );
    // The two scale_pixel tests, and the sample records through the preprocessing (pipeline/smoke_test.py).
    expect(unitTest?.summary).toContain('3 failed');
    expect(job(workflow, 'mlops / compile')).toMatchObject({
      result: 'skipped',
      reason: 'a job it needs did not succeed (tests: failure)',
      steps: [],
    });
    for (const id of ['build-image', 'copy-modules', 'trigger-vertex']) {
      expect(job(workflow, `mlops / ${id}`).result).toBe('skipped');
    }
    expect(outputsOf(run(3))).toEqual({ route: 'modules', 'job-name': '', 'console-url': '' });
  });
});

describe('the modules route on a repository with no image yet', { timeout: 180_000 }, () => {
  test('builds the image of the current inputs once, and pins the run to it', async () => {
    const modulesPush = DEMO_PUSHES.find((push) => push.expect === 'modules');
    if (modulesPush === undefined) throw new Error('the demo has no modules push');
    const result = await runCifar10Demo(REPOSITORY_ROOT, {}, [modulesPush]);
    const [pushRun] = result.runs;
    if (pushRun === undefined) throw new Error('no run');
    const { workflow, sha } = pushRun;
    expect(workflow.conclusion).toBe('success');
    expect(job(workflow, 'mlops').outputs.route).toBe('modules');
    const build = job(workflow, 'mlops / build-image');
    expect(build.outputs.reused).toBe('false');
    const built = build.outputs.image ?? '';
    const digest = built.split('@')[1];
    const inputsTag = Object.keys(result.endState.imageTags).find((tag) => tag.startsWith('inputs-'));
    expect(result.endState.imageTags).toEqual({ [sha]: digest, latest: digest, [inputsTag ?? '']: digest });
    const [vertexJob, ...others] = result.endState.vertexJobs;
    expect(others).toEqual([]);
    expect(vertexJob?.state).toBe('PIPELINE_STATE_SUCCEEDED');
    expectEveryImagePinnedTo(vertexJob, built);
  });
});
