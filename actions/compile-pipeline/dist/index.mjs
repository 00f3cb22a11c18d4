import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PipelineSpecError,
  diffSpecs,
  formatProblem,
  hasChanges,
  isImageProblem,
  listImages,
  listTasks,
  locateProblems,
  parseImageReference,
  parsePipelineFile,
  pinImages,
  pipelineName,
  redactCredentials,
  redactedCopy,
  renderMermaid,
  rootParameters,
  serialisePipeline,
  specSha256,
  validatePipeline
} from "../../../dist/chunks/chunk-2477BNA6.mjs";
import {
  gsUriMistake,
  parseGsUri
} from "../../../dist/chunks/chunk-GZHDFKOW.mjs";
import {
  ActionError,
  InputError,
  ProcessStartError,
  code,
  codeBlock,
  createInputs,
  details,
  error,
  formatDuration,
  group,
  heading,
  info,
  infoUntrusted,
  joinBlocks,
  list,
  meaningfulTail,
  mermaid,
  parseList,
  parseMap,
  plural,
  processFailure,
  quote,
  rawMarkdown,
  readRunContext,
  resolveFolderInside,
  resolveInside,
  runAction,
  runProcess,
  setOutputs,
  table,
  tailText,
  untilTerminated,
  warning,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import "../../../dist/chunks/chunk-LCBWELZU.mjs";

// actions/compile-pipeline/src/baseline.ts
import { existsSync, readFileSync } from "node:fs";
async function loadBaseline(baseline) {
  const text = baseline.kind === "file" ? readLocal(baseline) : await readRemote(baseline);
  if (text === void 0) {
    return { missing: `The baseline ${quote(baseline.value)} does not exist (yet), so there is no diff.` };
  }
  try {
    return { parsed: parsePipelineFile(text, baseline.value), shown: baseline.value };
  } catch (error2) {
    if (error2 instanceof PipelineSpecError)
      throw new ActionError(`The baseline cannot be read: ${error2.message}`);
    throw error2;
  }
}
function readLocal(baseline) {
  return existsSync(baseline.path) ? readFileSync(baseline.path, "utf8") : void 0;
}
async function readRemote(baseline) {
  const { createStorage, readObject, NotFoundError } = await import("../../../dist/chunks/src-224NU5VW.mjs");
  try {
    const bytes = await readObject(createStorage(), { bucket: baseline.bucket, path: baseline.object });
    return bytes.toString("utf8");
  } catch (error2) {
    if (error2 instanceof NotFoundError && error2.missing === "object") return void 0;
    throw error2;
  }
}
async function compareWithBaseline(baseline, current) {
  const loaded = await loadBaseline(baseline);
  if ("missing" in loaded) return loaded;
  const jobs = {
    ...loaded.parsed.job === void 0 ? {} : { beforeJob: loaded.parsed.job },
    ...current.job === void 0 ? {} : { afterJob: current.job }
  };
  return { diff: diffSpecs(loaded.parsed.spec, current.spec, jobs), baseline: loaded.shown };
}

// actions/compile-pipeline/src/compile-environment.ts
function compileEnvironment(base) {
  const env = { PYTHONUNBUFFERED: "1" };
  for (const [key, value] of Object.entries(base)) {
    if (!key.toUpperCase().startsWith("INPUT_")) env[key] = value;
  }
  return env;
}

// actions/compile-pipeline/src/compile-command.ts
var MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
function runCompileCommand(command, cwd, signal) {
  const [program, ...args] = command;
  return runProcess({
    command: program,
    args,
    cwd,
    env: compileEnvironment(process.env),
    ...signal ? { signal } : {},
    maxOutputBytes: MAX_OUTPUT_BYTES
  });
}
function startErrorText(program, error2) {
  if (error2.code === "ENOENT") {
    return program.includes("/") ? `${JSON.stringify(program)} does not exist (relative paths start at working-directory)` : `${JSON.stringify(program)} was not found on PATH (install it in an earlier step, e.g. with actions/setup-python and pip)`;
  }
  if (error2.code === "EACCES") return `${JSON.stringify(program)} is not executable`;
  return `${JSON.stringify(program)} could not be started: ${error2.message}`;
}
function commandText(command) {
  return redactCredentials(JSON.stringify(command));
}

// actions/compile-pipeline/src/compile-step.ts
async function compile(command, workingDirectory) {
  info(`Compiling: ${commandText(command)}`);
  const run2 = await untilTerminated((signal) => runCompileCommand(command, workingDirectory, signal)).catch(
    (error2) => {
      if (!(error2 instanceof ProcessStartError)) throw error2;
      throw new ActionError(
        `The compile command ${commandText(command)} could not start: ${startErrorText(error2.program, error2.cause)}.`
      );
    }
  );
  if (run2.output !== "" || run2.omittedBytes > 0) {
    await group("Output of the compile command", () => {
      if (run2.omittedBytes > 0) info(`(the first ${run2.omittedBytes} bytes are left out)`);
      infoUntrusted(redactCredentials(run2.output));
    });
  }
  const failure = processFailure(run2, {
    what: `The compile command ${commandText(command)}`,
    redact: redactCredentials
  });
  if (failure !== void 0) throw failure;
  info(`The compile command finished in ${formatDuration(run2.durationMs)}.`);
  return run2;
}
function tailText2(run2) {
  return tailText(meaningfulTail(run2.output, { redact: redactCredentials }));
}

// actions/compile-pipeline/src/baseline-input.ts
async function readBaseline(value, workingDirectory) {
  if (value === void 0) return void 0;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || gsUriMistake(value) !== void 0) {
    const uri = parseGsUri(value, "baseline");
    if (uri.path === "" || uri.path.endsWith("/")) {
      throw new InputError(
        "baseline",
        value,
        `Input "baseline" must be a path or the gs:// URI of one object, such as gs://my-bucket/pipelines/pipeline.json; got ${quote(value)}, which names a folder.`
      );
    }
    return { kind: "gcs", value, bucket: uri.bucket, object: uri.path };
  }
  return { kind: "file", value, path: resolveInside("baseline", value, workingDirectory) };
}

