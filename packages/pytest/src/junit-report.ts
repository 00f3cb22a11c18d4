import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { testId } from './test-id.ts';
import type { TestCaseResult, TestOutcome, TestProblem, TestReport } from './test-results.ts';

/** The report is not well-formed XML, or not JUnit: pytest was killed while writing it, or someone else wrote it. */
export class JUnitReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JUnitReportError';
  }
}

type XmlElement = Record<string, unknown>;

const REPEATED = new Set(['testsuite', 'testcase', 'failure', 'error', 'skipped']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  // Values stay strings: a test named "1e3" is not a number, a message keeps its spaces.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  ignoreDeclaration: true,
  // Decodes numeric references too (pytest writes a newline in a message as &#10;). The HTML names
  // it adds cannot misfire: pytest escapes every & it writes.
  htmlEntities: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
});

/** Reads pytest's JUnit XML (xunit1 or xunit2; `<testsuites>` or a bare `<testsuite>` root). */
export function parseJUnitReport(xml: string): TestReport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new JUnitReportError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const document = parser.parse(xml) as XmlElement;
  const root = element(document.testsuites) ?? { testsuite: document.testsuite };
  const suites = elements(root, 'testsuite');
  if (suites.length === 0) throw new JUnitReportError('no <testsuite> element');

  const cases: TestCaseResult[] = [];
  let durationSeconds: number | undefined;
  for (const suite of suites) {
    const time = seconds(attribute(suite, 'time'));
    if (time !== undefined) durationSeconds = (durationSeconds ?? 0) + time;
    for (const testCase of elements(suite, 'testcase')) {
      const result = readTestCase(testCase);
      if (result !== undefined) cases.push(result);
    }
  }
  return { cases, durationSeconds };
}

function readTestCase(testCase: XmlElement): TestCaseResult | undefined {
  const name = attribute(testCase, 'name');
  // pytest leaves a nameless <testcase/> for the test it was running when interrupted.
  if (name === undefined || name === '') return undefined;
  const classname = attribute(testCase, 'classname') ?? '';
  const file = attribute(testCase, 'file') || undefined;
  const line = attribute(testCase, 'line');
  const problems: TestProblem[] = [
    ...elements(testCase, 'failure').map((el) => problem('failure', el)),
    ...elements(testCase, 'error').map((el) => problem('error', el)),
  ];
  const skipped = elements(testCase, 'skipped');
  return {
    id: testId(classname, name, file),
    file,
    // xunit1 gives pytest's 0-based line of the definition.
    line: line !== undefined && /^\d+$/.test(line) ? Number(line) + 1 : undefined,
    durationSeconds: seconds(attribute(testCase, 'time')) ?? 0,
    outcome: outcomeOf(problems, skipped.length > 0),
    problems,
    collectionError:
      classname === '' && problems.some((p) => p.kind === 'error' && p.message === 'collection failure'),
    skipReason: skipped[0] === undefined ? undefined : (attribute(skipped[0], 'message') ?? ''),
  };
}

function outcomeOf(problems: readonly TestProblem[], skipped: boolean): TestOutcome {
  if (problems.some((p) => p.kind === 'failure')) return 'failed';
  if (problems.length > 0) return 'error';
  return skipped ? 'skipped' : 'passed';
}

function problem(kind: TestProblem['kind'], el: XmlElement): TestProblem {
  return { kind, message: attribute(el, 'message') ?? '', details: text(el) };
}

function element(value: unknown): XmlElement | undefined {
  if (Array.isArray(value)) return element(value[0]);
  return typeof value === 'object' && value !== null ? (value as XmlElement) : undefined;
}

/** Child elements by name; an empty element (`<testcase/>`) parses as '' and becomes {}. */
function elements(parent: XmlElement, name: string): XmlElement[] {
  const value = parent[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => element(item) ?? {});
}

function attribute(el: XmlElement, name: string): string | undefined {
  const value = el[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function text(el: XmlElement): string {
  const value = el['#text'];
  return typeof value === 'string' ? value : '';
}

function seconds(value: string | undefined): number | undefined {
  const n = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
