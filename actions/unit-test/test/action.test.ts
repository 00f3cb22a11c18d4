// The built bundle (actions/unit-test/dist) run through packages/runner on Node 24, exactly as the
// GitHub runner would, with real pytest on the fixture projects in test/fixtures (copied first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunResult, runBuiltAction } from '@mlops-actions/runner';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureWorkspace, removeCreated, scratchDir, script, treeOf } from './fixture-workspace.ts';

const actionDir = new URL('..', import.meta.url).pathname;

// Plugins that happen to be installed on this machine (pytest-benchmark creates .benchmarks/ in
// the cwd) are not the action's doing; without them the workspace check below is exact.
const ENV = { PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1' };

afterEach(removeCreated);

interface FixtureRun {
  result: RunResult;
  workspace: string;
}

/** Runs the action on a copy of a fixture and checks that it wrote nothing into the workspace. */
async function runOn(
  fixture: string,
  inputs: Record<string, string> = {},
  options: { env?: Record<string, string>; subdirectory?: string; cancelAfterMs?: number } = {},
): Promise<FixtureRun> {
  const workspace = fixtureWorkspace(fixture, options.subdirectory);
  const before = treeOf(workspace);
  const result = await runBuiltAction({
    actionDir,
    workspace,
    inputs,
    env: { ...ENV, ...options.env },
    ...(options.cancelAfterMs === undefined ? {} : { cancelAfterMs: options.cancelAfterMs }),
  });
  // No .pytest_cache, no __pycache__, no report: the repository is exactly as checked out.
  expect(treeOf(workspace)).toEqual(before);
  return { result, workspace };
}

const errors = (result: RunResult) => result.annotations.filter((a) => a.level === 'error');
const finalError = (result: RunResult) => errors(result).at(-1)?.message ?? '';

/** Running, as opposed to gone or a zombie (killed, not yet reaped by whoever adopted it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Whether the process is still running after a moment: a SIGKILL is delivered asynchronously. */
async function isAlive(pid: number): Promise<boolean> {
  for (let i = 0; i < 20 && isRunning(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return isRunning(pid);
}

describe('unit-test (built bundle on Node 24)', () => {
  it('passes on a passing project, collecting exactly the *_test.py files', async () => {
    const runnerTemp = scratchDir();
    const reportPath = join(runnerTemp, 'reports', 'junit.xml');
    const { result } = await runOn(
      'passing',
      { 'report-path': reportPath },
      { env: { RUNNER_TEMP: runnerTemp } },
    );

    expect(result.main.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    // models/helpers.py defines a failing test_* function: it is not a *_test.py file, so not run.
    expect(result.outputs).toEqual({
      total: '5',
      passed: '5',
      failed: '0',
      errors: '0',
      skipped: '0',
      duration: expect.stringMatching(/^\d+\.\d{3}$/),
      'report-path': reportPath,
    });
    expect(result.annotations).toEqual([]);
    expect(readFileSync(reportPath, 'utf8')).toContain('<testsuite');
    expect(result.summary).toContain('### ✅ Unit tests: 5 passed');
    expect(result.summary).toContain('| 5 | 5 | 0 | 0 | 0 |');
    expect(result.summary).toContain('#### Slowest 5 tests');
    expect(result.log).toContain('Found 2 test files matching the pattern "**/*_test.py"');
    expect(result.log).toContain('5 passed');
  });

  it('fails on failing tests, annotating each at the deepest line inside the repository', async () => {
    const { result } = await runOn('failing');

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ total: '4', passed: '1', failed: '3', errors: '0', skipped: '0' });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        title: 'models/model_test.py::test_predict_fails',
        file: 'models/model_test.py',
        line: 9,
        message: 'assert 4 == 5\n +  where 4 = predict(2)',
      }),
      // The assertion that failed is in the helper the test called, not in the test.
      expect.objectContaining({
        title: 'models/model_test.py::test_helper_fails',
        file: 'models/model.py',
        line: 6,
        message: expect.stringContaining('AssertionError: expected a positive value, got -1'),
      }),
      expect.objectContaining({
        title: 'models/model_test.py::TestModel::test_in_class_fails',
        file: 'models/model_test.py',
        line: 18,
        message: expect.stringContaining('predict(1) should be 3'),
      }),
      {
        level: 'error',
        step: 'main',
        message: 'unit-test: 3 of 4 tests failed; see the annotations and the job summary.',
      },
    ]);
    expect(result.summary).toContain('### ❌ Unit tests: 1 passed, 3 failed');
    expect(result.summary).toContain('#### Failures \\(3\\)');
    expect(result.summary).toContain(
      '| `models/model_test.py::test_helper_fails` | [models/model\\.py:6](https://github.com/octo-org/octo-repo/blob/',
    );
  });

  it('never lets test output become a workflow command', async () => {
    const workspace = fixtureWorkspace('failing');
    writeFileSync(
      join(workspace, 'models', 'noisy_test.py'),
      'def test_noisy():\n    print("::warning::from a test")\n    print("::add-mask::x")\n    assert False\n',
    );
    const result = await runBuiltAction({ actionDir, workspace, env: ENV });

    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(result.masks).toEqual([]);
    expect(result.log).toContain('::warning::from a test');
  });

  it('annotates paths from the workspace root when working-directory is a subfolder', async () => {
    const { result } = await runOn(
      'failing',
      { 'working-directory': 'project' },
      { subdirectory: 'project' },
    );

    expect(result.exitCode).toBe(1);
    expect(errors(result).map((a) => `${a.file}:${a.line}`)).toEqual([
      'project/models/model_test.py:9',
      'project/models/model.py:6',
      'project/models/model_test.py:18',
      'undefined:undefined',
    ]);
  });

  it('stops a test that hangs past the timeout, with every process it started, and says where', async () => {
    const pidFile = join(scratchDir(), 'child.pid');
    const { result } = await runOn('hanging', { timeout: '3s' }, { env: { HANG_PID_FILE: pidFile } });

    expect(result.exitCode).toBe(1);
    expect(result.main.durationMs).toBeLessThan(20_000);
    expect(result.outputs).toMatchObject({ total: '1', passed: '1', failed: '0' });
    expect(errors(result)).toEqual([
      expect.objectContaining({ title: 'Timed out', file: 'models/hang_test.py', line: 15 }),
      expect.objectContaining({
        message:
          'unit-test: pytest did not finish within 3s (the timeout input) and was stopped at models/hang_test.py:15. 1 test finished before that: 1 passed. Fix the test that hangs, or raise the timeout.',
      }),
    ]);
    const childPid = Number(readFileSync(pidFile, 'utf8'));
    expect(childPid).toBeGreaterThan(0);
    expect(await isAlive(childPid)).toBe(false);
  });

  it('stops pytest and its processes when the workflow is cancelled', async () => {
    const pidFile = join(scratchDir(), 'child.pid');
    const { result } = await runOn(
      'hanging',
      { timeout: '5m' },
      { env: { HANG_PID_FILE: pidFile }, cancelAfterMs: 3000 },
    );

    expect(result.exitCode).toBe(1);
    // The runner adds its own "The operation was canceled." after the action's message.
    expect(errors(result).map((a) => a.message)).toEqual([
      expect.stringContaining('pytest was here when the run was cancelled'),
      expect.stringMatching(
        /^unit-test: The run was cancelled and pytest was stopped at models\/hang_test.py:15\. 1 test finished before that: 1 passed\.$/,
      ),
      'The operation was canceled.',
    ]);
    expect(await isAlive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });

  it('reports a module that cannot be imported as an error at its file', async () => {
    const { result } = await runOn('import-error');

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ total: '1', errors: '1', passed: '0' });
    expect(errors(result)[0]).toMatchObject({
      title: 'Could not collect models/broken_test.py',
      file: 'models/broken_test.py',
      line: 3,
      message: "ModuleNotFoundError: No module named 'tensorflow_but_not_installed'",
    });
    expect(finalError(result)).toContain('1 test module could not be collected');
    expect(finalError(result)).toContain('add --continue-on-collection-errors to args');
  });

  it('runs the other modules despite an import error when args ask for it', async () => {
    const { result } = await runOn('import-error', { args: '--continue-on-collection-errors' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ total: '2', errors: '1', passed: '1' });
  });

  it('reports a syntax error at its line', async () => {
    const { result } = await runOn('syntax-error');

    expect(result.exitCode).toBe(1);
    expect(errors(result)[0]).toMatchObject({
      title: 'Could not collect models/syntax_test.py',
      file: 'models/syntax_test.py',
      line: 4,
      message: expect.stringContaining('SyntaxError: invalid syntax'),
    });
  });

  it('fails when no file matches the pattern, saying which pattern found nothing where', async () => {
    const { result } = await runOn('no-test-files');

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      'unit-test: No test files match the pattern "**/*_test.py" in working-directory ".". Check the pattern and working-directory inputs. Set fail-on-empty: false if running no tests is expected.',
    );
    expect(result.outputs).toMatchObject({ total: '0', 'report-path': '' });
  });

  it('only warns about no test files with fail-on-empty: false', async () => {
    const { result } = await runOn('no-test-files', { 'fail-on-empty': 'false' });

    expect(result.exitCode).toBe(0);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^No test files match/) }),
    ]);
    expect(result.summary).toContain('### ⚠️ Unit tests: no test files');
  });

  it('fails when the files found hold no test', async () => {
    const { result } = await runOn('no-tests-in-files');

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toContain(
      'No test ran: pytest collected no tests from 1 file matching the pattern "**/*_test.py" in working-directory ".". The files define no tests pytest recognises',
    );
  });

  it('only warns about files without tests with fail-on-empty: false', async () => {
    const { result } = await runOn('no-tests-in-files', { 'fail-on-empty': 'false' });

    expect(result.exitCode).toBe(0);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^No test ran/) }),
    ]);
  });

  it('fails instead of silently passing when args deselect every test (the original `pytest -m .`)', async () => {
    const { result } = await runOn('passing', { args: '-m\n.' });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ total: '0' });
    expect(finalError(result)).toContain('The args input (-m .) may deselect every test.');
  });

  it('handles test files and folders whose names contain spaces', async () => {
    const { result } = await runOn('spaces');

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ total: '3', passed: '2', failed: '1' });
    expect(errors(result)[0]).toMatchObject({
      title: 'my models/model a_test.py::test_fails',
      file: 'my models/model a_test.py',
      line: 6,
    });
    expect(result.summary).toContain('my%20models/model%20a_test.py#L6');
  });

  it('runs unittest-style TestCase classes', async () => {
    const { result } = await runOn('unittest-style');

    expect(result.outputs).toMatchObject({ total: '4', passed: '2', failed: '1', skipped: '1' });
    expect(errors(result)[0]).toMatchObject({
      title: 'models/model_test.py::NestedModuleTest::test_fails',
      file: 'models/model_test.py',
      line: 21,
      message: 'AssertionError: 4 not found in [1, 2, 3]',
    });
  });

  it('collects test_*.py files only when the pattern asks for them', async () => {
    const suffixOnly = await runOn('both-namings');
    expect(suffixOnly.result.outputs.total).toBe('1');

    const both = await runOn('both-namings', { pattern: '**/*_test.py\n**/test_*.py' });
    expect(both.result.exitCode).toBe(0);
    expect(both.result.outputs.total).toBe('2');

    // A pattern without `/` matches file names at any depth.
    const prefixOnly = await runOn('both-namings', { pattern: 'test_*.py' });
    expect(prefixOnly.result.outputs.total).toBe('1');
    expect(prefixOnly.result.log).toContain('tests/test_model.py');
  });

  it('annotates the first 9 failures and lists them all in the summary', async () => {
    const workspace = fixtureWorkspace('passing');
    const tests = Array.from({ length: 12 }, (_, i) => `def test_${i}():\n    assert ${i} < 0\n`);
    writeFileSync(join(workspace, 'many_test.py'), tests.join('\n'));
    const result = await runBuiltAction({ actionDir, workspace, env: ENV });

    expect(result.outputs).toMatchObject({ failed: '12' });
    expect(errors(result)).toHaveLength(10);
    expect(finalError(result)).toBe(
      'unit-test: 12 of 17 tests failed; see the annotations and the job summary.',
    );
    expect(result.summary).toContain('#### Failures \\(12\\)');
    expect(result.summary).toContain('`many_test.py::test_11`');
  });
});