// actions/compile-pipeline/src/command-input.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve } from "node:path";
var SHELL_SYNTAX = /* @__PURE__ */ new Set(["&&", "||", "|", ";", "&", ">", ">>", "<", "2>&1", "2>", "1>"]);
function readCommand(lines, workingDirectory) {
  if (lines.length === 0) return void 0;
  const program = lines[0];
  if (/\s/.test(program) && !existsSync2(resolve(workingDirectory, program))) {
    const words = program.split(/\s+/).filter((word) => word !== "");
    throw new InputError(
      "command",
      lines.join("\n"),
      `Input "command" must be one argument per line (it runs without a shell); got ${quote(program)} as the program. Write each word on its own line:
${[...words, ...lines.slice(1)].join("\n")}`
    );
  }
  const operator = lines.find((line) => SHELL_SYNTAX.has(line));
  if (operator !== void 0) {
    throw new InputError(
      "command",
      lines.join("\n"),
      `Input "command" must be a single command, one argument per line; got ${quote(operator)}, which only a shell understands and which would reach the program as an argument. Put shell logic in a script and run that.`
    );
  }
  return lines;
}

// actions/compile-pipeline/src/image-input.ts
var ACCEPTED = "one image reference (such as gcr.io/project/trainer@sha256:<64 hex digits>) for every executor, or name=reference lines";
function readImagePins(raw) {
  const lines = parseList(raw);
  if (lines.length === 0) return [];
  if (lines.length === 1 && !lines[0].includes("=")) {
    return [{ reference: checked(lines[0], raw, "reference") }];
  }
  return Object.entries(parseMap("image", raw)).map(([name, reference]) => ({
    name: checked(name, raw, "name"),
    reference: checked(reference, raw, "reference")
  }));
}
function checked(value, raw, role) {
  const parsed = parseImageReference(value);
  if (isImageProblem(parsed)) {
    throw new InputError(
      "image",
      raw,
      `Input "image" must be ${ACCEPTED}; got the ${role} ${quote(value)}, which is not an image reference: ${parsed.problem}.`
    );
  }
  return value;
}

