import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ProcessResult, processFailure } from '@mlops-actions/process';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionError, InputError, runAction } from '../src/index.ts';
import { captureStdout } from './capture-stdout.ts';

afterEach(() => {
  process.exitCode = undefined;
});

const errorLines = (lines: string[]) => lines.filter((line) => line.startsWith('::error'));

const dockerFailed: ProcessResult = {
  command: ['docker', 'buildx', 'build'],
  exitCode: 1,
  signal: null,
  timedOut: false,
  cancelled: false,
  killed: false,
  durationMs: 1,
  output:
    '#5 [2/3] RUN pip install -r requirements.txt\n\u001b[31mERROR: failed to solve: exit code: 1\u001b[0m\n',
  omittedBytes: 0,
};

describe('runAction', () => {
  it('does nothing more when the action succeeds', async () => {
    let ran = false;
    const lines = await captureStdout(() =>
      runAction('count-data', async () => {
        ran = true;
      }),
    );
    expect(ran).toBe(true);
    expect(lines).toEqual([]);
    expect(process.exitCode).toBeUndefined();
  });

  it('fails with one line for an unknown error, the stack only at debug level', async () => {
    const lines = await captureStdout(() =>
      runAction('trigger-vertex', () => {
        throw new Error('3 INVALID_ARGUMENT: bad spec\nmetadata: {...}\nmore');
      }),
    );
    expect(errorLines(lines)).toEqual(['::error::trigger-vertex: 3 INVALID_ARGUMENT: bad spec']);
    expect(lines.filter((line) => line.startsWith('::debug::'))).toHaveLength(1);
    expect(lines.find((line) => line.startsWith('::debug::'))).toMatch(
      /^::debug::Error: 3 INVALID_ARGUMENT.*%0A.*at /,
    );
    expect(process.exitCode).toBe(1);
  });

  it('reports input and action errors as written', async () => {
    const input = await captureStdout(() =>
      runAction('detect-changes', () => {
        throw new InputError('list-files', 'xml', 'Input "list-files" must be one of none, json; got "xml".');
      }),
    );
    expect(errorLines(input)).toEqual([
      '::error::detect-changes: Input "list-files" must be one of none, json; got "xml".',
    ]);
    const action = await captureStdout(() =>
      runAction('batch-evaluate', async () => {
        throw new ActionError('accuracy 0.71 is below the threshold 0.8.\nSee the job summary.');
      }),
    );
    expect(errorLines(action)).toEqual([
      '::error::batch-evaluate: accuracy 0.71 is below the threshold 0.8.%0ASee the job summary.',
    ]);
  });

  it('handles thrown non-errors and errors with causes', async () => {
    const lines = await captureStdout(() =>
      runAction('x', () => {
        throw 'plain string';
      }),
    );
    expect(errorLines(lines)).toEqual(['::error::x: plain string']);
    const caused = await captureStdout(() =>
      runAction('x', () => {
        throw new Error('upload failed', { cause: new Error('ECONNRESET') });
      }),
    );
    expect(errorLines(caused)).toEqual(['::error::x: upload failed']);
    expect(caused.find((line) => line.startsWith('::debug::'))).toContain('Caused by: Error: ECONNRESET');
  });

  it('reports a failed child process with the last lines of its output, in the annotation and the job summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-summary-'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      const lines = await captureStdout(() =>
        runAction('build-image', () => {
          throw processFailure(dockerFailed, { what: 'docker buildx build' });
        }),
      );
      expect(errorLines(lines)).toEqual([
        '::error::build-image: docker buildx build exited with code 1. Last lines of its output (all of it is in the log):%0A#5 [2/3] RUN pip install -r requirements.txt%0AERROR: failed to solve: exit code: 1',
      ]);
      expect(readFileSync(summary, 'utf8')).toBe(
        '### ❌ build\\-image failed\n\ndocker buildx build exited with code 1\\. Last lines of its output \\(all of it is in the log\\):\n\n```\n#5 [2/3] RUN pip install -r requirements.txt\nERROR: failed to solve: exit code: 1\n```\n\n',
      );

      // A step that wrote its own summary before failing keeps it as it is.
      writeFileSync(summary, 'the report\n');
      await captureStdout(() =>
        runAction('unit-test', () => {
          throw processFailure(dockerFailed, { what: 'pytest' });
        }),
      );
      expect(readFileSync(summary, 'utf8')).toBe('the report\n');
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never rethrows', async () => {
    await captureStdout(async () => {
      await expect(
        runAction('x', async () => {
          throw new TypeError('boom');
        }),
      ).resolves.toBeUndefined();
    });
    expect(process.exitCode).toBe(1);
  });
});

// Node strips TypeScript types natively from 22.18 / 23.6 on; the actions run on Node 24.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

describe.skipIf(!stripsTypes)('runAction in a real process', () => {
  it('exits 1 with the single error line', () => {
    const entry = new URL('../src/index.ts', import.meta.url).href;
    const script = `import { runAction } from ${JSON.stringify(entry)};
      await runAction('demo', () => { throw new Error('it broke\\nsecond line'); });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(child.stderr).toBe('');
    expect(child.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      '::error::demo: it broke',
    ]);
    expect(child.status).toBe(1);
  });
});
