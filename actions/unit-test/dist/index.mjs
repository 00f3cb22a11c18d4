import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  XMLParser,
  XMLValidator
} from "../../../dist/chunks/chunk-GPU257TG.mjs";
import {
  require_picomatch
} from "../../../dist/chunks/chunk-DG4EUAX2.mjs";
import {
  ActionError,
  InputError,
  ProcessStartError,
  STOP_GRACE_MS,
  code,
  codeBlock,
  createInputs,
  details,
  error,
  escapeMarkdown,
  formatDuration,
  group,
  heading,
  info,
  infoUntrusted,
  joinBlocks,
  link,
  meaningfulTail,
  plural,
  quote,
  rawMarkdown,
  readRunContext,
  resolveFolderInside,
  resolveInWorkspaceOrTemp,
  resolveInside,
  runAction,
  runProcess,
  setOutputs,
  table,
  untilTerminated,
  warning,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import {
  __toESM
} from "../../../dist/chunks/chunk-LCBWELZU.mjs";

// actions/unit-test/src/main.ts
import { mkdtempSync } from "node:fs";
import { join as join2 } from "node:path";

// packages/pytest/src/exit-codes.ts
var PYTEST_EXIT = {
  ok: 0,
  testsFailed: 1,
  interrupted: 2,
  internalError: 3,
  usageError: 4,
  noTestsCollected: 5
};
var MEANING = {
  0: "all tests passed",
  1: "tests failed",
  2: "interrupted",
  3: "internal error",
  4: "usage error",
  5: "no tests collected"
};
function describeExitCode(code2, signal = null) {
  if (code2 === null) return `killed by ${signal ?? "a signal"}`;
  const meaning = MEANING[code2];
  return meaning === void 0 ? String(code2) : `${code2} (${meaning})`;
}

// packages/pytest/src/output-text.ts
function lastLines(text2, count) {
  return text2.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== "").slice(-count).join("\n");
}
function truncate(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}…`;
}

// packages/pytest/src/source-locator.ts
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var THIRD_PARTY = /* @__PURE__ */ new Set(["site-packages", "dist-packages"]);
function createSourceLocator(repositoryRoot, cwd) {
  const root = realpathSync(repositoryRoot);
  const cache = /* @__PURE__ */ new Map();
  const repositoryPath = (path) => {
    const absolute = resolve(cwd, path);
    if (!cache.has(absolute)) cache.set(absolute, insideRepository(root, absolute));
    return cache.get(absolute);
  };
  return (frame) => {
    if (!Number.isSafeInteger(frame.line) || frame.line < 1) return void 0;
    const file = repositoryPath(frame.path);
    return file === void 0 ? void 0 : { file, line: frame.line };
  };
}
function insideRepository(root, absolute) {
  let real;
  try {
    real = realpathSync(absolute);
    if (!statSync(real).isFile()) return void 0;
  } catch {
    return void 0;
  }
  const rel = relative(root, real);
  if (rel === "" || isAbsolute(rel) || rel === ".." || rel.startsWith(`..${sep}`)) return void 0;
  const parts = rel.split(sep);
  if (parts.some((part) => THIRD_PARTY.has(part))) return void 0;
  return parts.join("/");
}
function deepestInRepository(frames, locate) {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    const location = frame === void 0 ? void 0 : locate(frame);
    if (location !== void 0) return location;
  }
  return void 0;
}

// packages/pytest/src/traceback-frames.ts
var PYTEST_FRAME = /^(?![>E]\s|\s)(.+?):(\d+):(?:\s|$)/;
var NATIVE_FRAME = /^(?:E\s+)?\s*File "(.+)", line (\d+)/;
var INTERRUPT_FRAME = /^(.+?):(\d+): KeyboardInterrupt\s*$/;
function tracebackFrames(traceback) {
  const frames = [];
  for (const line of traceback.split(/\r?\n/)) {
    const match = PYTEST_FRAME.exec(line) ?? NATIVE_FRAME.exec(line);
    if (match?.[1] !== void 0 && match[2] !== void 0) {
      frames.push({ path: match[1], line: Number(match[2]) });
    }
  }
  return frames;
}
function interruptFrame(output) {
  let found;
  for (const line of output.split(/\r?\n/)) {
    const match = INTERRUPT_FRAME.exec(line);
    if (match?.[1] !== void 0 && match[2] !== void 0)
      found = { path: match[1], line: Number(match[2]) };
  }
  return found;
}
function explanationLines(traceback) {
  return traceback.split(/\r?\n/).filter((line) => /^E(\s|$)/.test(line)).map((line) => line.replace(/^E {0,3}/, "")).join("\n").trim();
}

// packages/pytest/src/failures.ts
function locateFailures(report, locate) {
  const failures = [];
  for (const test of report.cases) {
    for (const problem2 of test.problems) {
      failures.push({
        test,
        kind: problem2.kind,
        message: messageOf(problem2),
        location: locationOf(test, problem2, locate),
        details: problem2.details
      });
    }
  }
  return failures;
}
function messageOf(problem2) {
  const generic = problem2.message.trim() === "" || problem2.message === "collection failure";
  if (!generic) return problem2.message.trim();
  return explanationLines(problem2.details) || lastLines(problem2.details, 1) || problem2.message;
}
function locationOf(test, problem2, locate) {
  const deepest = deepestInRepository(tracebackFrames(problem2.details), locate);
  if (deepest !== void 0 || test.file === void 0) return deepest;
  return locate({ path: test.file, line: test.line ?? 1 });
}

// packages/pytest/src/find-test-files.ts
import { lstatSync, readdirSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { join, relative as relative2, sep as sep2 } from "node:path";
var SKIPPED_NAMES = /* @__PURE__ */ new Set([
  "_darcs",
  "build",
  "CVS",
  "dist",
  "node_modules",
  "venv",
  "{arch}",
  "__pycache__"
]);
function skippedByName(name) {
  return name.startsWith(".") || name.endsWith(".egg") || SKIPPED_NAMES.has(name);
}
function isVirtualEnvironment(entries) {
  return entries.some((entry) => entry.name === "pyvenv.cfg" && !entry.isDirectory());
}
function findTestFiles(root, patterns) {
  const realRoot = realpathSync2(root);
  const files = /* @__PURE__ */ new Set();
  const linksOutside = [];
  const visit = (relativeDir, entries) => {
    for (const entry of entries) {
      const path = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (skippedByName(entry.name)) continue;
        const children = readEntries(join(root, path));
        if (!isVirtualEnvironment(children)) visit(path, children);
      } else if (entry.isFile()) {
        if (patterns.matches(path)) files.add(path);
      } else if (entry.isSymbolicLink() && patterns.matches(path)) {
        if (isFileInside(join(root, path), realRoot)) files.add(path);
        else linksOutside.push(path);
      }
    }
  };
  for (const start of patterns.startDirectories) {
    if (start === "") visit("", readEntries(root));
    else if (isPlainDirectory(root, start)) visit(start, readEntries(join(root, start)));
  }
  return { files: [...files].sort(byCodePoint), linksOutside: linksOutside.sort(byCodePoint) };
}
function readEntries(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error2) {
    if (error2.code === "EACCES") return [];
    throw error2;
  }
}
function isPlainDirectory(root, path) {
  let current = root;
  for (const part of path.split("/")) {
    current = join(current, part);
    try {
      const stat = lstatSync(current);
      if (!stat.isDirectory()) return false;
    } catch {
      return false;
    }
  }
  return true;
}
function isFileInside(link2, realRoot) {
  try {
    const target = realpathSync2(link2);
    const rel = relative2(realRoot, target);
    return rel !== "" && !rel.startsWith(`..${sep2}`) && rel !== ".." && statSync2(target).isFile();
  } catch {
    return false;
  }
}
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// packages/pytest/src/test-id.ts
function testId(classname, name, file) {
  if (file === void 0 || file === "") return classname === "" ? name : `${classname}::${name}`;
  const modulePath = file.replace(/\.py$/, "").replaceAll("/", ".");
  if (classname === "" && name === modulePath) return file;
  if (classname.startsWith(`${modulePath}.`)) {
    const classes = classname.slice(modulePath.length + 1).split(".");
    return [file, ...classes, name].join("::");
  }
  return `${file}::${name}`;
}

// packages/pytest/src/junit-report.ts
var JUnitReportError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "JUnitReportError";
  }
};
var REPEATED = /* @__PURE__ */ new Set(["testsuite", "testcase", "failure", "error", "skipped"]);
var parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
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
  isArray: (name) => REPEATED.has(name)
});
function parseJUnitReport(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new JUnitReportError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const document = parser.parse(xml);
  const root = element(document.testsuites) ?? { testsuite: document.testsuite };
  const suites = elements(root, "testsuite");
  if (suites.length === 0) throw new JUnitReportError("no <testsuite> element");
  const cases = [];
  let durationSeconds;
  for (const suite of suites) {
    const time = seconds(attribute(suite, "time"));
    if (time !== void 0) durationSeconds = (durationSeconds ?? 0) + time;
    for (const testCase of elements(suite, "testcase")) {
      const result = readTestCase(testCase);
      if (result !== void 0) cases.push(result);
    }
  }
  return { cases, durationSeconds };
}
function readTestCase(testCase) {
  const name = attribute(testCase, "name");
  if (name === void 0 || name === "") return void 0;
  const classname = attribute(testCase, "classname") ?? "";
  const file = attribute(testCase, "file") || void 0;
  const line = attribute(testCase, "line");
  const problems = [
    ...elements(testCase, "failure").map((el) => problem("failure", el)),
    ...elements(testCase, "error").map((el) => problem("error", el))
  ];
  const skipped = elements(testCase, "skipped");
  return {
    id: testId(classname, name, file),
    file,
    // xunit1 gives pytest's 0-based line of the definition.
    line: line !== void 0 && /^\d+$/.test(line) ? Number(line) + 1 : void 0,
    durationSeconds: seconds(attribute(testCase, "time")) ?? 0,
    outcome: outcomeOf(problems, skipped.length > 0),
    problems,
    collectionError: classname === "" && problems.some((p) => p.kind === "error" && p.message === "collection failure"),
    skipReason: skipped[0] === void 0 ? void 0 : attribute(skipped[0], "message") ?? ""
  };
}
function outcomeOf(problems, skipped) {
  if (problems.some((p) => p.kind === "failure")) return "failed";
  if (problems.length > 0) return "error";
  return skipped ? "skipped" : "passed";
}
function problem(kind, el) {
  return { kind, message: attribute(el, "message") ?? "", details: text(el) };
}
function element(value) {
  if (Array.isArray(value)) return element(value[0]);
  return typeof value === "object" && value !== null ? value : void 0;
}
function elements(parent, name) {
  const value = parent[name];
  if (value === void 0) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => element(item) ?? {});
}
function attribute(el, name) {
  const value = el[`@_${name}`];
  return typeof value === "string" ? value : void 0;
}
function text(el) {
  const value = el["#text"];
  return typeof value === "string" ? value : "";
}
function seconds(value) {
  const n = value === void 0 ? Number.NaN : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}

// packages/pytest/src/pytest-arguments.ts
function pytestArguments(options) {
  return [
    "-m",
    "pytest",
    // Nothing of pytest's own cache (.pytest_cache) lands in the repository.
    "-p",
    "no:cacheprovider",
    `--rootdir=${options.rootDir}`,
    `--junitxml=${options.reportPath}`,
    // xunit1 adds each test's file and line, the fallback location of a failure.
    "-o",
    "junit_family=xunit1",
    ...options.extraArgs ?? [],
    "--",
    ...options.files
  ];
}
var RESERVED = new Map([
  ["--junitxml", "the action writes the JUnit report itself; use the report-path input"],
  ["--junit-xml", "the action writes the JUnit report itself; use the report-path input"],
  ["--rootdir", "the rootdir is the working directory; use the working-directory input"],
  ...[
    "--lf",
    "--last-failed",
    "--ff",
    "--failed-first",
    "--nf",
    "--new-first",
    "--sw",
    "--stepwise",
    "--sw-skip",
    "--stepwise-skip",
    "--lfnf",
    "--last-failed-no-failures",
    "--cache-show",
    "--cache-clear"
  ].map((option) => [
    option,
    "it needs pytest's cache, which the action turns off so that nothing is written into the repository"
  ])
]);
function pytestArgumentProblem(arg) {
  const option = arg.split("=", 1)[0] ?? arg;
  const reserved = RESERVED.get(option);
  if (reserved !== void 0) return `cannot be used: ${reserved}`;
  if (arg.startsWith("-")) {
    const space = arg.search(/\s/);
    const equals = arg.indexOf("=");
    if (space !== -1 && (equals === -1 || space < equals)) {
      const name = arg.slice(0, space);
      const value = arg.slice(space).trim();
      return `holds an option and its value in one line; put ${JSON.stringify(name)} and ${JSON.stringify(value)} on separate lines (one argument per line)`;
    }
  }
  return void 0;
}

// packages/pytest/src/pytest-environment.ts
function pytestEnvironment(base) {
  const env = {};
  for (const [key, value] of Object.entries(base)) {
    if (!key.toUpperCase().startsWith("INPUT_")) env[key] = value;
  }
  env.PYTHONDONTWRITEBYTECODE = "1";
  return env;
}

// packages/pytest/src/python-availability.ts
var SETUP_PYTHON = "Set up Python in a step before this one (actions/setup-python), or set the python input to the path of an interpreter.";
var PythonNotStartedError = class extends Error {
  python;
  code;
  constructor(python, cause) {
    super(startFailureMessage(python, cause), { cause });
    this.name = "PythonNotStartedError";
    this.python = python;
    this.code = cause.code;
  }
};
function startFailureMessage(python, error2) {
  const shown = JSON.stringify(python);
  switch (error2.code) {
    case "ENOENT":
      return `Python was not found: ${shown} ${python.includes("/") ? "does not exist" : "is not on PATH"}. ${SETUP_PYTHON}`;
    case "EACCES":
      return `Python could not be started: ${shown} is not executable. ${SETUP_PYTHON}`;
    case "E2BIG":
      return "The pytest command line is longer than this system allows: the pattern input matched too many files. Narrow it, or run the action once per folder.";
    default:
      return `Python could not be started: ${shown}: ${error2.message}. ${SETUP_PYTHON}`;
  }
}
var PytestUnavailableError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PytestUnavailableError";
  }
};
function pytestUnavailable(python, exitCode, outputTail) {
  const shown = JSON.stringify(python);
  if (/^.*No module named pytest\b.*$/m.test(outputTail)) {
    return new PytestUnavailableError(
      `pytest is not installed for ${shown}: ${lastLines(outputTail, 1)}. Install it in a step before this one: pip install pytest (or the requirements file that lists it).`
    );
  }
  if (exitCode === 127) {
    return new PytestUnavailableError(
      `Python was not found: ${shown} exited with status 127 (${lastLines(outputTail, 1) || "no output"}). ${SETUP_PYTHON}`
    );
  }
  return void 0;
}

// packages/pytest/src/run-test-suite.ts
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";

// packages/pytest/src/test-results.ts
function countOutcomes(cases) {
  const counts = { total: cases.length, passed: 0, failed: 0, errors: 0, skipped: 0 };
  for (const testCase of cases) {
    if (testCase.outcome === "passed") counts.passed++;
    else if (testCase.outcome === "failed") counts.failed++;
    else if (testCase.outcome === "error") counts.errors++;
    else counts.skipped++;
  }
  return counts;
}

// packages/pytest/src/run-test-suite.ts
var OUTPUT_TAIL_BYTES = 64 * 1024;
async function runTestSuite(options) {
  const args = pytestArguments({
    files: options.files,
    reportPath: options.reportPath,
    rootDir: options.workingDirectory,
    extraArgs: options.extraArgs
  });
  await rm(options.reportPath, { force: true });
  await mkdir(dirname(options.reportPath), { recursive: true });
  const command = [options.python, ...args];
  options.onStart?.(command);
  const pytest = await runProcess({
    command: options.python,
    args,
    cwd: options.workingDirectory,
    env: pytestEnvironment(options.env ?? process.env),
    timeoutMs: options.timeoutMs,
    ...options.signal ? { signal: options.signal } : {},
    // SIGINT first: pytest then reports where it was interrupted and still writes its report.
    stop: [{ signal: "SIGINT", graceMs: options.graceMs ?? STOP_GRACE_MS }],
    ...options.onOutput ? { onLine: options.onOutput } : {},
    maxOutputBytes: OUTPUT_TAIL_BYTES
  }).catch((error2) => {
    throw error2 instanceof ProcessStartError ? new PythonNotStartedError(options.python, error2.cause) : error2;
  });
  const { report, problem: problem2 } = await readReport(options.reportPath);
  if (report === void 0) {
    const unavailable = pytestUnavailable(options.python, pytest.exitCode, pytest.output);
    if (unavailable !== void 0) throw unavailable;
  }
  const locate = createSourceLocator(options.repositoryRoot, options.workingDirectory);
  const stopped = pytest.timedOut || pytest.cancelled ? interruptFrame(pytest.output) : void 0;
  return {
    command,
    reportPath: options.reportPath,
    process: pytest,
    report,
    reportProblem: problem2,
    counts: countOutcomes(report?.cases ?? []),
    failures: report === void 0 ? [] : locateFailures(report, locate),
    stoppedAt: stopped === void 0 ? void 0 : locate(stopped)
  };
}
async function readReport(path) {
  let xml;
  try {
    xml = await readFile(path, "utf8");
  } catch (error2) {
    if (error2.code === "ENOENT") return { problem: "wrote no report" };
    throw error2;
  }
  try {
    return { report: parseJUnitReport(xml) };
  } catch (error2) {
    if (error2 instanceof JUnitReportError)
      return { problem: `wrote a report that cannot be read (${error2.message})` };
    throw error2;
  }
}

// packages/pytest/src/test-patterns.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var DEFAULT_TEST_PATTERNS = ["**/*_test.py"];
var GLOB_OPTIONS = {
  windows: false,
  // `\` escapes, `/` separates, on every runner
  nonegate: true,
  // the one leading `!` is ours; picomatch sees the rest
  debug: true
  // throw on an invalid glob instead of returning a regex that never matches
};
function testPatternProblem(pattern) {
  const body = withoutNegation(pattern);
  if (body === "") return "is empty";
  if (body.startsWith("/")) return "is absolute; patterns are relative to working-directory";
  if (body.split("/").includes("..")) return 'leaves working-directory with ".."';
  try {
    import_picomatch.default.makeRe(body, GLOB_OPTIONS);
  } catch (error2) {
    return `is not a valid glob (${error2.message})`;
  }
  return void 0;
}
function compileTestPatterns(patterns) {
  const includes = patterns.filter((p) => !p.startsWith("!")).map(globOf);
  const excludes = patterns.filter((p) => p.startsWith("!")).map(globOf);
  if (includes.length === 0) throw new Error('at least one pattern must not start with "!"');
  const include = (0, import_picomatch.default)(includes, GLOB_OPTIONS);
  const exclude = excludes.length > 0 ? (0, import_picomatch.default)(excludes, GLOB_OPTIONS) : () => false;
  return {
    patterns,
    matches: (path) => include(path) && !exclude(path),
    startDirectories: outermost(includes.map(startDirectory))
  };
}
function globOf(pattern) {
  const body = withoutNegation(pattern);
  return body.includes("/") ? body : `**/${body}`;
}
function withoutNegation(pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  return body.replace(/^(\.\/)+/, "");
}
function startDirectory(pattern) {
  const scan = import_picomatch.default.scan(pattern);
  const base = scan.isGlob ? scan.base : pattern.slice(0, Math.max(0, pattern.lastIndexOf("/")));
  return base.replace(/\/+$/, "");
}
function outermost(directories) {
  const unique = [...new Set(directories)].sort();
  return unique.filter(
    (dir) => !unique.some((other) => other !== dir && (other === "" || dir.startsWith(`${other}/`)))
  );
}

// actions/unit-test/src/annotations.ts
var ANNOTATION_LIMIT = 9;
var MESSAGE_CHARS = 4e3;
function annotationsFor(run2) {
  const annotations = [];
  if (run2.stoppedAt !== void 0) {
    annotations.push({
      message: run2.process.timedOut ? "pytest was here when the timeout stopped it." : "pytest was here when the run was cancelled.",
      properties: { title: run2.process.timedOut ? "Timed out" : "Cancelled", ...at(run2.stoppedAt) }
    });
  }
  for (const failure of run2.failures) {
    annotations.push({
      message: truncate(failure.message || failure.kind, MESSAGE_CHARS),
      properties: {
        title: failure.test.collectionError ? `Could not collect ${failure.test.id}` : failure.test.id,
        ...at(failure.location)
      }
    });
  }
  return annotations.slice(0, ANNOTATION_LIMIT);
}
function at(location) {
  return location === void 0 ? {} : { file: location.file, startLine: location.line };
}

// actions/unit-test/src/config.ts
import { existsSync, statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
var DEFAULT_TIMEOUT_MS = 30 * 6e4;
function readConfig(inputs, workspace, runnerTemp) {
  const workingDirectoryInput = inputs.string("working-directory", { default: "." });
  const workingDirectory = resolveFolderInside("working-directory", workingDirectoryInput, workspace);
  return {
    workingDirectory,
    workingDirectoryInput,
    patterns: readPatterns(inputs.list("pattern")),
    python: readPython(inputs.string("python", { default: "python3" }), workingDirectory),
    args: readArgs(inputs.list("args")),
    failOnEmpty: inputs.boolean("fail-on-empty", true),
    timeoutMs: readTimeout(inputs),
    reportPath: readReportPath(inputs.optionalString("report-path"), workspace, runnerTemp)
  };
}
function readPatterns(lines) {
  const patterns = lines.length > 0 ? lines : [...DEFAULT_TEST_PATTERNS];
  for (const pattern of patterns) {
    const problem2 = testPatternProblem(pattern);
    if (problem2 !== void 0) {
      throw new InputError(
        "pattern",
        pattern,
        `Input "pattern" must be glob patterns relative to working-directory, one per line, such as **/*_test.py; got ${quote(pattern)}, which ${problem2}.`
      );
    }
  }
  if (patterns.every((pattern) => pattern.startsWith("!"))) {
    throw new InputError(
      "pattern",
      patterns.join("\n"),
      `Input "pattern" must have at least one pattern without "!" (which only excludes); got ${quote(patterns.join("\n"))}.`
    );
  }
  return compileTestPatterns(patterns);
}
function readPython(value, workingDirectory) {
  if (/[\r\n]/.test(value)) {
    throw new InputError(
      "python",
      value,
      `Input "python" must be one interpreter, a command or a path; got ${quote(value)}.`
    );
  }
  if (!value.includes("/")) return value;
  const path = resolve2(workingDirectory, value);
  if (!existsSync(path)) {
    throw new InputError(
      "python",
      value,
      `Input "python" must be a command on PATH or the path of a Python interpreter (relative to working-directory); got ${quote(value)}, which does not exist. Set up Python with actions/setup-python and pass its python-path output.`
    );
  }
  return path;
}
function readArgs(args) {
  for (const arg of args) {
    const problem2 = pytestArgumentProblem(arg);
    if (problem2 !== void 0) {
      throw new InputError(
        "args",
        arg,
        `Input "args" must be pytest arguments, one per line; got ${quote(arg)}, which ${problem2}.`
      );
    }
  }
  return args;
}
function readTimeout(inputs) {
  const ms = inputs.duration("timeout", DEFAULT_TIMEOUT_MS);
  if (ms <= 0) {
    const value = inputs.string("timeout");
    throw new InputError(
      "timeout",
      value,
      `Input "timeout" must be a duration greater than zero, such as 90s, 15m, 2h or 1h30m; got ${quote(value)}.`
    );
  }
  return ms;
}
function readReportPath(value, workspace, runnerTemp) {
  if (value === void 0) return void 0;
  const path = isAbsolute2(value) ? resolveInWorkspaceOrTemp("report-path", value, workspace, runnerTemp) : resolveInside("report-path", value, workspace);
  if (value.endsWith("/") || existsSync(path) && statSync3(path).isDirectory()) {
    throw new InputError(
      "report-path",
      value,
      `Input "report-path" must be the path of a file (the JUnit XML report); got ${quote(value)}, which is a folder.`
    );
  }
  return path;
}

// actions/unit-test/src/command-text.ts
function commandWithoutFiles(command) {
  const separator = command.indexOf("--");
  if (separator === -1) return JSON.stringify(command);
  return `${JSON.stringify(command.slice(0, separator + 1))} + ${plural(command.length - separator - 1, "file")}`;
}

// actions/unit-test/src/search-description.ts
function searchDescription(config) {
  const patterns = config.patterns.patterns;
  const named = patterns.length === 1 ? "pattern" : "patterns";
  return `${named} ${patterns.map(quote).join(", ")} in working-directory ${quote(config.workingDirectoryInput)}`;
}

// actions/unit-test/src/log.ts
async function logSearch(search, config) {
  info(`Found ${plural(search.files.length, "test file")} matching the ${searchDescription(config)}.`);
  if (search.files.length > 0) await group("Test files", () => infoUntrusted(search.files.join("\n")));
  if (search.linksOutside.length > 0) {
    infoUntrusted(
      `Left out ${plural(search.linksOutside.length, "symbolic link")} pointing outside working-directory:
${search.linksOutside.join("\n")}`
    );
  }
}
function logCommand(command) {
  infoUntrusted(`Running ${commandWithoutFiles(command)}`);
}

// actions/unit-test/src/outputs.ts
function outputsFor(run2) {
  const counts = run2?.counts ?? { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  return {
    total: String(counts.total),
    passed: String(counts.passed),
    failed: String(counts.failed),
    errors: String(counts.errors),
    skipped: String(counts.skipped),
    duration: run2 === void 0 ? "0" : (run2.process.durationMs / 1e3).toFixed(3),
    "report-path": run2?.report === void 0 ? "" : run2.reportPath
  };
}

// actions/unit-test/src/verdict.ts
var EMPTY_IS_FINE = "Set fail-on-empty: false if running no tests is expected.";
function noFilesVerdict(config, linksOutside) {
  const links = linksOutside.length > 0 ? ` (${plural(linksOutside.length, "matching symbolic link")} pointing outside working-directory ${linksOutside.length === 1 ? "was" : "were"} left out)` : "";
  const message = `No test files match the ${searchDescription(config)}${links}. Check the pattern and working-directory inputs.`;
  return config.failOnEmpty ? { failure: `${message} ${EMPTY_IS_FINE}` } : { warning: message };
}
function runVerdict(run2, fileCount, config) {
  const { process: process2, report, counts } = run2;
  if (process2.timedOut || process2.cancelled) return { failure: stoppedMessage(run2, config) };
  if (report === void 0) {
    return {
      failure: `pytest exited with ${describeExitCode(process2.exitCode, process2.signal)} and ${run2.reportProblem ?? "wrote no report"}:
${meaningfulTail(process2.output, { lines: 8 }).join("\n")}`
    };
  }
  if (counts.failed + counts.errors > 0) return { failure: failuresMessage(run2) };
  if (process2.exitCode !== PYTEST_EXIT.ok && process2.exitCode !== PYTEST_EXIT.noTestsCollected) {
    return {
      failure: `pytest exited with ${describeExitCode(process2.exitCode, process2.signal)} although no test failed:
${meaningfulTail(process2.output, { lines: 8 }).join("\n")}`
    };
  }
  if (counts.total - counts.skipped === 0) {
    const message = noTestRanMessage(run2, fileCount, config);
    return config.failOnEmpty ? { failure: `${message} ${EMPTY_IS_FINE}` } : { warning: message };
  }
  return {};
}
function stoppedMessage(run2, config) {
  const { process: process2, counts, stoppedAt } = run2;
  const why = process2.timedOut ? `pytest did not finish within ${formatDuration(config.timeoutMs)} (the timeout input) and was stopped` : "The run was cancelled and pytest was stopped";
  const where = stoppedAt === void 0 ? "" : ` at ${stoppedAt.file}:${stoppedAt.line}`;
  const killed = process2.killed ? ", then killed since it ignored SIGINT" : "";
  const finished = run2.report === void 0 ? "It wrote no report." : `${plural(counts.total, "test")} finished before that: ${countsText(run2)}.`;
  const advice = process2.timedOut ? " Fix the test that hangs, or raise the timeout." : "";
  return `${why}${where}${killed}. ${finished}${advice}`;
}
function failuresMessage(run2) {
  const { counts, report, process: process2 } = run2;
  const uncollected = (report?.cases ?? []).filter((c) => c.collectionError).length;
  const parts = [];
  if (counts.failed > 0) parts.push(`${counts.failed} of ${plural(counts.total, "test")} failed`);
  const otherErrors = counts.errors - uncollected;
  if (otherErrors > 0) parts.push(`${plural(otherErrors, "test")} had an error in setup or teardown`);
  if (uncollected > 0) parts.push(`${plural(uncollected, "test module")} could not be collected`);
  let message = `${sentence(parts)}; see the annotations and the job summary.`;
  if (uncollected > 0 && process2.exitCode === PYTEST_EXIT.interrupted) {
    message += " pytest stops before running any test when a module fails to import; add --continue-on-collection-errors to args to run the others anyway.";
  }
  return message;
}
function noTestRanMessage(run2, fileCount, config) {
  const { total } = run2.counts;
  const files = `${plural(fileCount, "file")} matching the ${searchDescription(config)}`;
  const what = total === 0 ? `pytest collected no tests from ${files}` : `${total === 1 ? "the only test" : `all ${total} tests`} from ${files} ${total === 1 ? "was" : "were"} skipped`;
  const hint = total > 0 ? "" : config.args.length > 0 ? ` The args input (${config.args.join(" ")}) may deselect every test.` : " The files define no tests pytest recognises (test* functions, Test* classes, unittest.TestCase).";
  return `No test ran: ${what}.${hint}`;
}
function countsText(run2) {
  const { passed, failed, errors, skipped } = run2.counts;
  const parts = [
    [passed, "passed"],
    [failed, "failed"],
    [errors, errors === 1 ? "error" : "errors"],
    [skipped, "skipped"]
  ];
  const shown = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`);
  return shown.length > 0 ? shown.join(", ") : "none";
}
function sentence(parts) {
  const text2 = parts.length <= 1 ? parts[0] ?? "" : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// actions/unit-test/src/summary.ts
var LISTED_FAILURES = 100;
var SLOWEST = 10;
var MESSAGE_CELL_CHARS = 300;
function summaryMarkdown(input) {
  const { run: run2, verdict } = input;
  const mark = verdict.failure !== void 0 ? "❌" : verdict.warning !== void 0 ? "⚠️" : "✅";
  const headline = run2 === void 0 ? "no test files" : countsText(run2);
  return `${joinBlocks(
    heading(`${mark} Unit tests: ${headline}`, 3),
    run2 !== void 0 && countsTable(run2),
    whatRan(input),
    escapeMarkdown(verdict.failure ?? verdict.warning ?? ""),
    run2 !== void 0 && failuresSection(run2.failures, input.context),
    run2 !== void 0 && slowestSection(run2.report?.cases ?? []),
    run2 !== void 0 && details("pytest command", codeBlock(commandWithoutFiles(run2.command))),
    run2?.report === void 0 && run2 !== void 0 && details(
      "Last lines of output",
      codeBlock(meaningfulTail(run2.process.output, { lines: 30 }).join("\n"))
    )
  )}
`;
}
function countsTable(run2) {
  const { total, passed, failed, errors, skipped } = run2.counts;
  return table(
    ["Total", "Passed", "Failed", "Errors", "Skipped", "Duration"],
    [[total, passed, failed, errors, skipped, `${(run2.process.durationMs / 1e3).toFixed(1)}s`]],
    { align: ["right", "right", "right", "right", "right", "right"] }
  );
}
function whatRan({ run: run2, fileCount, config }) {
  const files = plural(fileCount, "test file");
  return run2 === void 0 ? `No test file matched the ${searchDescription(config)}.` : `pytest ran on ${files} matching the ${searchDescription(config)}.`;
}
function failuresSection(failures, context) {
  if (failures.length === 0) return false;
  const rows = failures.slice(0, LISTED_FAILURES).map((f) => [
    rawMarkdown(code(f.test.id)),
    f.location === void 0 ? "" : locationCell(f.location, context),
    truncate(f.message.split(/\r?\n/).slice(0, 3).join("\n"), MESSAGE_CELL_CHARS)
  ]);
  const more = failures.length - rows.length;
  return joinBlocks(
    heading(`Failures (${failures.length})`, 4),
    table(["Test", "Where", "Message"], rows),
    more > 0 && `… and ${more} more: see the report.`
  );
}
function locationCell(location, context) {
  const text2 = `${location.file}:${location.line}`;
  if (context.repository === "" || context.sha === "") return rawMarkdown(code(text2));
  const path = location.file.split("/").map(encodeURIComponent).join("/");
  return rawMarkdown(
    link(text2, `${context.serverUrl}/${context.repository}/blob/${context.sha}/${path}#L${location.line}`)
  );
}
function slowestSection(cases) {
  const slowest = cases.filter((c) => !c.collectionError).sort((a, b) => b.durationSeconds - a.durationSeconds).slice(0, SLOWEST);
  if (slowest.length === 0) return false;
  return joinBlocks(
    heading(`Slowest ${plural(slowest.length, "test")}`, 4),
    table(
      ["Test", "Outcome", "Duration"],
      slowest.map((c) => [rawMarkdown(code(c.id)), c.outcome, `${c.durationSeconds.toFixed(2)}s`]),
      { align: ["left", "left", "right"] }
    )
  );
}

// actions/unit-test/src/main.ts
function run() {
  return runAction("unit-test", async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context.workspace, context.runnerTemp);
    const search = findTestFiles(config.workingDirectory, config.patterns);
    await logSearch(search, config);
    const testRun = search.files.length === 0 ? void 0 : await untilTerminated(
      (signal) => runTestSuite({
        python: config.python,
        files: search.files,
        extraArgs: config.args,
        workingDirectory: config.workingDirectory,
        repositoryRoot: context.workspace,
        reportPath: config.reportPath ?? freshReportPath(context.runnerTemp),
        timeoutMs: config.timeoutMs,
        signal,
        onStart: logCommand,
        // Test output is the repository's text: no line of it may act as a workflow command.
        onOutput: infoUntrusted
      })
    );
    const verdict = testRun === void 0 ? noFilesVerdict(config, search.linksOutside) : runVerdict(testRun, search.files.length, config);
    for (const annotation of testRun === void 0 ? [] : annotationsFor(testRun)) {
      error(annotation.message, annotation.properties);
    }
    setOutputs(outputsFor(testRun));
    await writeSummary(
      summaryMarkdown({ run: testRun, fileCount: search.files.length, config, verdict, context })
    );
    if (verdict.warning !== void 0) warning(verdict.warning);
    if (verdict.failure !== void 0) throw new ActionError(verdict.failure);
  });
}
function freshReportPath(runnerTemp) {
  return join2(mkdtempSync(join2(runnerTemp, "unit-test-")), "junit.xml");
}

// actions/unit-test/src/index.ts
await run();