// actions/compile-pipeline/src/spec-input.ts
var GLOB_CHARACTERS = /[*?[\]{}]/;
function readSpecPattern(value, workingDirectory) {
  if (/[\r\n]/.test(value)) {
    throw new InputError("spec", value, `Input "spec" must be one path or glob; got ${quote(value)}.`);
  }
  const isGlob = GLOB_CHARACTERS.test(value);
  if (!isGlob) {
    resolveInside("spec", value, workingDirectory);
  } else if (value.startsWith("/") || value.split("/").includes("..")) {
    throw new InputError(
      "spec",
      value,
      `Input "spec" must be a path or glob relative to working-directory that stays inside it; got ${quote(value)}.`
    );
  }
  return { value, isGlob };
}

// actions/compile-pipeline/src/config.ts
async function readConfig(inputs, workspace) {
  const workingDirectory = resolveFolderInside(
    "working-directory",
    inputs.string("working-directory", { default: "." }),
    workspace
  );
  return {
    command: readCommand(inputs.list("command"), workingDirectory),
    workingDirectory,
    spec: readSpecPattern(inputs.requiredString("spec"), workingDirectory),
    pins: readImagePins(inputs.string("image")),
    baseline: await readBaseline(inputs.optionalString("baseline"), workingDirectory),
    failOnWarnings: inputs.boolean("fail-on-warnings", false)
  };
}

// actions/compile-pipeline/src/log.ts
function logOutcome(shown, report, problems, pinned) {
  const errors = problems.filter((p) => p.severity === "error").length;
  infoUntrusted(
    `Checked ${shown}: pipeline ${redactCredentials(JSON.stringify(report.name))}, ${plural(report.tasks.length, "task")}, ${plural(report.images.length, "image")}; ${plural(errors, "error")}, ${plural(problems.length - errors, "warning")}.`
  );
  if (pinned !== void 0) {
    const executors = pinned.changes.filter((change) => change.executor !== void 0).length;
    info(
      `Pinned ${plural(pinned.changes.length, "image reference")} (${plural(executors, "executor")}); the pinned spec is ${pinned.path}.`
    );
  }
  info(`spec-sha256: ${report.sha256}`);
}

// actions/compile-pipeline/src/pinning.ts
function pinOrFail(spec, pins) {
  const result = pinImages(spec, pins);
  if (result.unmatched.includes("*")) {
    throw new ActionError(
      'Input "image" gives an image for every executor, but the pipeline has no container executor.'
    );
  }
  if (result.unmatched.length > 0) {
    const images = listImages(spec);
    throw new ActionError(
      `Input "image" names ${result.unmatched.map((name) => quote(name)).join(", ")}, which no executor of the pipeline uses; its images are: ${images.length > 0 ? images.map((image) => quote(image)).join(", ") : "(none)"}.`
    );
  }
  const [first, ...more] = result.unpinned;
  if (first !== void 0) {
    const others = more.length > 0 ? ` (and ${more.length} more place${more.length === 1 ? "" : "s"})` : "";
    throw new ActionError(
      `Input "image" pins ${first.repository}, but the spec still names it without a digest at ${first.path}${others}, which would run whatever :latest is; write the image reference on its own (as a whole string, or a JSON string value) so it can be pinned.`
    );
  }
  return result;
}