describe('unit-test when Python or pytest is missing', () => {
  it('says that python was not found and how to set it up', async () => {
    const { result } = await runOn('passing', { python: 'python-that-does-not-exist' });

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toBe(
      'unit-test: Python was not found: "python-that-does-not-exist" is not on PATH. Set up Python in a step before this one (actions/setup-python), or set the python input to the path of an interpreter.',
    );
  });

  it('says that pytest is not installed and how to install it', async () => {
    // An interpreter without site-packages: python3 -S cannot import pytest.
    const python = script(scratchDir(), 'python-without-pytest', 'exec python3 -S "$@"');
    const { result } = await runOn('passing', { python });

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toMatch(
      /^unit-test: pytest is not installed for ".*python-without-pytest": .*No module named pytest\. Install it in a step before this one: pip install pytest/,
    );
  });

  it('reports a usage error with pytest own words', async () => {
    const { result } = await runOn('passing', { args: '--no-such-option' });

    expect(result.exitCode).toBe(1);
    expect(finalError(result)).toContain('pytest exited with 4 (usage error) and wrote no report');
    expect(finalError(result)).toContain('unrecognized arguments: --no-such-option');
  });
});

describe('bad inputs fail before anything runs', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'a working-directory outside the workspace',
      { 'working-directory': '../elsewhere' },
      'Input "working-directory" must be a relative path inside',
    ],
    [
      'a working-directory that does not exist',
      { 'working-directory': 'missing' },
      'Input "working-directory" must be a folder inside the workspace; got "missing", which does not exist.',
    ],
    [
      'an absolute pattern',
      { pattern: '/models/*_test.py' },
      'Input "pattern" must be glob patterns relative to working-directory, one per line, such as **/*_test.py; got "/models/*_test.py", which is absolute; patterns are relative to working-directory.',
    ],
    [
      'a pattern that leaves the working directory',
      { pattern: '**/*_test.py\n../other/*_test.py' },
      'got "../other/*_test.py", which leaves working-directory with "..".',
    ],
    ['an invalid glob', { pattern: 'models/{a,b' }, 'got "models/{a,b", which is not a valid glob'],
    [
      'only excluding patterns',
      { pattern: '!**/slow_test.py' },
      'Input "pattern" must have at least one pattern without "!" (which only excludes); got "!**/slow_test.py".',
    ],
    [
      'a python path that does not exist',
      { python: '.venv/bin/python' },
      'Input "python" must be a command on PATH or the path of a Python interpreter (relative to working-directory); got ".venv/bin/python", which does not exist.',
    ],
    [
      'args setting the report',
      { args: '-x\n--junitxml=out.xml' },
      'Input "args" must be pytest arguments, one per line; got "--junitxml=out.xml", which cannot be used: the action writes the JUnit report itself; use the report-path input.',
    ],
    [
      'args that need the cache',
      { args: '--lf' },
      'got "--lf", which cannot be used: it needs pytest\'s cache, which the action turns off',
    ],
    [
      'an option and its value on one line',
      { args: '-m .' },
      'Input "args" must be pytest arguments, one per line; got "-m .", which holds an option and its value in one line; put "-m" and "." on separate lines (one argument per line).',
    ],
    [
      'a fail-on-empty that is not a boolean',
      { 'fail-on-empty': 'yes' },
      'Input "fail-on-empty" must be true or false; got "yes".',
    ],
    [
      'a timeout that is not a duration',
      { timeout: 'soon' },
      'Input "timeout" must be a duration such as 90s, 15m, 2h or 1h30m; got "soon".',
    ],
    [
      'a zero timeout',
      { timeout: '0s' },
      'Input "timeout" must be a duration greater than zero, such as 90s, 15m, 2h or 1h30m; got "0s".',
    ],
    [
      'a report-path outside the workspace',
      { 'report-path': '../junit.xml' },
      'Input "report-path" must be a relative path inside',
    ],
    [
      'an absolute report-path outside the workspace and the runner temp folder',
      { 'report-path': '/etc/junit.xml' },
      'Input "report-path" must be a path inside the workspace (',
    ],
    [
      'a report-path that is a folder',
      { 'report-path': 'models' },
      'Input "report-path" must be the path of a file (the JUnit XML report); got "models", which is a folder.',
    ],
  ];

  for (const [what, inputs, expected] of cases) {
    it(what, async () => {
      const scratch = scratchDir();
      const marker = join(scratch, 'python-was-started');
      const python = script(scratch, 'python', `touch "${marker}"\nexec python3 "$@"`);
      const { result } = await runOn('passing', { python, ...inputs });

      expect(result.exitCode).toBe(1);
      expect(errors(result)).toHaveLength(1);
      expect(finalError(result)).toContain(expected);
      expect(existsSync(marker)).toBe(false);
      expect(result.outputs).toEqual({});
    });
  }

  it('a good run does start the interpreter (the check above can fail)', async () => {
    const scratch = scratchDir();
    const marker = join(scratch, 'python-was-started');
    const python = script(scratch, 'python', `touch "${marker}"\nexec python3 "$@"`);
    const { result } = await runOn('passing', { python });

    expect(result.exitCode).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});
