// The built bundle (actions/compile-pipeline/dist) run through packages/runner on Node 24, as the
// GitHub runner would, with a real python3 running the stand-in compiler.
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePipelineFile, specSha256 } from '@mlops-actions/pipeline-spec';
import { type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMPILER,
  editedSeed,
  FAKE_TOKEN,
  INVALID,
  KFP_YAML,
  put,
  removeCreated,
  SEED,
  seedText,
  workspace,
} from './workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;
const DIGEST = `sha256:${'3f'.repeat(32)}`;
const SEED_SHA = specSha256(parsePipelineFile(seedText(), SEED).spec);

afterEach(removeCreated);

const run = (ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runBuiltAction({ actionDir, workspace: ws, inputs, env });
/** Running, as opposed to gone or a zombie. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const errors = (result: RunResult) => result.annotations.filter((a) => a.level === 'error');
const warnings = (result: RunResult) => result.annotations.filter((a) => a.level === 'warning');
const failure = (result: RunResult) => errors(result).at(-1)?.message ?? '';
const compileCommand = (...args: string[]) => ['python3', COMPILER, ...args].join('\n');

describe('compile-pipeline (built bundle on Node 24)', () => {
  it('compiles with a Python script, validates the real TFX spec and reports it', async () => {
    const ws = workspace();
    put(ws, 'pipeline/kubeflow_runner.py', '# the project\n');
    const result = await run(ws, {
      command: compileCommand('write', SEED, 'build/img-classification_pipeline.json'),
      'working-directory': 'pipeline',
      spec: 'build/*_pipeline.json',
    });

    expect(result.main.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toEqual({
      spec: 'pipeline/build/img-classification_pipeline.json',
      'pipeline-name': 'img-classification',
      parameters: '{}',
      images: '["gcr.io/gcp-ml-172005/img-classification"]',
      tasks: '9',
      'spec-sha256': SEED_SHA,
    });
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([
      expect.objectContaining({
        title: 'Pipeline spec: image-pin',
        file: 'pipeline/build/img-classification_pipeline.json',
        line: 1,
        col: expect.any(Number),
        message: expect.stringContaining(
          '"gcr.io/gcp-ml-172005/img-classification" (used by 7 executors) has no tag or digest',
        ),
      }),
      expect.objectContaining({
        title: 'Pipeline spec: zone-as-region',
        message: expect.stringContaining('ai_platform_vertex_region is "us-central1-a", which is a zone'),
      }),
    ]);
    expect(result.log).toContain('Compiling: ["python3",');
    expect(result.log).toContain('INFO:absl:Pipeline compiled to build/img-classification_pipeline.json');
    expect(result.summary).toContain('### ⚠️ Pipeline img\\-classification: 9 tasks, 1 image');
    expect(result.summary).toContain('```mermaid\nflowchart TD\n');
    expect(result.summary).toContain('t5["Trainer"]');
    expect(result.summary).toContain('The pipeline takes no parameters.');
    expect(result.summary).toContain('- `gcr.io/gcp-ml-172005/img-classification`');
    expect(result.summary).toContain(`\`${SEED_SHA}\``);
  });

  it('pins every image to a digest, writing <name>.pinned.json next to the compiled spec', async () => {
    const ws = workspace();
    const pinned = `gcr.io/gcp-ml-172005/img-classification@${DIGEST}`;
    const result = await run(ws, {
      command: compileCommand('write', SEED, 'pipeline.json'),
      spec: 'pipeline.json',
      image: pinned,
      'fail-on-warnings': 'true',
    });

    // Pinned, the image warning is gone; the zone given as a region remains and fails the step.
    expect(result.exitCode).toBe(1);
    expect(failure(result)).toMatch(
      /^compile-pipeline: The pipeline spec "pipeline\.json" has 1 warning, and fail-on-warnings is true:\n- root\.dag\.tasks\.Trainer\..*a zone/,
    );
    const second = await run(ws, {
      spec: 'pipeline.json',
      image: `gcr.io/gcp-ml-172005/img-classification=${pinned}`,
    });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.spec).toBe('pipeline.pinned.json');
    expect(second.outputs.images).toBe(JSON.stringify([pinned]));
    const written = parsePipelineFile(readFileSync(join(ws, 'pipeline.pinned.json'), 'utf8'), 'pinned.json');
    expect(written.job?.displayName).toBe('img-classification');
    expect(second.outputs['spec-sha256']).toBe(specSha256(written.spec));
    expect(readFileSync(join(ws, 'pipeline.json'), 'utf8')).not.toContain(DIGEST);
    expect(warnings(second).map((w) => w.title)).toEqual(['Pipeline spec: zone-as-region']);
    expect(second.summary).toContain('Pinned 7 executors:');
  });

  it("pins the Trainer's Vertex Training image inside custom_config too, and says where", async () => {
    const ws = workspace();
    const repository = 'us-docker.pkg.dev/p/pipelines/img';
    put(
      ws,
      'pipeline.json',
      editedSeed((job) => {
        for (const executor of Object.values<{ container?: { image: string } }>(
          job.pipelineSpec.deploymentSpec.executors,
        ))
          if (executor.container) executor.container.image = repository;
        const config = job.pipelineSpec.root.dag.tasks.Trainer.inputs.parameters.custom_config;
        config.runtimeValue.constantValue.stringValue = config.runtimeValue.constantValue.stringValue.replace(
          'gcr.io/tfx-oss-public/tfx:1.9.0',
          repository,
        );
      }),
    );
    const pinned = `${repository}@${DIGEST}`;
    const result = await run(ws, { spec: 'pipeline.json', image: pinned });

    expect(result.exitCode).toBe(0);
    const written = parsePipelineFile(readFileSync(join(ws, 'pipeline.pinned.json'), 'utf8'), 'pinned.json');
    // JSON.parse gives an untyped copy to walk by path.
    const trainer = JSON.parse(JSON.stringify(written.spec.root)).dag.tasks.Trainer.inputs.parameters;
    const custom = JSON.parse(trainer.custom_config.runtimeValue.constantValue.stringValue);
    expect(custom.ai_platform_training_args.worker_pool_specs[0].container_spec.image_uri).toBe(pinned);
    expect(result.log).toContain('Pinned 8 image references (7 executors);');
    expect(result.summary).toContain(
      '`root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue.stringValue`',
    );
  });

  it('fails when a reference to the pinned repository is left without a digest', async () => {
    const ws = workspace();
    put(
      ws,
      'pipeline.json',
      editedSeed((job) => {
        job.pipelineSpec.deploymentSpec.executors.Pusher_executor.container.args.push(
          'image:gcr.io/gcp-ml-172005/img-classification',
        );
      }),
    );
    const result = await run(ws, {
      spec: 'pipeline.json',
      image: `gcr.io/gcp-ml-172005/img-classification@${DIGEST}`,
    });

    expect(result.exitCode).toBe(1);
    expect(failure(result)).toBe(
      'compile-pipeline: Input "image" pins gcr.io/gcp-ml-172005/img-classification, but the spec still names it without a digest at deploymentSpec.executors.Pusher_executor.container.args[4], which would run whatever :latest is; write the image reference on its own (as a whole string, or a JSON string value) so it can be pinned.',
    );
    expect(existsSync(join(ws, 'pipeline.pinned.json'))).toBe(false);
  });

  it('replaces a symlink planted where the pinned spec goes instead of writing through it', async () => {
    const ws = workspace();
    const outside = join(workspace(), 'victim.json');
    writeFileSync(outside, 'untouched');
    put(ws, 'pipeline.json', seedText());
    symlinkSync(outside, join(ws, 'pipeline.pinned.json'));
    const result = await run(ws, {
      spec: 'pipeline.json',
      image: `gcr.io/gcp-ml-172005/img-classification@${DIGEST}`,
    });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('untouched');
    expect(lstatSync(join(ws, 'pipeline.pinned.json')).isFile()).toBe(true);
  });

  it('fails when an image name matches no executor', async () => {
    const ws = workspace();
    put(ws, 'pipeline.json', seedText());
    const result = await run(ws, {
      spec: 'pipeline.json',
      image: `gcr.io/other/trainer=gcr.io/other/trainer@${DIGEST}`,
    });
    expect(result.exitCode).toBe(1);
    expect(failure(result)).toBe(
      'compile-pipeline: Input "image" names "gcr.io/other/trainer", which no executor of the pipeline uses; its images are: "gcr.io/gcp-ml-172005/img-classification".',
    );
    expect(existsSync(join(ws, 'pipeline.pinned.json'))).toBe(false);
  });

  it('fails on the Python-literal file with its line and column, annotated there', async () => {
    const ws = workspace();
    put(ws, 'specs/pipeline.json', readFileSync(INVALID, 'utf8'));
    const result = await run(ws, { spec: 'specs/pipeline.json' });

    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      expect.objectContaining({
        title: 'Pipeline spec syntax',
        file: 'specs/pipeline.json',
        line: 7,
        col: 5,
        message:
          'specs/pipeline.json: invalid JSON at line 7, column 5: a trailing comma before "}" is not allowed in JSON.',
      }),
      expect.objectContaining({
        message:
          'compile-pipeline: specs/pipeline.json: invalid JSON at line 7, column 5: a trailing comma before "}" is not allowed in JSON.',
      }),
    ]);
    expect(result.outputs).toEqual({});
  });

  it('fails when the compile command fails: exit code and the tail of its output, all of it in the log', async () => {
    const ws = workspace();
    const result = await run(ws, { command: compileCommand('fail'), spec: 'pipeline.json' });

    expect(result.exitCode).toBe(1);
    expect(failure(result)).toBe(
      `compile-pipeline: The compile command ["python3","${COMPILER}","fail"] exited with code 3. Last lines of its output (all of it is in the log):\nINFO:absl:Compiling pipeline img-classification\nTraceback (most recent call last):\n  File "kubeflow_runner.py", line 12, in <module>\nModuleNotFoundError: No module named 'pipeline.configs'`,
    );
    expect(result.log).toContain('▶ Output of the compile command');
    expect(result.summary).toContain("ModuleNotFoundError: No module named 'pipeline.configs'");
  });

  it('a compile command that crashes: the exception line in the annotation and the job summary, without colours or progress bars', async () => {
    const result = await run(workspace(), { command: compileCommand('crash'), spec: 'pipeline.json' });

    expect(result.exitCode).toBe(1);
    expect(failure(result)).toBe(
      `compile-pipeline: The compile command ["python3","${COMPILER}","crash"] exited with code 1. Last lines of its output (all of it is in the log):\nINFO:absl:Adding upstream dependencies for component Component12\nINFO:absl:Adding upstream dependencies for component Component13\nINFO:absl:Adding upstream dependencies for component Component14\nDownloading schema 100%\nTraceback (most recent call last):\n  File "kubeflow_runner.py", line 40, in <module>\n    create_pipeline(train_steps=-1)\n  File "pipeline/pipeline.py", line 88, in create_pipeline\n    raise ValueError("train_steps must be positive, got -1")\nValueError: train_steps must be positive, got -1`,
    );
    expect(result.summary).toContain('\nValueError: train_steps must be positive, got -1\n```');
    expect(result.log).toContain('INFO:absl:Adding upstream dependencies for component Component0');
  });

  it('fails when the compile command writes nothing, or leaves an earlier spec unchanged', async () => {
    const ws = workspace();
    const nothing = await run(ws, { command: compileCommand('nothing'), spec: '*.json' });
    expect(nothing.exitCode).toBe(1);
    expect(failure(nothing)).toBe(
      `compile-pipeline: The compile command succeeded but wrote no file matching spec "*.json" in working-directory ".". Check where it writes the spec (KubeflowV2DagRunner's output_dir and output_filename, or the KFP compiler's package_path). Last lines of its output (all of it is in the log):\nINFO:absl:Compiling pipeline img-classification\nINFO:absl:Nothing to do`,
    );

    put(ws, 'pipeline.json', seedText());
    const stale = await run(ws, { command: compileCommand('nothing'), spec: 'pipeline.json' });
    expect(failure(stale)).toMatch(
      /^compile-pipeline: The compile command succeeded but did not write "pipeline\.json", the file matching spec "pipeline\.json" in working-directory "\.": it is unchanged since before the command ran, so it holds an earlier compile\./,
    );
  });

  it('fails when the program is not there', async () => {
    const result = await run(workspace(), {
      command: 'tfx-not-installed\npipeline\ncompile',
      spec: 'p.json',
    });
    expect(failure(result)).toBe(
      'compile-pipeline: The compile command ["tfx-not-installed","pipeline","compile"] could not start: "tfx-not-installed" was not found on PATH (install it in an earlier step, e.g. with actions/setup-python and pip).',
    );
  });

  it('rejects a spec with a token without the token appearing anywhere', async () => {
    const ws = workspace();
    const result = await run(ws, {
      command: compileCommand('write', SEED, 'pipeline.json', '--token'),
      spec: 'pipeline.json',
    });

    expect(result.exitCode).toBe(1);
    expect(failure(result)).toBe(
      'compile-pipeline: The pipeline spec "pipeline.json" has 1 error:\n- root.dag.tasks.Trainer.inputs.parameters.custom_config.runtimeValue.constantValue.stringValue: looks like a GitHub token; a compiled pipeline is readable by everyone who can read its bucket. Remove it and pass it at run time (for example from Secret Manager)',
    );
    expect(errors(result)[0]).toMatchObject({
      title: 'Pipeline spec: credential',
      file: 'pipeline.json',
      line: 1,
    });
    expect(result.log).toContain('using token [redacted: a GitHub token] to fetch the modules');
    expect(result.summary).toContain('looks like a GitHub token');
    for (const text of [
      result.main.stdout,
      result.main.stderr,
      result.log,
      result.summary,
      JSON.stringify(result.annotations),
    ]) {
      expect(text).not.toContain(FAKE_TOKEN);
      expect(text).not.toContain(FAKE_TOKEN.slice(4, 20));
    }
    expect(result.outputs).toEqual({});
  });

  it('keeps a token out of every output wherever it sits in the spec', async () => {
    const ws = workspace();
    put(
      ws,
      'pipeline.json',
      editedSeed((job) => {
        const spec = job.pipelineSpec;
        spec.pipelineInfo.name = FAKE_TOKEN;
        spec.root.dag.tasks[FAKE_TOKEN] = { componentRef: { name: 'Pusher' }, taskInfo: { name: 'x' } };
        spec.root.inputDefinitions = { parameters: { token: { type: 'STRING' } } };
        job.runtimeConfig.parameters = { token: { stringValue: FAKE_TOKEN } };
        job.labels.token = FAKE_TOKEN;
      }),
    );
    const result = await run(ws, { spec: 'pipeline.json' });
    expect(result.exitCode).toBe(1);
    expect(errors(result).filter((a) => a.title === 'Pipeline spec: credential')).toHaveLength(4);
    for (const text of [
      result.main.stdout,
      result.main.stderr,
      result.log,
      result.summary,
      JSON.stringify(result.annotations),
    ]) {
      expect(text).not.toContain(FAKE_TOKEN.slice(4, 20));
    }
    expect(result.summary).toContain('[redacted: a GitHub token]');
  });

  it('fails on validation errors, annotating each at its place', async () => {
    const ws = workspace();
    put(
      ws,
      'pipeline.json',
      editedSeed((job) => (job.pipelineSpec.root.dag.tasks.Trainer.componentRef.name = 'comp-trainer')),
    );
    const result = await run(ws, { spec: 'pipeline.json' });

    expect(result.exitCode).toBe(1);
    const [annotation] = errors(result);
    expect(annotation).toMatchObject({
      title: 'Pipeline spec: component-ref',
      file: 'pipeline.json',
      line: 1,
      message: 'root.dag.tasks.Trainer.componentRef.name: component "comp-trainer" is not defined',
    });
    const text = readFileSync(join(ws, 'pipeline.json'), 'utf8');
    expect(text.slice((annotation?.col ?? 0) - 1)).toMatch(/^"comp-trainer"/);
    expect(result.summary).toContain('### ❌ Pipeline img\\-classification: 1 error');
    expect(result.summary).toContain('| ❌ error | `root.dag.tasks.Trainer.componentRef.name` |');
  });

  it('fails on warnings only with fail-on-warnings', async () => {
    const ws = workspace();
    put(ws, 'pipeline.json', seedText());
    const result = await run(ws, { spec: 'pipeline.json', 'fail-on-warnings': 'true' });
    expect(result.exitCode).toBe(1);
    expect(failure(result)).toMatch(
      /^compile-pipeline: The pipeline spec "pipeline\.json" has 2 warnings, and fail-on-warnings is true:\n- deploymentSpec/,
    );
  });

  it('refuses an ambiguous spec glob, listing the matches', async () => {
    const ws = workspace();
    put(ws, 'a_pipeline.json', seedText());
    put(ws, 'b_pipeline.json', seedText());
    const result = await run(ws, { spec: '*_pipeline.json' });
    expect(failure(result)).toBe(
      'compile-pipeline: The spec "*_pipeline.json" in working-directory "." matches 2 files; it must match exactly one: a_pipeline.json, b_pipeline.json. Make the path or glob more specific.',
    );
  });

  it('reads KFP YAML with a platform spec and reports its typed parameters', async () => {
    const ws = workspace();
    put(ws, 'pipeline.yaml', readFileSync(KFP_YAML, 'utf8'));
    const result = await run(ws, { spec: 'pipeline.yaml' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs.parameters ?? '')).toEqual({
      epochs: { type: 'NUMBER_INTEGER', default: 10, optional: true },
      learning_rate: { type: 'NUMBER_DOUBLE', default: 0.01, optional: true },
      run_label: { type: 'STRING', optional: false },
    });
    expect(result.outputs.tasks).toBe('5');
    expect(result.summary).toContain('subgraph t0["condition-1"]');
    expect(result.summary).toContain('| `learning_rate` | NUMBER\\_DOUBLE | `0.01` | yes |');
  });

  it('compares with a baseline file; a missing baseline is a warning', async () => {
    const ws = workspace();
    put(
      ws,
      'previous.json',
      editedSeed((job) => delete job.pipelineSpec.root.dag.tasks.Pusher),
    );
    put(ws, 'pipeline.json', seedText());
    const result = await run(ws, { spec: 'pipeline.json', baseline: 'previous.json' });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('#### Changes since the baseline previous\\.json');
    expect(result.summary).toContain('- Tasks added: `Pusher`');

    const missing = await run(ws, { spec: 'pipeline.json', baseline: 'nowhere.json' });
    expect(missing.exitCode).toBe(0);
    expect(warnings(missing).at(-1)?.message).toBe(
      'The baseline "nowhere.json" does not exist (yet), so there is no diff.',
    );
  });

  it('never lets compiler output become a workflow command', async () => {
    const ws = workspace();
    const result = await run(ws, {
      command: compileCommand('noisy', SEED, 'pipeline.json'),
      spec: 'pipeline.json',
    });
    expect(result.exitCode).toBe(0);
    expect(result.masks).toEqual([]);
    expect(warnings(result).map((w) => w.message)).not.toContain('from the compiler');
    expect(result.log).toContain('::warning::from the compiler');
    expect(result.log).toContain('inputs visible: False');
  });

  it('stops the compile command and everything it started when the workflow is cancelled', async () => {
    const ws = workspace();
    const pidFile = join(ws, 'compiler.pid');
    const result = await runBuiltAction({
      actionDir,
      workspace: ws,
      inputs: { command: compileCommand('hang', pidFile), spec: 'pipeline.json' },
      cancelAfterMs: 3_000,
    });
    expect(result.exitCode).toBe(1);
    expect(errors(result).map((a) => a.message)).toContain(
      `compile-pipeline: The compile command ["python3","${COMPILER}","hang","${pidFile}"] was cancelled. Last lines of its output (all of it is in the log):\nINFO:absl:Compiling pipeline img-classification`,
    );
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(isRunning(pid)).toBe(false);
  });

  it('rejects a bad input before running anything', async () => {
    const ws = workspace();
    const result = await run(ws, {
      command: compileCommand('write', SEED, 'pipeline.json'),
      spec: 'pipeline.json',
      image: 'gcr.io/p/Trainer:v1',
    });
    expect(failure(result)).toBe(
      'compile-pipeline: Input "image" must be one image reference (such as gcr.io/project/trainer@sha256:<64 hex digits>) for every executor, or name=reference lines; got the reference "gcr.io/p/Trainer:v1", which is not an image reference: its path component "Trainer" must be lowercase letters and digits, separated by ".", "_", "__" or "-".',
    );
    expect(existsSync(join(ws, 'pipeline.json'))).toBe(false);
  });
});