// actions/compile-pipeline/src/pipeline-file.ts
import { readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
function readPipelineFile(file) {
  const text = readFileSync2(file.path, "utf8");
  try {
    return { file, text, parsed: parsePipelineFile(text, file.shown) };
  } catch (failure) {
    if (failure instanceof PipelineSpecError && failure.line !== void 0) {
      error(failure.message, {
        title: "Pipeline spec syntax",
        file: file.shown,
        startLine: failure.line,
        ...failure.column === void 0 ? {} : { startColumn: failure.column }
      });
    }
    if (failure instanceof PipelineSpecError) throw new ActionError(failure.message);
    throw failure;
  }
}
function writePinnedFile(pipeline, spec, workspace) {
  const { path } = pipeline.file;
  const extension = extname(path) || (pipeline.parsed.format === "json" ? ".json" : ".yaml");
  const pinned = join(dirname(path), `${basename(path, extname(path))}.pinned${extension}`);
  rmSync(pinned, { force: true });
  writeFileSync(pinned, serialisePipeline(pipeline.parsed, spec), { flag: "wx" });
  return { path: pinned, shown: relative(workspace, pinned) };
}

// actions/compile-pipeline/src/pipeline-report.ts
function describePipeline(parsed) {
  const { spec } = parsed;
  return {
    name: pipelineName(spec),
    schemaVersion: typeof spec.schemaVersion === "string" ? spec.schemaVersion : "",
    sdkVersion: typeof spec.sdkVersion === "string" ? spec.sdkVersion : "",
    parameters: rootParameters(spec, parsed.job),
    images: listImages(spec),
    tasks: listTasks(spec),
    sha256: specSha256(spec)
  };
}
function outputsFor(report, specPath) {
  const parameters = Object.fromEntries(
    report.parameters.map((p) => [
      p.name,
      {
        type: p.type,
        ...p.defaultValue === void 0 ? {} : { default: p.defaultValue },
        optional: p.optional
      }
    ])
  );
  return {
    spec: specPath,
    "pipeline-name": report.name,
    parameters: JSON.stringify(parameters),
    images: JSON.stringify(report.images),
    tasks: String(report.tasks.length),
    "spec-sha256": report.sha256
  };
}

// actions/compile-pipeline/src/problem-report.ts
var ERROR_ANNOTATIONS = 9;
var WARNING_ANNOTATIONS = 10;
var PROBLEMS_IN_MESSAGE = 20;
function errorsFirst(problems) {
  return [...problems].sort((a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1);
}
async function reportProblems(problems, pipeline) {
  if (problems.length === 0) return;
  await group(
    `Problems in ${pipeline.file.shown} (${plural(problems.length, "problem")})`,
    () => infoUntrusted(problems.map((p) => `${p.severity}: ${formatProblem(p)}`).join("\n"))
  );
  const errors = problems.filter((p) => p.severity === "error").slice(0, ERROR_ANNOTATIONS);
  const warnings = problems.filter((p) => p.severity === "warning").slice(0, WARNING_ANNOTATIONS);
  const shown = [...errors, ...warnings];
  const positions = locateProblems(pipeline.text, pipeline.parsed, shown);
  shown.forEach((problem, index) => {
    const at = positions[index];
    const properties = {
      title: `Pipeline spec: ${problem.rule}`,
      file: pipeline.file.shown,
      ...at === void 0 ? {} : { startLine: at.line, startColumn: at.column }
    };
    if (problem.severity === "error") error(formatProblem(problem), properties);
    else warning(formatProblem(problem), properties);
  });
}
function validationFailure(problems, failOnWarnings, shownPath) {
  const errors = problems.filter((p) => p.severity === "error");
  const failing = errors.length > 0 ? errors : failOnWarnings ? problems : [];
  if (failing.length === 0) return void 0;
  const what = errors.length > 0 ? `has ${plural(errors.length, "error")}` : `has ${plural(failing.length, "warning")}, and fail-on-warnings is true`;
  const listed = failing.slice(0, PROBLEMS_IN_MESSAGE).map((p) => `- ${formatProblem(p)}`);
  const more = failing.length > listed.length ? `
… and ${failing.length - listed.length} more in the job summary.` : "";
  return `The pipeline spec ${JSON.stringify(shownPath)} ${what}:
${listed.join("\n")}${more}`;
}

// actions/compile-pipeline/src/spec-file.ts
import { globSync, statSync } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";
var PINNED_OUTPUT = /\.pinned\.(json|ya?ml)$/i;
var LISTED = 10;
function matchingFiles(pattern, workingDirectory) {
  const candidates = pattern.isGlob ? globSync(pattern.value, { cwd: workingDirectory }) : [pattern.value];
  return candidates.filter((candidate) => !PINNED_OUTPUT.test(candidate) || !pattern.isGlob).filter((candidate) => {
    try {
      resolveInside("spec", candidate, workingDirectory);
      return statSync(join2(workingDirectory, candidate)).isFile();
    } catch {
      return false;
    }
  }).sort();
}
function snapshot(pattern, workingDirectory) {
  return new Map(
    matchingFiles(pattern, workingDirectory).map((file) => [file, stampOf(join2(workingDirectory, file))])
  );
}
function stampOf(path) {
  const stat = statSync(path, { bigint: true });
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}
function findSpecFile(pattern, workingDirectory, workspace, before, commandTail) {
  const where = `spec ${quote(pattern.value)} in working-directory ${quote(relative2(workspace, workingDirectory) || ".")}`;
  const matches = matchingFiles(pattern, workingDirectory);
  const written = (file2) => before === void 0 || before.get(file2) !== stampOf(join2(workingDirectory, file2));
  if (matches.length === 0) {
    throw new ActionError(
      before === void 0 ? `No file matches ${where}.` : `The compile command succeeded but wrote no file matching ${where}. Check where it writes the spec (KubeflowV2DagRunner's output_dir and output_filename, or the KFP compiler's package_path).${commandTail}`
    );
  }
  if (matches.length > 1) {
    const listed = matches.slice(0, LISTED).map(
      (file2) => `${file2}${before === void 0 ? "" : written(file2) ? " (written by the command)" : " (older)"}`
    );
    const more = matches.length > LISTED ? `, … and ${matches.length - LISTED} more` : "";
    throw new ActionError(
      `The ${where} matches ${matches.length} files; it must match exactly one: ${listed.join(", ")}${more}. Make the path or glob more specific.`
    );
  }
  const file = matches[0];
  if (!written(file)) {
    throw new ActionError(
      `The compile command succeeded but did not write ${quote(file)}, the file matching ${where}: it is unchanged since before the command ran, so it holds an earlier compile.${commandTail}`
    );
  }
  const path = join2(workingDirectory, file);
  return { path, shown: relative2(workspace, path) };
}

// actions/compile-pipeline/src/diff-summary.ts
var SHOWN_CHARS = 120;
function diffMarkdown(diff, baseline) {
  const title = heading(`Changes since the baseline ${baseline}`, 4);
  if (diff.identical)
    return joinBlocks(title, "No change: the spec is the same as the baseline (same spec-sha256).");
  if (!hasChanges(diff)) {
    return joinBlocks(
      title,
      "The spec differs from the baseline, but not in its tasks, images, parameters or container commands (for example in caching options or task inputs)."
    );
  }
  return joinBlocks(
    title,
    tasksBlock(diff),
    diff.imagesChanged.length > 0 && table(
      ["Task", "Image before", "Image after"],
      diff.imagesChanged.map((c) => [codeCell(c.task), codeCell(c.before), codeCell(c.after)])
    ),
    parametersBlock(diff),
    commandsBlock(diff)
  );
}
function tasksBlock(diff) {
  const items = [];
  if (diff.tasksAdded.length > 0)
    items.push(rawMarkdown(`Tasks added: ${diff.tasksAdded.map(code).join(", ")}`));
  if (diff.tasksRemoved.length > 0)
    items.push(rawMarkdown(`Tasks removed: ${diff.tasksRemoved.map(code).join(", ")}`));
  return items.length > 0 && list(items);
}
function parametersBlock(diff) {
  const rows = [
    ...diff.parametersAdded.map((p) => [
      codeCell(p.name),
      "added",
      "",
      valueCell(`${p.type}${defaultText(p.defaultValue)}`)
    ]),
    ...diff.parametersRemoved.map((p) => [
      codeCell(p.name),
      "removed",
      valueCell(`${p.type}${defaultText(p.defaultValue)}`),
      ""
    ]),
    ...diff.parametersRetyped.map((p) => [
      codeCell(p.name),
      "type changed",
      codeCell(p.before),
      codeCell(p.after)
    ]),
    ...diff.defaultsChanged.map((p) => [
      codeCell(p.name),
      "default changed",
      valueCell(json(p.before)),
      valueCell(json(p.after))
    ])
  ];
  return rows.length > 0 && table(["Parameter", "Change", "Before", "After"], rows);
}
function commandsBlock(diff) {
  if (diff.commandsChanged.length === 0) return false;
  const rows = diff.commandsChanged.map((c) => [codeCell(c.task), c.field]);
  const both = diff.commandsChanged.map((c) => `${c.task} ${c.field}
- before: ${json(c.before)}
+ after:  ${json(c.after)}`).join("\n\n");
  return joinBlocks(
    table(["Task", "Container field changed"], rows),
    details("Commands before and after", codeBlock(both, "diff"))
  );
}
function defaultText(value) {
  return value === void 0 ? "" : ` = ${json(value)}`;
}
function json(value) {
  return value === void 0 ? "(none)" : JSON.stringify(value);
}
function codeCell(text) {
  return text === void 0 ? "(none)" : rawMarkdown(code(text));
}
function valueCell(text) {
  return rawMarkdown(code(text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text));
}

// actions/compile-pipeline/src/summary.ts
var MAX_DRAWN_TASKS = 300;
var MAX_DIAGRAM_CHARS = 4e4;
var LISTED_PROBLEMS = 100;
var SHOWN_CHARS2 = 120;
function summaryMarkdown(input) {
  const { report, problems, failed } = input;
  const errors = problems.filter((p) => p.severity === "error").length;
  const mark = failed ? "❌" : problems.length > 0 ? "⚠️" : "✅";
  const headline = failed ? errors > 0 ? plural(errors, "error") : plural(problems.length, "warning") : `${plural(report.tasks.length, "task")}, ${plural(report.images.length, "image")}`;
  const markdown = joinBlocks(
    heading(`${mark} Pipeline ${report.name || "(unnamed)"}: ${headline}`, 3),
    table(
      ["Spec", "Schema", "Compiled by", "spec-sha256"],
      [[codeCell2(input.specPath), report.schemaVersion, report.sdkVersion, codeCell2(report.sha256)]]
    ),
    problemsBlock(problems),
    diagramBlock(input),
    parametersBlock2(report),
    imagesBlock(report, input.pinned),
    comparisonBlock(input.comparison)
  );
  return `${redactCredentials(markdown)}
`;
}
function comparisonBlock(comparison) {
  if (comparison === void 0) return false;
  return "missing" in comparison ? comparison.missing : diffMarkdown(comparison.diff, comparison.baseline);
}
function problemsBlock(problems) {
  if (problems.length === 0) return false;
  const rows = problems.slice(0, LISTED_PROBLEMS).map((p) => [p.severity === "error" ? "❌ error" : "⚠️ warning", codeCell2(p.path), p.message]);
  const more = problems.length - rows.length;
  return joinBlocks(
    heading(`Problems (${problems.length})`, 4),
    table(["", "Where", "Problem"], rows),
    more > 0 && `… and ${more} more: see the log.`
  );
}
function diagramBlock({ spec, report }) {
  if (report.tasks.length === 0) return false;
  const title = heading("DAG", 4);
  if (report.tasks.length > MAX_DRAWN_TASKS) {
    return joinBlocks(title, `${plural(report.tasks.length, "task")} are too many to draw here.`);
  }
  const chart = renderMermaid(spec);
  if (chart.length > MAX_DIAGRAM_CHARS) return joinBlocks(title, "The diagram is too large to draw here.");
  return joinBlocks(title, mermaid(chart));
}
function parametersBlock2(report) {
  const title = heading(`Parameters (${report.parameters.length})`, 4);
  if (report.parameters.length === 0) return joinBlocks(title, "The pipeline takes no parameters.");
  return joinBlocks(
    title,
    table(
      ["Name", "Type", "Default", "Optional"],
      report.parameters.map((p) => [
        codeCell2(p.name),
        p.type,
        p.defaultValue === void 0 ? "" : valueCell2(JSON.stringify(p.defaultValue)),
        p.optional ? "yes" : "no"
      ])
    )
  );
}
function imagesBlock(report, pinned) {
  const title = heading(`Images (${report.images.length})`, 4);
  const images = report.images.length === 0 ? "No container executors." : list(report.images.map(codeCell2));
  if (pinned.length === 0) return joinBlocks(title, images);
  return joinBlocks(
    title,
    images,
    `Pinned ${plural(pinned.filter((c) => c.executor !== void 0).length, "executor")}${nestedNote(pinned)}:`,
    table(
      ["Where", "Before", "After"],
      pinned.map((c) => [codeCell2(c.executor ?? c.path), codeCell2(c.before), codeCell2(c.after)])
    )
  );
}
function nestedNote(pinned) {
  const nested = pinned.filter((c) => c.executor === void 0).length;
  return nested === 0 ? "" : ` and ${plural(nested, "reference")} inside other values`;
}
function codeCell2(text) {
  return rawMarkdown(code(text));
}
function valueCell2(text) {
  return codeCell2(text.length > SHOWN_CHARS2 ? `${text.slice(0, SHOWN_CHARS2)}…` : text);
}

// actions/compile-pipeline/src/main.ts
function run() {
  return runAction("compile-pipeline", async () => {
    const { workspace } = readRunContext();
    const config = await readConfig(createInputs(), workspace);
    const before = config.command === void 0 ? void 0 : snapshot(config.spec, config.workingDirectory);
    const compiled = config.command === void 0 ? void 0 : await compile(config.command, config.workingDirectory);
    const tail = compiled === void 0 ? "" : tailText2(compiled);
    const file = findSpecFile(config.spec, config.workingDirectory, workspace, before, tail);
    const pipeline = readPipelineFile(file);
    const pinning = pinOrFail(pipeline.parsed.spec, config.pins);
    const parsed = { ...pipeline.parsed, spec: pinning.spec };
    const problems = errorsFirst(validatePipeline(parsed));
    await reportProblems(problems, pipeline);
    const failure = validationFailure(problems, config.failOnWarnings, file.shown);
    const comparison = failure === void 0 && config.baseline !== void 0 ? await compareWithBaseline(config.baseline, parsed) : void 0;
    const shown = problems.some((p) => p.rule === "credential") ? redactedCopy(parsed) : parsed;
    const report = describePipeline(shown);
    const written = failure === void 0 && pinning.changes.length > 0 ? writePinnedFile(pipeline, pinning.spec, workspace) : void 0;
    logOutcome(file.shown, report, problems, written && { changes: pinning.changes, path: written.shown });
    if (failure === void 0) setOutputs(outputsFor(report, (written ?? file).shown));
    await writeSummary(
      summaryMarkdown({
        specPath: file.shown,
        spec: shown.spec,
        report,
        problems,
        failed: failure !== void 0,
        pinned: pinning.changes,
        ...comparison === void 0 ? {} : { comparison }
      })
    );
    if (comparison !== void 0 && "missing" in comparison) warning(comparison.missing);
    if (failure !== void 0) throw new ActionError(failure);
  });
}

// actions/compile-pipeline/src/index.ts
await run();
