import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '@mlops-actions/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOutcomes, JUnitReportError, parseJUnitReport, pytestArguments } from '../src/index.ts';

const TESTS = `import pytest
import unittest

def test_passes():
    assert True

def test_fails():
    assert 1 + 1 == 3, "arithmetic & <xml> \\"quotes\\""

@pytest.mark.skip(reason="not today")
def test_skipped():
    pass

@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert False

@pytest.fixture
def broken():
    raise RuntimeError("fixture broke")

def test_setup_error(broken):
    pass

@pytest.mark.parametrize("n", [1, 2])
def test_param(n):
    assert n == 1

class TestGroup:
    class TestInner:
        def test_nested(self):
            assert True

class Legacy(unittest.TestCase):
    def test_legacy(self):
        self.assertEqual(1, 1)
`;

let project: string;
let xml: string;
beforeAll(() => {
  project = tempDir('junit');
  mkdirSync(join(project, 'my models'));
  writeFileSync(join(project, 'my models', 'mixed_test.py'), TESTS);
  writeFileSync(join(project, 'my models', 'broken_test.py'), 'import not_a_module_anywhere\n');
  const reportPath = join(project, 'report.xml');
  const args = pytestArguments({
    files: ['my models/mixed_test.py', 'my models/broken_test.py'],
    reportPath,
    rootDir: project,
    extraArgs: ['--continue-on-collection-errors'],
  });
  spawnSync('python3', args, {
    cwd: project,
    env: { ...process.env, PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1', PYTHONDONTWRITEBYTECODE: '1' },
  });
  xml = readFileSync(reportPath, 'utf8');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('parseJUnitReport on a report real pytest wrote', () => {
  it('reads every test with its node id, file, line and outcome', () => {
    const report = parseJUnitReport(xml);
    const byId = Object.fromEntries(report.cases.map((c) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual([
      'my models/broken_test.py',
      'my models/mixed_test.py::Legacy::test_legacy',
      'my models/mixed_test.py::TestGroup::TestInner::test_nested',
      'my models/mixed_test.py::test_fails',
      'my models/mixed_test.py::test_param[1]',
      'my models/mixed_test.py::test_param[2]',
      'my models/mixed_test.py::test_passes',
      'my models/mixed_test.py::test_setup_error',
      'my models/mixed_test.py::test_skipped',
      'my models/mixed_test.py::test_xfail',
    ]);
    expect(byId['my models/mixed_test.py::test_fails']).toMatchObject({
      file: 'my models/mixed_test.py',
      line: 7,
      outcome: 'failed',
      collectionError: false,
      problems: [
        {
          kind: 'failure',
          message: 'AssertionError: arithmetic & <xml> "quotes"\nassert (1 + 1) == 3',
          details: expect.stringContaining('my models/mixed_test.py:8: AssertionError'),
        },
      ],
    });
    expect(byId['my models/mixed_test.py::test_setup_error']).toMatchObject({ outcome: 'error' });
    expect(byId['my models/mixed_test.py::test_skipped']).toMatchObject({
      outcome: 'skipped',
      skipReason: 'not today',
    });
    expect(byId['my models/mixed_test.py::test_xfail']?.outcome).toBe('skipped');
    expect(byId['my models/broken_test.py']).toMatchObject({ outcome: 'error', collectionError: true });
    expect(report.durationSeconds).toBeGreaterThan(0);
  });

  it('counts one outcome per test', () => {
    expect(countOutcomes(parseJUnitReport(xml).cases)).toEqual({
      total: 10,
      passed: 4,
      failed: 2,
      errors: 2,
      skipped: 2,
    });
  });
});

describe('parseJUnitReport on other shapes', () => {
  it('reads a bare <testsuite> root and xunit2 (no file, no line)', () => {
    const report = parseJUnitReport(
      '<testsuite tests="1" time="0.5"><testcase classname="models.a_test.TestA" name="test_x" time="0.25"><failure message="boom">trace</failure></testcase></testsuite>',
    );
    expect(report).toEqual({
      durationSeconds: 0.5,
      cases: [
        {
          id: 'models.a_test.TestA::test_x',
          file: undefined,
          line: undefined,
          durationSeconds: 0.25,
          outcome: 'failed',
          problems: [{ kind: 'failure', message: 'boom', details: 'trace' }],
          collectionError: false,
          skipReason: undefined,
        },
      ],
    });
  });

  it('sums several suites and skips the nameless case pytest leaves for an interrupted test', () => {
    const report = parseJUnitReport(
      '<?xml version="1.0"?><testsuites><testsuite time="1"><testcase classname="a_test" name="t" file="a_test.py" line="0"/><testcase time="0.000"/></testsuite><testsuite time="2"/></testsuites>',
    );
    expect(report.durationSeconds).toBe(3);
    expect(report.cases.map((c) => [c.id, c.line, c.outcome])).toEqual([['a_test.py::t', 1, 'passed']]);
  });

  it('keeps names that look like numbers as they are', () => {
    const report = parseJUnitReport('<testsuite><testcase classname="" name="1e3"/></testsuite>');
    expect(report.cases[0]?.id).toBe('1e3');
  });

  it('refuses a truncated report and one that is not JUnit', () => {
    expect(() => parseJUnitReport('<testsuites><testsuite><testcase name="a"')).toThrow(JUnitReportError);
    expect(() => parseJUnitReport('<html><body/></html>')).toThrow('no <testsuite> element');
  });

  it('copes with a large report full of escaped characters', () => {
    const cases = Array.from(
      { length: 2000 },
      (_, i) =>
        `<testcase classname="m_test" name="t${i}" file="m_test.py" line="1"><failure message="&lt;&gt;&amp;&quot;">${'&lt;x&gt; '.repeat(200)}</failure></testcase>`,
    );
    const report = parseJUnitReport(`<testsuite>${cases.join('')}</testsuite>`);
    expect(report.cases).toHaveLength(2000);
    expect(report.cases[1999]?.problems[0]?.message).toBe('<>&"');
  });
});
