import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@mlops-actions/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PytestUnavailableError,
  PythonNotStartedError,
  runTestSuite,
  type TestSuiteOptions,
} from '../src/index.ts';

let project: string;
let scratch: string;
beforeEach(() => {
  project = tempDir('suite');
  scratch = tempDir('suite-scratch');
  writeFileSync(
    join(project, 'env_test.py'),
    'import os\n\ndef test_environment():\n    assert not any(k.startswith("INPUT_") for k in os.environ)\n    assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1"\n',
  );
  writeFileSync(join(project, 'fails_test.py'), 'import helper\n\ndef test_fails():\n    helper.check()\n');
  writeFileSync(join(project, 'helper.py'), 'def check():\n    raise ValueError("bad value")\n');
});
afterEach(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

// As on a hosted runner: whatever keeps bytecode out of the project must come from runTestSuite.
const { PYTHONDONTWRITEBYTECODE: _, ...runnerEnv } = process.env;

function options(overrides: Partial<TestSuiteOptions> = {}): TestSuiteOptions {
  return {
    python: 'python3',
    files: ['env_test.py', 'fails_test.py'],
    workingDirectory: project,
    repositoryRoot: project,
    reportPath: join(scratch, 'deep', 'junit.xml'),
    timeoutMs: 60_000,
    env: { ...runnerEnv, PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1', INPUT_ARGS: '-x', 'INPUT_REPORT-PATH': '' },
    ...overrides,
  };
}

function script(body: string): string {
  const path = join(scratch, 'python');
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('runTestSuite', () => {
  it('runs exactly the files given, reads the report and places each failure', async () => {
    const run = await runTestSuite(options());
    expect(run.counts).toEqual({ total: 2, passed: 1, failed: 1, errors: 0, skipped: 0 });
    expect(run.process.exitCode).toBe(1);
    expect(run.failures).toEqual([
      expect.objectContaining({
        kind: 'failure',
        message: 'ValueError: bad value',
        location: { file: 'helper.py', line: 2 },
      }),
    ]);
    expect(readFileSync(run.reportPath, 'utf8')).toContain('<testsuite');
    expect(run.command.slice(0, 3)).toEqual(['python3', '-m', 'pytest']);
    expect(run.command.slice(-3)).toEqual(['--', 'env_test.py', 'fails_test.py']);
  });

  it('writes no cache and no bytecode into the project', async () => {
    await runTestSuite(options());
    expect(readdirSync(project).sort()).toEqual(['env_test.py', 'fails_test.py', 'helper.py']);
  });

  it('never passes off a stale report as this run’s', async () => {
    const reportPath = join(scratch, 'junit.xml');
    writeFileSync(reportPath, '<testsuite><testcase classname="old" name="passed_long_ago"/></testsuite>');
    const run = await runTestSuite(options({ reportPath, extraArgs: ['--no-such-option'] }));
    expect(run.report).toBeUndefined();
    expect(run.reportProblem).toBe('wrote no report');
    expect(run.process.exitCode).toBe(4);
    expect(run.process.output).toContain('unrecognized arguments: --no-such-option');
  });

  it('says that Python was not found, and how to set it up', async () => {
    const error = await runTestSuite(options({ python: 'no-such-python' })).catch((e) => e);
    expect(error).toBeInstanceOf(PythonNotStartedError);
    expect(error.message).toBe(
      'Python was not found: "no-such-python" is not on PATH. Set up Python in a step before this one (actions/setup-python), or set the python input to the path of an interpreter.',
    );
  });

  it('says that pytest is missing, and how to install it', async () => {
    const python = script('exec python3 -S "$@"');
    const error = await runTestSuite(options({ python })).catch((e) => e);
    expect(error).toBeInstanceOf(PytestUnavailableError);
    expect(error.message).toMatch(/^pytest is not installed for ".*python": .*No module named pytest\. /);
    expect(error.message).toContain('pip install pytest');
  });

  it('says that Python is missing when a launcher finds none (exit status 127)', async () => {
    const python = script('echo "pyenv: python3: command not found" >&2\nexit 127');
    const error = await runTestSuite(options({ python })).catch((e) => e);
    expect(error).toBeInstanceOf(PytestUnavailableError);
    expect(error.message).toContain('exited with status 127 (pyenv: python3: command not found)');
    expect(error.message).toContain('actions/setup-python');
  });
});
