// Every input is checked before anything runs; each bad value's message names the input, the
// value and what is accepted.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInputs, InputError } from '@mlops-actions/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { removeCreated, workspace } from './workspace.ts';

afterEach(removeCreated);

function configOf(inputs: Record<string, string>, ws = workspace()) {
  return readConfig(
    createInputs((name) => inputs[name] ?? ''),
    ws,
  );
}

async function inputError(inputs: Record<string, string>, ws?: string): Promise<InputError> {
  try {
    await configOf(inputs, ws);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readConfig', () => {
  it('reads a full set of inputs', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'pipeline'));
    const config = await configOf(
      {
        command: 'tfx\npipeline\ncompile\n--pipeline-path\nkubeflow_runner.py\n--engine\nvertex',
        'working-directory': 'pipeline',
        spec: '*_pipeline.json',
        image: `gcr.io/p/trainer=gcr.io/p/trainer@sha256:${'ab'.repeat(32)}`,
        baseline: 'gs://my-bucket/pipelines/previous.json',
        'fail-on-warnings': 'true',
      },
      ws,
    );
    expect(config).toEqual({
      command: ['tfx', 'pipeline', 'compile', '--pipeline-path', 'kubeflow_runner.py', '--engine', 'vertex'],
      workingDirectory: join(ws, 'pipeline'),
      spec: { value: '*_pipeline.json', isGlob: true },
      pins: [{ name: 'gcr.io/p/trainer', reference: `gcr.io/p/trainer@sha256:${'ab'.repeat(32)}` }],
      baseline: {
        kind: 'gcs',
        value: 'gs://my-bucket/pipelines/previous.json',
        bucket: 'my-bucket',
        object: 'pipelines/previous.json',
      },
      failOnWarnings: true,
    });
  });

  it('defaults: no command, no pins, no baseline, warnings do not fail', async () => {
    const ws = workspace();
    expect(await configOf({ spec: 'pipeline.json' }, ws)).toEqual({
      command: undefined,
      workingDirectory: ws,
      spec: { value: 'pipeline.json', isGlob: false },
      pins: [],
      baseline: undefined,
      failOnWarnings: false,
    });
  });

  it.each([
    [
      { command: 'python kubeflow_runner.py\n--engine\nvertex' },
      'command',
      'Input "command" must be one argument per line (it runs without a shell); got "python kubeflow_runner.py" as the program. Write each word on its own line:\npython\nkubeflow_runner.py\n--engine\nvertex',
    ],
    [
      { command: 'python\nrun.py\n&&\necho' },
      'command',
      'Input "command" must be a single command, one argument per line; got "&&", which only a shell understands and which would reach the program as an argument. Put shell logic in a script and run that.',
    ],
    [{ spec: '' }, 'spec', 'Input "spec" is required and was empty.'],
    [{ spec: '../elsewhere/pipeline.json' }, 'spec', 'must be a relative path inside'],
    [
      { spec: '../**/*.json' },
      'spec',
      'Input "spec" must be a path or glob relative to working-directory that stays inside it; got "../**/*.json".',
    ],
    [
      { 'working-directory': 'missing' },
      'working-directory',
      'Input "working-directory" must be a folder inside the workspace; got "missing", which does not exist.',
    ],
    [
      { image: 'gcr.io/p/img@sha256:123' },
      'image',
      'Input "image" must be one image reference (such as gcr.io/project/trainer@sha256:<64 hex digits>) for every executor, or name=reference lines; got the reference "gcr.io/p/img@sha256:123", which is not an image reference: its digest is not algorithm:hex (such as sha256: and 64 hex digits).',
    ],
    [
      { image: 'gcr.io/p/a=gcr.io/p/a:1\ngcr.io/p/b' },
      'image',
      'Input "image" line 2 must be key=value with a non-empty key; got "gcr.io/p/b".',
    ],
    [
      { image: 'Trainer=gcr.io/p/a:1' },
      'image',
      'Input "image" must be one image reference (such as gcr.io/project/trainer@sha256:<64 hex digits>) for every executor, or name=reference lines; got the name "Trainer", which is not an image reference: its path component "Trainer" must be lowercase letters and digits, separated by ".", "_", "__" or "-".',
    ],
    [
      { baseline: 'gs://My_Bucket/x.json' },
      'baseline',
      'Input "baseline" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "gs://My_Bucket/x.json", which has an invalid bucket name',
    ],
    [
      { baseline: 's3://bucket/x.json' },
      'baseline',
      'Input "baseline" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "s3://bucket/x.json", which starts with s3:// instead of gs://.',
    ],
    [
      { baseline: 'gs:/my-bucket/pipelines/previous.json' },
      'baseline',
      'Input "baseline" must be a Cloud Storage URI such as gs://my-bucket/path/to/prefix; got "gs:/my-bucket/pipelines/previous.json", which starts with "gs:/" instead of "gs://"; did you mean "gs://my-bucket/pipelines/previous.json"?',
    ],
    [
      { baseline: 'gs://my-bucket/pipelines/' },
      'baseline',
      'Input "baseline" must be a path or the gs:// URI of one object, such as gs://my-bucket/pipelines/pipeline.json; got "gs://my-bucket/pipelines/", which names a folder.',
    ],
    [{ baseline: '../previous.json' }, 'baseline', 'must be a relative path inside'],
    [
      { 'fail-on-warnings': 'yes' },
      'fail-on-warnings',
      'Input "fail-on-warnings" must be true or false; got "yes".',
    ],
  ])('rejects %j', async (inputs, input, message) => {
    const error = await inputError({ spec: 'pipeline.json', ...inputs });
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });

  it('accepts a program path with spaces when that file exists', async () => {
    const ws = workspace();
    writeFileSync(join(ws, 'my compiler'), '#!/bin/sh\n');
    const config = await configOf({ command: 'my compiler\n--out\np.json', spec: 'p.json' }, ws);
    expect(config.command).toEqual(['my compiler', '--out', 'p.json']);
  });

  it('refuses a working-directory that is a symlink out of the workspace', async () => {
    const ws = workspace();
    symlinkSync('/tmp', join(ws, 'out'));
    const error = await inputError({ spec: 'p.json', 'working-directory': 'out' }, ws);
    expect(error.message).toBe(
      `Input "working-directory" must be a relative path inside ${ws}; got "out", which resolves outside it.`,
    );
  });
});
