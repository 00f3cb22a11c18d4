// What the inputs hash covers (issue 13, item 5): everything that makes the image, as the builders
// walk the context — and nothing .dockerignore or inputs-hash-exclude leaves out.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { computeInputsHash, type InputsHashOptions, parseRepository } from '../src/index.ts';

const dirs: string[] = [];
afterEach(() => {
  delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function context(): { dir: string; options: InputsHashOptions } {
  const dir = mkdtempSync(join(tmpdir(), 'inputs-hash-'));
  dirs.push(dir);
  const files: Record<string, string> = {
    Dockerfile: 'FROM scratch\nCOPY ./ ./\n',
    '.dockerignore': '**/*_test.py\n',
    'pipeline/pipeline.py': 'def create_pipeline(): ...\n',
    'models/model.py': 'def run_fn(fn_args): ...\n',
    'models/model_test.py': 'def test(): ...\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync('pipeline/pipeline.py', join(dir, 'link.py'));
  return {
    dir,
    options: {
      contextDir: dir,
      dockerfilePath: join(dir, 'Dockerfile'),
      buildArgs: { A: '1', B: '2' },
      target: parseRepository('127.0.0.1:5000/p/r/img'),
      platform: { os: 'linux', architecture: 'amd64' },
      exclude: ['models'],
    },
  };
}

describe('computeInputsHash', () => {
  it('is 64 hex digits, the same for the same inputs, whatever the order of build args or the times', () => {
    const { dir, options } = context();
    const first = computeInputsHash(options);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    utimesSync(join(dir, 'pipeline/pipeline.py'), 1, 1);
    expect(computeInputsHash({ ...options, buildArgs: { B: '2', A: '1' } })).toBe(first);
  });

  /** A change to the files only; the options stay. */
  const onDisk =
    (change: (dir: string) => void) =>
    (dir: string, options: InputsHashOptions): InputsHashOptions => {
      change(dir);
      return options;
    };
  it.each<[string, (dir: string, options: InputsHashOptions) => InputsHashOptions]>([
    ['the Dockerfile', onDisk((dir) => writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n'))],
    ['a file in the context', onDisk((dir) => writeFileSync(join(dir, 'pipeline/pipeline.py'), 'x = 1\n'))],
    ['a new file', onDisk((dir) => writeFileSync(join(dir, 'setup.py'), ''))],
    ['a mode', onDisk((dir) => chmodSync(join(dir, 'pipeline/pipeline.py'), 0o755))],
    [
      'a link target',
      onDisk((dir) => {
        rmSync(join(dir, 'link.py'));
        symlinkSync('models/model.py', join(dir, 'link.py'));
      }),
    ],
    ['a build arg', (_, o) => ({ ...o, buildArgs: { A: '1', B: '3' } })],
    ['the platform', (_, o) => ({ ...o, platform: { os: 'linux', architecture: 'arm64' } })],
    ['the target', (_, o) => ({ ...o, target: parseRepository('127.0.0.1:5000/p/r/other') })],
    ['what is excluded', (_, o) => ({ ...o, exclude: [] })],
  ])('changes with %s', (_, change) => {
    const { dir, options } = context();
    const before = computeInputsHash(options);
    expect(computeInputsHash(change(dir, options))).not.toBe(before);
  });

  it.each<[string, (dir: string) => void]>([
    ['an excluded file', (dir) => writeFileSync(join(dir, 'models/model.py'), 'changed\n')],
    ['a new file in an excluded folder', (dir) => writeFileSync(join(dir, 'models/new.py'), '')],
    ['a file .dockerignore leaves out', (dir) => writeFileSync(join(dir, 'pipeline/p_test.py'), '')],
    // google-github-actions/auth writes a new one each run into the workspace.
    ['a gha-creds-*.json credentials file', (dir) => writeFileSync(join(dir, 'gha-creds-5f3a9c.json'), '{}')],
    [
      'the file GOOGLE_APPLICATION_CREDENTIALS names',
      (dir) => {
        writeFileSync(join(dir, 'adc.json'), '{}');
        process.env.GOOGLE_APPLICATION_CREDENTIALS = join(dir, 'adc.json');
      },
    ],
  ])('does not change with %s', (_, change) => {
    const { dir, options } = context();
    const before = computeInputsHash(options);
    change(dir);
    expect(computeInputsHash(options)).toBe(before);
  });
});
