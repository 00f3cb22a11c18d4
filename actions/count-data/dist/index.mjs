import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NotFoundError,
  createStorage,
  forEachConcurrently,
  listObjects,
  openObjectReadStream,
  readObject,
  readObjectGeneration,
  relativeName,
  withStorageRetries,
  writeObjectIfAbsent,
  writeStreamIfAbsent
} from "../../../dist/chunks/chunk-4LN2NMAJ.mjs";
import "../../../dist/chunks/chunk-QW7CM5VB.mjs";
import "../../../dist/chunks/chunk-NQ33GZKI.mjs";
import "../../../dist/chunks/chunk-MY3XDB4R.mjs";
import "../../../dist/chunks/chunk-5AOMNDTN.mjs";
import "../../../dist/chunks/chunk-3FTY7FXV.mjs";
import {
  formatGsUri,
  parseGsUri
} from "../../../dist/chunks/chunk-GZHDFKOW.mjs";
import "../../../dist/chunks/chunk-GPU257TG.mjs";
import "../../../dist/chunks/chunk-DG4EUAX2.mjs";
import {
  ActionError,
  InputError,
  code,
  createInputs,
  formatBytes,
  group,
  groupThousands,
  heading,
  info,
  joinBlocks,
  list,
  mermaid,
  mermaidLabel,
  parseProjectId,
  plural,
  quote,
  rawMarkdown,
  readRunContext,
  resolveInside,
  runAction,
  setOutputs,
  table,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import "../../../dist/chunks/chunk-LCBWELZU.mjs";

// packages/data-loop/src/state-layout.ts
var SPANS_FOLDER = "spans/";
var TAKEN_FILE = "taken.jsonl.gz";
var PUBLISHED_MARKER = "_PUBLISHED";
var MANIFESTS_FOLDER = "manifests/";
var DISPATCHES_FOLDER = "dispatches/";
function stateFolder(state) {
  return {
    bucket: state.bucket,
    path: state.path === "" || state.path.endsWith("/") ? state.path : `${state.path}/`
  };
}
function stateObject(state, relative) {
  return { bucket: state.bucket, path: `${stateFolder(state).path}${relative}` };
}
var takenObject = (state, span) => stateObject(state, `${SPANS_FOLDER}${span}/${TAKEN_FILE}`);
var publishedMarker = (state, span) => stateObject(state, `${SPANS_FOLDER}${span}/${PUBLISHED_MARKER}`);
var manifestObject = (state, runKey2) => stateObject(state, `${MANIFESTS_FOLDER}${runKey2}.json`);
var dispatchObject = (state, runKey2) => stateObject(state, `${DISPATCHES_FOLDER}${runKey2}.json`);

// packages/data-loop/src/claim-dispatch.ts
async function claimDispatch(storage, state, runKey2, details, retryPolicy) {
  const body = `${JSON.stringify({ runKey: runKey2, claimedAt: (/* @__PURE__ */ new Date()).toISOString(), ...details }, null, 2)}
`;
  const result = await writeObjectIfAbsent(
    storage,
    dispatchObject(state, runKey2),
    body,
    "application/json",
    retryPolicy
  );
  return result.created;
}
async function releaseDispatchClaim(storage, state, runKey2) {
  const claim = dispatchObject(state, runKey2);
  await storage.bucket(claim.bucket).file(claim.path).delete({ ignoreNotFound: true });
}

// packages/data-loop/src/class-names.ts
var ACCEPTED = "a file with one class name per line (such as labels.txt) or a list of names separated by commas or newlines";
function parseClassNames(input, value, readFile) {
  const refuse = (why) => new InputError(input, value, `Input ${quote(input)} must be ${ACCEPTED}; got ${quote(value)}, ${why}.`);
  if (value.trim() === "") throw refuse("which is empty");
  const inline = /[,\n]/.test(value.trim());
  let text = value;
  if (!inline) {
    try {
      text = readFile(value.trim());
    } catch (error) {
      const code2 = error.code;
      throw refuse(
        code2 === "ENOENT" ? "which is a single name (not a list) and no file of that name exists" : `which cannot be read as a file (${error.message})`
      );
    }
  }
  const where = inline ? "in the list" : `in the file ${quote(value.trim())}`;
  const names = text.replace(/\s+$/, "").split(inline ? /\r?\n|,/ : /\r?\n/).map((name) => name.trim());
  const empty = names.indexOf("");
  if (empty !== -1) throw refuse(`which has an empty name at position ${empty + 1} ${where}`);
  const seen = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    const first = seen.get(name);
    if (first !== void 0) {
      throw refuse(`which names ${quote(name)} twice (positions ${first + 1} and ${index + 1}) ${where}`);
    }
    seen.set(name, index);
  });
  if (names.length < 2) throw refuse(`which names only one class ${where}`);
  return names;
}

// packages/data-loop/src/default-state-folder.ts
var DEFAULT_STATE_NAME = "_mlops/";
function defaultStateFolder(source) {
  const folder = stateFolder(source);
  return { bucket: folder.bucket, path: `${folder.path}${DEFAULT_STATE_NAME}` };
}

// packages/data-loop/src/label-of.ts
var LabelError = class extends ActionError {
  constructor(message) {
    super(message);
    this.name = "LabelError";
  }
};
function labelOf(rule, subject, classNames) {
  const raw = rawLabel(rule, subject);
  if (raw === void 0 || raw === "") return void 0;
  if (classNames === void 0 || !/^-?\d+$/.test(raw)) return raw;
  const index = Number(raw);
  const name = index >= 0 ? classNames[index] : void 0;
  if (name === void 0) {
    throw new LabelError(
      `Label ${raw} is outside class-names, which names ${classNames.length} classes (0 to ${classNames.length - 1}).`
    );
  }
  return name;
}
function rawLabel(rule, subject) {
  if (rule.kind === "path") {
    if (typeof subject !== "string") throw new TypeError("A path label rule needs the object name.");
    return rule.pattern.exec(subject)?.groups?.label;
  }
  if (subject === void 0) return void 0;
  if (typeof subject === "string") throw new TypeError("A feature label rule needs the decoded feature.");
  if (subject.values.length === 0) return void 0;
  if (subject.values.length > 1) {
    throw new LabelError(
      `Feature "${rule.name}" holds ${subject.values.length} values; a label is exactly one value.`
    );
  }
  switch (subject.kind) {
    case "int64":
      return String(subject.values[0]);
    case "bytes":
      return new TextDecoder("utf-8", { fatal: false }).decode(subject.values[0]);
    case "float":
      throw new LabelError(
        `Feature "${rule.name}" is a float list; a label is an int64 or a bytes (string) feature.`
      );
  }
}

// packages/data-loop/src/label-rule.ts
var FEATURE_PREFIX = "feature:";
var FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,199}$/;
var ACCEPTED2 = 'either a regular expression with a named group "label" applied to the object path (e.g. "(?<label>[^/]+)/[^/]+$" for class folders, "(?<label>[a-z]+)_\\d+\\.jpg$" for {class}_{n}.jpg) or "feature:<name>" for a TFRecord feature (e.g. "feature:label")';
function parseLabelFrom(input, value) {
  const refuse = (why) => new InputError(
    input,
    value,
    `Input ${quote(input)} must be ${ACCEPTED2}; got ${shown(value)}, which ${why}.`
  );
  if (value.trim() === "") throw refuse("is empty");
  if (value.startsWith(FEATURE_PREFIX)) {
    const name = value.slice(FEATURE_PREFIX.length);
    if (!FEATURE_NAME.test(name)) {
      throw refuse(
        name === "" ? 'names no feature after "feature:"' : `names the feature ${quote(name)}: a feature name is letters, digits and _ . - / (at most 200), not starting with . - /`
      );
    }
    return { kind: "feature", name };
  }
  let pattern;
  try {
    pattern = new RegExp(value);
  } catch (error) {
    throw refuse(`is not a valid regular expression (${error.message})`);
  }
  const groups = new RegExp(`(?:${value})|`).exec("")?.groups ?? {};
  if (!("label" in groups)) {
    const names = Object.keys(groups);
    throw refuse(
      names.length === 0 ? 'has no named group "label" (write (?<label>…) around the part that is the label)' : `has the named groups ${names.map(quote).join(", ")} but none called "label"`
    );
  }
  return { kind: "path", pattern };
}
function shown(value) {
  return quote(value.length > 200 ? `${value.slice(0, 200)}…` : value);
}

// packages/data-loop/src/list-spans.ts
var SPAN_NUMBER = /^(0|[1-9]\d{0,14})$/;
async function listSpans(storage, state, retryPolicy) {
  const prefix = stateObject(state, SPANS_FOLDER);
  const spans = /* @__PURE__ */ new Map();
  for await (const object of listObjects(storage, prefix, retryPolicy === void 0 ? {} : { retryPolicy })) {
    const [folder, file, ...deeper] = object.name.slice(prefix.path.length).split("/");
    if (folder === void 0 || !SPAN_NUMBER.test(folder) || deeper.length > 0) continue;
    const span = Number(folder);
    const entry = spans.get(span) ?? { span };
    if (file === TAKEN_FILE) entry.taken = object.generation;
    else if (file === PUBLISHED_MARKER) entry.published = object.generation;
    spans.set(span, entry);
  }
  return [...spans.values()].sort((a, b) => a.span - b.span);
}

// packages/data-loop/src/manifest.ts
var MANIFEST_VERSION = 1;

// packages/data-loop/src/manifest-entries-file.ts
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// packages/data-loop/src/object-name-order.ts
function compareObjectNames(a, b) {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
function codePointRank(unit) {
  if (unit >= 55296 && unit <= 57343) return unit + 8192;
  if (unit >= 57344) return unit - 2048;
  return unit;
}

// packages/data-loop/src/entry-check.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isCount = (value) => Number.isSafeInteger(value) && value >= 0;
var GENERATION = /^[1-9]\d*$/;
var EntryCheck = class {
  totals = { objects: 0, bytes: 0, count: 0 };
  previous;
  /** The problem with the next entry (undefined: fine, and counted into the totals). */
  add(entry) {
    const at = `entries[${this.totals.objects}]`;
    if (!isObject(entry) || typeof entry.name !== "string" || entry.name === "") {
      return `${at} must be an object with a non-empty "name"`;
    }
    const name = JSON.stringify(entry.name);
    if (typeof entry.generation !== "string" || !GENERATION.test(entry.generation)) {
      return `${at} (${name}) must have "generation" as a decimal string`;
    }
    if (!isCount(entry.size)) return `${at} (${name}) must have "size" as a whole number ≥ 0`;
    if (entry.crc32c !== void 0 && (typeof entry.crc32c !== "string" || !/^[A-Za-z0-9+/]{6}==$/.test(entry.crc32c))) {
      return `${at} (${name}) has "crc32c" ${JSON.stringify(entry.crc32c)}, not base64 of 4 bytes`;
    }
    for (const field of ["records", "lines"]) {
      if (entry[field] !== void 0 && !isCount(entry[field]))
        return `${at} (${name}) "${field}" must be a whole number ≥ 0`;
    }
    if (entry.label !== void 0 && typeof entry.label !== "string")
      return `${at} (${name}) "label" must be a string`;
    if (this.previous !== void 0 && compareObjectNames(this.previous, entry.name) >= 0) {
      return this.previous === entry.name ? `${at} repeats the name ${name}: each object appears once` : `${at} (${name}) comes after ${JSON.stringify(this.previous)}: entries must be sorted by name`;
    }
    this.previous = entry.name;
    this.totals.objects += 1;
    this.totals.bytes += entry.size;
    this.totals.count += entry.records ?? entry.lines ?? 1;
    return void 0;
  }
};
function totalsProblems(manifest, totals) {
  const problems = [];
  if (isCount(manifest.objects) && manifest.objects !== totals.objects) {
    problems.push(`"objects" is ${manifest.objects}, but there are ${totals.objects} entries`);
  }
  if (isCount(manifest.bytes) && manifest.bytes !== totals.bytes) {
    problems.push(`"bytes" is ${manifest.bytes}, but the entries' sizes add up to ${totals.bytes}`);
  }
  if (isCount(manifest.count) && manifest.count !== totals.count) {
    problems.push(
      `"count" is ${manifest.count}, but the entries add up to ${totals.count} (each entry counts its "records", else its "lines", else 1)`
    );
  }
  return problems;
}

// packages/data-loop/src/manifest-json.ts
function entryLine(entry) {
  return `    ${JSON.stringify(entry)}`;
}
function manifestHead(header) {
  const head = JSON.stringify(header, null, 2).slice(0, -2);
  return `${head},
  "entries": [`;
}
function manifestTail(entries) {
  return `${entries === 0 ? "" : "\n  "}]
}
`;
}

// packages/data-loop/src/manifest-entries-file.ts
var FLUSH_AT = 256 << 10;
var ManifestEntriesFile = class {
  path;
  folder;
  check = new EntryCheck();
  fd;
  pending = [];
  pendingLength = 0;
  units = /* @__PURE__ */ new Set();
  constructor(folder = process.env.RUNNER_TEMP || tmpdir()) {
    this.folder = mkdtempSync(join(folder, "manifest-"));
    this.path = join(this.folder, "entries.json-lines");
    this.fd = openSync(this.path, "w");
  }
  /** Appends one entry; throws when it is invalid or not after the previous one by name. */
  add(entry) {
    if (this.fd === void 0) throw new Error(`${this.path} is closed: no entry can be added`);
    const problem = this.check.add(entry);
    if (problem !== void 0) throw new Error(`Refusing an invalid manifest entry: ${problem}.`);
    this.units.add(entry.records !== void 0 ? "records" : entry.lines !== void 0 ? "lines" : "objects");
    const line = `${this.check.totals.objects === 1 ? "" : ","}
${entryLine(entry)}`;
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }
  /** What the entries added so far add up to. */
  get totals() {
    return this.check.totals;
  }
  /** The kinds of count the entries had: one kind names the unit of an `auto` count. */
  get unitKinds() {
    return this.units;
  }
  /** Writes what is pending and closes the file; nothing can be added after. */
  close() {
    if (this.fd === void 0) return;
    this.flush();
    closeSync(this.fd);
    this.fd = void 0;
  }
  /** The entries' text, from the start (the file must be closed). */
  read() {
    if (this.fd !== void 0) throw new Error(`${this.path} is still open for writing`);
    return createReadStream(this.path, { highWaterMark: 1 << 20 });
  }
  /** Deletes the file and its folder (safe to call twice). */
  remove() {
    if (this.fd !== void 0) closeSync(this.fd);
    this.fd = void 0;
    rmSync(this.folder, { recursive: true, force: true });
  }
  flush() {
    if (this.fd === void 0 || this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }
};

// packages/data-loop/src/manifest-header-reader.ts
import { createInterface } from "node:readline";

// packages/data-loop/src/state-error.ts
var StateError = class extends ActionError {
  uri;
  constructor(uri, problem, options) {
    super(`${uri}: ${problem}`, options);
    this.name = "StateError";
    this.uri = uri;
  }
};

// packages/data-loop/src/validate-manifest.ts
function manifestProblems(value) {
  const problems = headerProblems(value);
  if (!isObject(value) || value.version !== MANIFEST_VERSION) return problems;
  if (!Array.isArray(value.entries)) {
    problems.push('"entries" must be a list');
    return problems;
  }
  problems.push(...entryProblems(value.entries, value));
  return problems;
}
function headerProblems(value) {
  if (!isObject(value)) return ["it is not a JSON object"];
  if (value.version !== MANIFEST_VERSION) {
    return [`"version" is ${JSON.stringify(value.version)}; this reader knows version ${MANIFEST_VERSION}`];
  }
  const problems = [];
  for (const field of ["source", "state", "pattern", "unit", "createdAt"]) {
    if (typeof value[field] !== "string") problems.push(`"${field}" must be a string`);
  }
  for (const field of ["source", "state"]) {
    if (typeof value[field] === "string" && !value[field].startsWith("gs://")) {
      problems.push(`"${field}" must be a gs:// URI; got ${JSON.stringify(value[field])}`);
    }
  }
  const run2 = value.run;
  if (!isObject(run2) || !["repository", "runId", "job", "sha"].every((key) => typeof run2[key] === "string")) {
    problems.push('"run" must be {"repository", "runId", "job", "sha"} (strings)');
  }
  for (const field of ["count", "objects", "bytes"]) {
    if (!isCount(value[field])) problems.push(`"${field}" must be a whole number ≥ 0`);
  }
  if (value.perLabel !== void 0) {
    if (!isObject(value.perLabel) || !Object.values(value.perLabel).every(isCount)) {
      problems.push('"perLabel" must map labels to whole numbers ≥ 0');
    }
  }
  if (value.corrupt !== void 0) {
    if (!Array.isArray(value.corrupt) || !value.corrupt.every(
      (item) => isObject(item) && typeof item.name === "string" && typeof item.generation === "string" && typeof item.reason === "string"
    )) {
      problems.push('"corrupt" must be a list of {"name", "generation", "reason"} (strings)');
    }
  }
  return problems;
}
function entryProblems(entries, manifest) {
  const check = new EntryCheck();
  for (const entry of entries) {
    const problem = check.add(entry);
    if (problem !== void 0) return [problem];
  }
  return totalsProblems(manifest, check.totals);
}

// packages/data-loop/src/manifest-header-reader.ts
var ENTRIES_OPEN = '  "entries": [';
var ENTRIES_EMPTY = '  "entries": []';
var NotLineLaidOut = class extends Error {
};
async function readManifestHeader(storage, uri, generation, retryPolicy) {
  const shown2 = formatGsUri(uri);
  const read = async () => {
    const lines = createInterface({
      input: await openObjectReadStream(storage, uri, {
        generation,
        ...retryPolicy === void 0 ? {} : { retryPolicy }
      }),
      crlfDelay: Number.POSITIVE_INFINITY
    });
    return headerFromLines(lines, shown2);
  };
  return withStorageRetries(read, retryPolicy);
}
async function headerFromLines(lines, shown2) {
  const head = [];
  const check = new EntryCheck();
  let stage = "head";
  let expectMore = false;
  for await (const line of lines) {
    if (stage === "head") {
      if (line === ENTRIES_OPEN || line === ENTRIES_EMPTY) stage = line === ENTRIES_EMPTY ? "end" : "entries";
      else head.push(line);
    } else if (stage === "entries") {
      if (line === "  ]") {
        if (expectMore) throw new NotLineLaidOut('an entry line ends with a comma before "]"');
        stage = "end";
        continue;
      }
      if (!line.startsWith("    {")) throw new NotLineLaidOut("not one entry per line");
      expectMore = line.endsWith(",");
      const problem = check.add(parseEntry(expectMore ? line.slice(0, -1) : line));
      if (problem !== void 0) throw new StateError(shown2, `this is not a valid manifest: ${problem}.`);
    } else if (stage === "end") {
      if (line !== "}") throw new NotLineLaidOut("something after the entries");
      stage = "done";
    } else if (line !== "") {
      throw new NotLineLaidOut("something after the end");
    }
  }
  if (stage !== "done") throw new NotLineLaidOut("the entries are not closed");
  const last = head.length - 1;
  if (head[0] !== "{" || !head[last]?.endsWith(","))
    throw new NotLineLaidOut("the header is not indented JSON");
  head[last] = head[last].slice(0, -1);
  let header;
  try {
    header = JSON.parse(`${head.join("\n")}
}`);
  } catch {
    throw new NotLineLaidOut("the header is not JSON on its own");
  }
  const problems = [...headerProblems(header), ...totalsProblems(header, check.totals)];
  if (problems.length > 0)
    throw new StateError(shown2, `this is not a valid manifest: ${problems.join("; ")}.`);
  return header;
}
function parseEntry(text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotLineLaidOut("an entry line is not JSON on its own");
  }
}

// packages/data-loop/src/manifest-store.ts
function checkSameCount(uri, existing, mine) {
  const clash = sameCountProblem(existing, mine);
  if (clash !== void 0) {
    throw new StateError(
      uri,
      `this run key's manifest is there already, but from a different count (${clash}). Two jobs with the same job id in one run (a matrix) share a run key: give each its own state folder.`
    );
  }
}
function sameCountProblem(existing, mine) {
  for (const field of ["source", "state", "pattern", "unit"]) {
    if (existing[field] !== mine[field]) {
      return `its ${field} is ${JSON.stringify(existing[field])}, this count's is ${JSON.stringify(mine[field])}`;
    }
  }
  for (const field of ["repository", "runId", "job"]) {
    if (existing.run[field] !== mine.run[field]) {
      return `its run.${field} is ${JSON.stringify(existing.run[field])}, this count's is ${JSON.stringify(mine.run[field])}`;
    }
  }
  return void 0;
}
async function readManifest(storage, uri, generation, retryPolicy) {
  const shown2 = formatGsUri(uri);
  const bytes = generation === void 0 ? await readObject(storage, uri, retryPolicy) : await readObjectGeneration(storage, uri, generation, retryPolicy);
  return parseManifest(bytes.toString("utf8"), shown2);
}
function parseManifest(text, shown2) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new StateError(shown2, `this is not a manifest: it is not JSON (${error.message}).`);
  }
  const problems = manifestProblems(value);
  if (problems.length > 0)
    throw new StateError(shown2, `this is not a valid manifest: ${problems.join("; ")}.`);
  return value;
}

// packages/data-loop/src/manifest-stream-store.ts
async function writeManifestFromFileOnce(storage, state, runKey2, header, entries, retryPolicy) {
  const target = manifestObject(state, runKey2);
  const uri = formatGsUri(target);
  const problems = [...headerProblems(header), ...totalsProblems({ ...header }, entries.totals)];
  if ("entries" in header) problems.push('the header must not carry "entries": they come from the file');
  if (problems.length > 0)
    throw new StateError(uri, `refusing to write an invalid manifest: ${problems.join("; ")}.`);
  const head = Buffer.from(manifestHead(header), "utf8");
  const tail = Buffer.from(manifestTail(entries.totals.objects), "utf8");
  const open2 = async function* () {
    yield head;
    yield* entries.read();
    yield tail;
  };
  const result = await writeStreamIfAbsent(storage, target, open2, "application/json", retryPolicy);
  if (result.created) return { uri, created: true, manifest: header };
  const existing = await earlierHeader(storage, target, result.generation, retryPolicy);
  checkSameCount(uri, existing, header);
  return { uri, created: false, manifest: existing };
}
async function earlierHeader(storage, target, generation, retryPolicy) {
  try {
    return await readManifestHeader(storage, target, generation, retryPolicy);
  } catch (error) {
    if (!(error instanceof NotLineLaidOut)) throw error;
    const { entries: _, ...header } = await readManifest(storage, target, generation, retryPolicy);
    return header;
  }
}

// packages/data-loop/src/published-marker.ts
function decodePublishedMarker(text, span) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("it is not JSON");
  }
  const marker = value;
  if (typeof marker !== "object" || marker === null) throw new Error("it is not a JSON object");
  if (marker.version !== 1)
    throw new Error(`its "version" is ${JSON.stringify(marker.version)}; this reader knows 1`);
  if (marker.span !== span)
    throw new Error(`its "span" is ${JSON.stringify(marker.span)}, but it sits in span ${span}`);
  const taken = marker.taken;
  if (typeof taken !== "object" || taken === null || typeof taken.generation !== "string" || !/^[1-9]\d*$/.test(taken.generation) || !Number.isSafeInteger(taken.entries) || taken.entries < 0) {
    throw new Error('its "taken" must be {"generation": "<decimal>", "entries": <count>}');
  }
  if (typeof marker.publishedAt !== "string") throw new Error('its "publishedAt" is missing');
  return marker;
}

// packages/data-loop/src/taken-lines.ts
import { gunzipSync } from "node:zlib";
function takenKey(name, generation) {
  return `{"name":${JSON.stringify(name)},"generation":"${generation}"}`;
}
var NAME_START = '{"name":"';
var GENERATION_AT = '","generation":"';
var DIGITS = /^[1-9]\d*$/;
function forEachTakenKey(gzipped, each) {
  const text = gunzipText(gzipped);
  if (text === "") return 0;
  if (!text.endsWith("\n")) throw new Error("its last line does not end with a newline (a cut-off write?)");
  let lines = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    lines += 1;
    each(fastKey(text, start, end) ?? parsedKey(text.slice(start, end), lines));
    start = end + 1;
  }
  return lines;
}
function fastKey(text, start, end) {
  if (!text.startsWith(NAME_START, start) || text.charCodeAt(end - 1) !== 125 || text.charCodeAt(end - 2) !== 34) {
    return void 0;
  }
  const at = text.lastIndexOf(GENERATION_AT, end);
  if (at <= start + NAME_START.length) return void 0;
  const name = text.slice(start + NAME_START.length, at);
  if (name.includes("\\") || name.includes('"')) return void 0;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) < 32) return void 0;
  const generation = text.slice(at + GENERATION_AT.length, end - 2);
  if (!DIGITS.test(generation)) return void 0;
  return text.slice(start, end);
}
function parsedKey(line, number) {
  let entry = null;
  try {
    entry = JSON.parse(line);
  } catch {
  }
  if (typeof entry !== "object" || entry === null || typeof entry.name !== "string" || entry.name === "" || typeof entry.generation !== "string" || !DIGITS.test(entry.generation)) {
    throw new Error(
      `line ${number} is not {"name": "<object name>", "generation": "<decimal generation>"}: ${JSON.stringify(line.slice(0, 200))}`
    );
  }
  return takenKey(entry.name, entry.generation);
}
function entryOfKey(key) {
  const { name, generation } = JSON.parse(key);
  return { name, generation };
}
function gunzipText(gzipped) {
  try {
    return gunzipSync(gzipped).toString("utf8");
  } catch (error) {
    throw new Error(`it is not valid GZIP (${error.message})`);
  }
}

// packages/data-loop/src/taken-set.ts
var MutableTakenSet = class {
  bySpan = /* @__PURE__ */ new Map();
  spans = [];
  overlaps = [];
  get size() {
    return this.bySpan.size;
  }
  has(name, generation) {
    return this.bySpan.has(takenKey(name, generation));
  }
  spanOf(name, generation) {
    return this.bySpan.get(takenKey(name, generation));
  }
  addKeys(span, keys) {
    for (const key of keys) {
      const earlier = this.bySpan.get(key);
      if (earlier === void 0) this.bySpan.set(key, span);
      else if (earlier !== span) this.overlaps.push({ ...entryOfKey(key), spans: [earlier, span] });
    }
  }
};

// packages/data-loop/src/read-taken.ts
async function readTaken(storage, state, options = {}) {
  const folders = (await listSpans(storage, state, options.retryPolicy)).filter(
    (folder) => folder.published !== void 0
  );
  const loaded = new Array(folders.length);
  await forEachConcurrently(folders, options.concurrency ?? 8, async (folder, index) => {
    loaded[index] = await readSpanKeys(
      storage,
      state,
      folder.span,
      folder.published,
      options.retryPolicy
    );
  });
  const taken = new MutableTakenSet();
  folders.forEach((folder, index) => {
    taken.addKeys(folder.span, loaded[index]);
    taken.spans.push(folder.span);
  });
  return taken;
}
async function readSpanKeys(storage, state, span, markerGeneration, retryPolicy) {
  const markerUri = publishedMarker(state, span);
  const markerBytes = await readObjectGeneration(storage, markerUri, markerGeneration, retryPolicy);
  let marker;
  try {
    marker = decodePublishedMarker(markerBytes.toString("utf8"), span);
  } catch (error) {
    throw new StateError(
      formatGsUri(markerUri),
      `this span marker cannot be read: ${error.message}.`
    );
  }
  const takenUri = takenObject(state, span);
  let bytes;
  try {
    bytes = await readObjectGeneration(storage, takenUri, marker.taken.generation, retryPolicy);
  } catch (error) {
    if (!(error instanceof NotFoundError) || error.missing !== "object") throw error;
    throw new StateError(
      `${formatGsUri(takenUri)}#${marker.taken.generation}`,
      `span ${span} is published, but the taken list its marker names is gone (deleted or rewritten). Restore that generation, or the span's objects would count as new again.`,
      { cause: error }
    );
  }
  const keys = [];
  try {
    forEachTakenKey(bytes, (key) => keys.push(key));
  } catch (error) {
    throw new StateError(
      formatGsUri(takenUri),
      `span ${span}'s taken list cannot be read: ${error.message}.`
    );
  }
  if (keys.length !== marker.taken.entries) {
    throw new StateError(
      formatGsUri(takenUri),
      `span ${span}'s taken list has ${keys.length} entries, but its marker says ${marker.taken.entries}.`
    );
  }
  return keys;
}

// packages/data-loop/src/run-key.ts
function runKey(context) {
  if (!/^\d+$/.test(context.runId)) {
    throw new Error(
      `The run id (GITHUB_RUN_ID) must be a decimal number to name this run's state; got ${JSON.stringify(context.runId)}.`
    );
  }
  if (context.job === "")
    throw new Error("The job id (GITHUB_JOB) is empty; it is needed to name this run's state.");
  const job = context.job.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 200);
  return `run-${context.runId}-${job}`;
}

// actions/count-data/src/config.ts
import { readFileSync } from "node:fs";

// actions/count-data/src/dispatch-config.ts
var MAX_GIVEN_INPUTS = 23;
var ADDED = ["manifest", "count"];
function readDispatchConfig(inputs, context) {
  const workflow = inputs.optionalString("dispatch-workflow");
  const given = readDispatchInputs(inputs);
  if (workflow === void 0) {
    for (const name of ["dispatch-ref", "dispatch-inputs"]) {
      const value = inputs.optionalString(name);
      if (value !== void 0) {
        throw new InputError(
          name,
          value,
          `Input ${quote(name)} is set (${quote(value)}) but dispatch-workflow is empty: set dispatch-workflow to the workflow file to start (e.g. retrain.yml), or leave ${quote(name)} out.`
        );
      }
    }
    return void 0;
  }
  if (!/^[A-Za-z0-9._-]+\.ya?ml$/.test(workflow)) {
    throw new InputError(
      "dispatch-workflow",
      workflow,
      `Input "dispatch-workflow" must be a workflow file name of this repository such as retrain.yml (no folder: it is looked up in .github/workflows); got ${quote(workflow)}.`
    );
  }
  const ref = inputs.optionalString("dispatch-ref") ?? context.ref;
  if (ref === "") {
    throw new InputError(
      "dispatch-ref",
      "",
      'Input "dispatch-ref" is empty and the run has no GITHUB_REF to default to: give the branch or tag to run the workflow on, e.g. main.'
    );
  }
  const token = inputs.optionalString("token");
  if (token === void 0) {
    throw new InputError(
      "token",
      "",
      'Input "token" is empty, and dispatch-workflow needs a token with actions: write (the default, github.token, has it when the job grants permissions: actions: write).'
    );
  }
  return { workflow, ref, inputs: given, token };
}
function readDispatchInputs(inputs) {
  const raw = inputs.object("dispatch-inputs") ?? {};
  const result = {};
  for (const [name, value] of Object.entries(raw)) {
    if (ADDED.includes(name)) {
      throw new InputError(
        "dispatch-inputs",
        name,
        `Input "dispatch-inputs" must not set ${quote(name)}: the action adds manifest and count itself.`
      );
    }
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new InputError(
        "dispatch-inputs",
        name,
        `Input "dispatch-inputs" must map input names to strings, numbers or booleans; ${quote(name)} is ${value === null ? "null" : Array.isArray(value) ? "a list" : "a mapping"}.`
      );
    }
    result[name] = String(value);
  }
  if (Object.keys(result).length > MAX_GIVEN_INPUTS) {
    throw new InputError(
      "dispatch-inputs",
      "",
      `Input "dispatch-inputs" may hold at most ${MAX_GIVEN_INPUTS} inputs (GitHub accepts 25, and the action adds manifest and count); got ${Object.keys(result).length}.`
    );
  }
  return result;
}

// actions/count-data/src/glob.ts
function globSyntaxProblem(glob) {
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "\\") {
      if (i === glob.length - 1) return "ends with a lone backslash";
      i++;
    } else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close === -1) return `has a "[" at position ${i + 1} that is never closed`;
      i = close;
    } else if (c === "{") {
      braces++;
    } else if (c === "}") {
      if (braces === 0) return `has a "}" at position ${i + 1} without its "{"`;
      braces--;
    }
  }
  if (braces > 0) return 'has a "{" that is never closed';
  if (glob.startsWith("/")) return 'starts with "/" (it is relative to source)';
  return void 0;
}
function escapeGlob(text) {
  return text.replace(/[\\*?[\]{}]/g, "\\$&");
}

// actions/count-data/src/units.ts
var UNITS = ["objects", "records", "lines", "auto"];
var RECORD_FILE = /\.(?:tfrecords?|tfrec)(?:\.gz|\.zz|\.zlib)?$/i;
var LINE_FILE = /\.(?:jsonl|csv)$/i;
function unitOf(name, unit) {
  if (unit !== "auto") return unit;
  if (RECORD_FILE.test(name)) return "records";
  if (LINE_FILE.test(name)) return "lines";
  return "objects";
}

// actions/count-data/src/config.ts
function readConfig(inputs, context) {
  const source = asFolder(parseGsUri(inputs.requiredString("source"), "source"));
  const pattern = readPattern(inputs.string("pattern", { default: "**" }));
  const unit = inputs.enumeration("unit", UNITS, "auto");
  const threshold = readThreshold(inputs.string("threshold"));
  const state = readState(inputs.optionalString("state"), source);
  const label = readLabel(inputs.optionalString("label-from"), unit);
  const classNamesValue = inputs.optionalString("class-names");
  const classNames = classNamesValue === void 0 ? void 0 : parseClassNames(
    "class-names",
    classNamesValue,
    (path) => readFileSync(resolveInside("class-names", path, context.workspace), "utf8")
  );
  return {
    source,
    pattern,
    matchGlob: escapeGlob(source.path) + pattern,
    unit,
    threshold,
    state,
    label,
    classNames,
    onCorrupt: inputs.enumeration("on-corrupt", ["fail", "skip"], "fail"),
    concurrency: inputs.integer("concurrency", { default: 8, min: 1, max: 64 }),
    dispatch: readDispatchConfig(inputs, context),
    project: parseProjectId("project", inputs.optionalString("project"))
  };
}
function asFolder(uri) {
  return uri.path === "" || uri.path.endsWith("/") ? uri : { ...uri, path: `${uri.path}/` };
}
function readPattern(value) {
  const problem = globSyntaxProblem(value);
  if (problem !== void 0) {
    throw new InputError(
      "pattern",
      value,
      `Input "pattern" must be a glob relative to source (\`*\` within a folder, \`**\` across folders, e.g. **/*.tfrecord.gz); got ${quote(value)}, which ${problem}.`
    );
  }
  return value;
}
function readThreshold(value) {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new InputError(
      "threshold",
      value,
      `Input "threshold" must be a whole number of at least 1 (how many new objects, records or lines are enough); got ${quote(value)}.`
    );
  }
  return number;
}
function readState(value, source) {
  if (value === void 0) return defaultStateFolder(source);
  const state = asFolder(parseGsUri(value, "state"));
  if (state.path === "") {
    throw new InputError(
      "state",
      value,
      `Input "state" must be a folder inside a bucket (gs://<bucket>/<folder>/); got ${quote(value)}, the whole bucket.`
    );
  }
  if (state.bucket === source.bucket && source.path.startsWith(state.path)) {
    throw new InputError(
      "state",
      value,
      `Input "state" must not contain source (${formatGsUri(source)}), since the state folder is never counted; got ${quote(value)}. The default is <source>/_mlops/.`
    );
  }
  return state;
}
function readLabel(value, unit) {
  if (value === void 0) return void 0;
  const rule = parseLabelFrom("label-from", value);
  if (rule.kind === "feature" && unit !== "records" && unit !== "auto") {
    throw new InputError(
      "label-from",
      value,
      `Input "label-from" names a TFRecord feature (${quote(value)}), which needs unit records or auto; unit is ${quote(unit)}. Use a regular expression over the object path instead.`
    );
  }
  return rule;
}

// packages/tfrecord/src/crc32c.ts
var POLYNOMIAL = 2197175160;
var SLICES = 16;
var TABLE = buildTable();
function buildTable() {
  const table2 = new Int32Array(256 * SLICES);
  for (let b = 0; b < 256; b++) {
    let crc = b;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? crc >>> 1 ^ POLYNOMIAL : crc >>> 1;
    table2[b] = crc;
  }
  for (let b = 0; b < 256; b++) {
    let crc = table2[b];
    for (let k = 1; k < SLICES; k++) {
      crc = table2[crc & 255] ^ crc >>> 8;
      table2[k * 256 + b] = crc;
    }
  }
  return table2;
}
function crc32c(data, previous = 0) {
  return crc32cRange(data, 0, data.length, previous);
}
var NO_WORDS = new Int32Array(0);
function wordsOf(chunk) {
  const first = chunk.byteOffset + 3 & ~3;
  const end = chunk.byteOffset + chunk.length;
  return first + 4 <= end ? new Int32Array(chunk.buffer, first, end - first >>> 2) : NO_WORDS;
}
function crc32cRange(data, start, end, previous = 0, words) {
  const t = TABLE;
  let crc = ~previous;
  let i = start;
  while (i < end && data.byteOffset + i & 3) {
    crc = t[(crc ^ data[i++]) & 255] ^ crc >>> 8;
  }
  const blocks = end - i >>> 4;
  if (blocks > 0) {
    const w32 = words ?? wordsOf(data);
    const first = data.byteOffset + i - w32.byteOffset >>> 2;
    const last = first + blocks * 4;
    for (let w = first; w < last; w += 4) {
      const a = w32[w] ^ crc;
      const b = w32[w + 1];
      const c = w32[w + 2];
      const d = w32[w + 3];
      crc = t[3840 + (a & 255)] ^ t[3584 + (a >>> 8 & 255)] ^ t[3328 + (a >>> 16 & 255)] ^ t[3072 + (a >>> 24)] ^ t[2816 + (b & 255)] ^ t[2560 + (b >>> 8 & 255)] ^ t[2304 + (b >>> 16 & 255)] ^ t[2048 + (b >>> 24)] ^ t[1792 + (c & 255)] ^ t[1536 + (c >>> 8 & 255)] ^ t[1280 + (c >>> 16 & 255)] ^ t[1024 + (c >>> 24)] ^ t[768 + (d & 255)] ^ t[512 + (d >>> 8 & 255)] ^ t[256 + (d >>> 16 & 255)] ^ t[d >>> 24];
    }
    i += blocks * 16;
  }
  while (i < end) crc = t[(crc ^ data[i++]) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
var MASK_DELTA = 2726488792;
function maskCrc(crc) {
  return ((crc >>> 15 | crc << 17) >>> 0) + MASK_DELTA >>> 0;
}

// packages/tfrecord/src/compression.ts
var DETECTION_BYTES = 12;
function detectCompression(head) {
  if (head.length >= DETECTION_BYTES && isRecordHeader(head)) return "none";
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  if (head.length >= 2) {
    const cmf = head[0];
    const flg = head[1];
    const deflate = (cmf & 15) === 8 && cmf >>> 4 <= 7;
    if (deflate && (cmf << 8 | flg) % 31 === 0 && (flg & 32) === 0) return "zlib";
  }
  return "none";
}
function isRecordHeader(head) {
  const view = new DataView(head.buffer, head.byteOffset, DETECTION_BYTES);
  return view.getUint32(8, true) === maskCrc(crc32c(head.subarray(0, 8)));
}

// packages/tfrecord/src/proto-reader.ts
var decoder = new TextDecoder("utf-8", { fatal: true });
var ProtoReader = class {
  pos = 0;
  view;
  data;
  constructor(data) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  done() {
    return this.pos >= this.data.length;
  }
  tag() {
    const key = this.varint32();
    return { field: key >>> 3, wireType: key & 7 };
  }
  bytes() {
    const length = this.varint32();
    if (this.pos + length > this.data.length) this.fail(`a length of ${length} runs past the end`);
    const bytes = this.data.subarray(this.pos, this.pos + length);
    this.pos += length;
    return bytes;
  }
  string() {
    return decoder.decode(this.bytes());
  }
  float() {
    if (this.pos + 4 > this.data.length) this.fail("a float runs past the end");
    const value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  }
  /** A varint as a signed 64-bit integer (two's complement, as int64 fields are encoded). */
  int64() {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.byte();
      value |= (byte & 127) << shift;
      if (byte < 128) return BigInt(value);
    }
    let big = BigInt(value);
    for (let shift = 28n; shift < 70n; shift += 7n) {
      const byte = this.byte();
      big |= BigInt(byte & 127) << shift;
      if (byte < 128) return BigInt.asIntN(64, big);
    }
    return this.fail("a varint is longer than 10 bytes");
  }
  skip(wireType) {
    if (wireType === 0) this.int64();
    else if (wireType === 1) this.advance(8);
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.advance(4);
    else this.fail(`unsupported wire type ${wireType}`);
  }
  varint32() {
    const value = this.int64();
    if (value < 0n || value > 0x7fffffffn) this.fail(`a tag or length of ${value} is out of range`);
    return Number(value);
  }
  byte() {
    if (this.pos >= this.data.length) this.fail("a varint runs past the end");
    return this.data[this.pos++];
  }
  advance(count) {
    if (this.pos + count > this.data.length) this.fail("a fixed-width field runs past the end");
    this.pos += count;
  }
  fail(what) {
    throw new Error(`not a valid tf.train.Example: ${what} (at byte ${this.pos})`);
  }
};

// packages/tfrecord/src/example.ts
var LENGTH_DELIMITED = 2;
var VARINT = 0;
var FIXED32 = 5;
function decodeExample(bytes) {
  const features = /* @__PURE__ */ new Map();
  const example = new ProtoReader(bytes);
  while (!example.done()) {
    const { field, wireType } = example.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) {
      decodeFeatures(example.bytes(), features);
    } else example.skip(wireType);
  }
  return { features };
}
function decodeFeatures(bytes, into) {
  const reader = new ProtoReader(bytes);
  while (!reader.done()) {
    const { field, wireType } = reader.tag();
    if (field !== 1 || wireType !== LENGTH_DELIMITED) {
      reader.skip(wireType);
      continue;
    }
    const entry = new ProtoReader(reader.bytes());
    let key = "";
    let feature = { kind: "bytes", values: [] };
    while (!entry.done()) {
      const tag = entry.tag();
      if (tag.field === 1 && tag.wireType === LENGTH_DELIMITED) key = entry.string();
      else if (tag.field === 2 && tag.wireType === LENGTH_DELIMITED) feature = decodeFeature(entry.bytes());
      else entry.skip(tag.wireType);
    }
    into.set(key, feature);
  }
}
function decodeFeature(bytes) {
  const reader = new ProtoReader(bytes);
  let feature = { kind: "bytes", values: [] };
  while (!reader.done()) {
    const { field, wireType } = reader.tag();
    if (wireType !== LENGTH_DELIMITED || field < 1 || field > 3) {
      reader.skip(wireType);
      continue;
    }
    const list2 = new ProtoReader(reader.bytes());
    if (field === 1) feature = { kind: "bytes", values: readBytesList(list2) };
    else if (field === 2) feature = { kind: "float", values: readFloatList(list2) };
    else feature = { kind: "int64", values: readInt64List(list2) };
  }
  return feature;
}
function readBytesList(list2) {
  const values = [];
  while (!list2.done()) {
    const { field, wireType } = list2.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) values.push(list2.bytes());
    else list2.skip(wireType);
  }
  return values;
}
function readFloatList(list2) {
  const values = [];
  while (!list2.done()) {
    const { field, wireType } = list2.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) {
      const packed = new ProtoReader(list2.bytes());
      while (!packed.done()) values.push(packed.float());
    } else if (field === 1 && wireType === FIXED32) values.push(list2.float());
    else list2.skip(wireType);
  }
  return values;
}
function readInt64List(list2) {
  const values = [];
  while (!list2.done()) {
    const { field, wireType } = list2.tag();
    if (field === 1 && wireType === LENGTH_DELIMITED) {
      const packed = new ProtoReader(list2.bytes());
      while (!packed.done()) values.push(packed.int64());
    } else if (field === 1 && wireType === VARINT) values.push(list2.int64());
    else list2.skip(wireType);
  }
  return values;
}

// packages/tfrecord/src/tfrecord-error.ts
var DESCRIPTIONS = {
  "truncated-header": "the stream ends inside the 12-byte record header",
  "length-crc": "the masked CRC32C of the record length does not match",
  "truncated-data": "the stream ends before the record data and its CRC",
  "data-crc": "the masked CRC32C of the record data does not match",
  decompress: "the compressed stream is corrupt or cut short"
};
var TFRecordError = class extends Error {
  name = "TFRecordError";
  kind;
  /** 0-based index of the record being read. */
  recordIndex;
  /** Byte offset, in the uncompressed stream, where that record starts. */
  offset;
  constructor(kind, recordIndex, offset, detail) {
    super(
      `TFRecord ${kind} at record ${recordIndex} (offset ${offset}): ${DESCRIPTIONS[kind]}` + (detail ? ` (${detail})` : "")
    );
    this.kind = kind;
    this.recordIndex = recordIndex;
    this.offset = offset;
  }
};

// packages/tfrecord/src/frame-parser.ts
var HEADER_BYTES = 12;
var FOOTER_BYTES = 4;
var HEADER = 0;
var DATA = 1;
var FOOTER = 2;
var FrameParser = class {
  /** Index of the record being read (records completed so far). */
  index = 0;
  /** Offset in the (uncompressed) stream where the record being read starts. */
  offset = 0;
  state = HEADER;
  scratch = new Uint8Array(HEADER_BYTES);
  scratchView = new DataView(this.scratch.buffer);
  filled = 0;
  length = 0;
  remaining = 0;
  dataCrc = 0;
  parts = [];
  /** Parses one chunk; completed payloads go to `out` when given. Returns the records completed. */
  feed(chunk, out) {
    const size = chunk.length;
    const view = new DataView(chunk.buffer, chunk.byteOffset, size);
    const words = wordsOf(chunk);
    let pos = 0;
    let completed = 0;
    while (pos < size) {
      if (this.state === HEADER) {
        if (this.filled === 0 && size - pos >= HEADER_BYTES) {
          this.startRecord(chunk, view, pos);
          pos += HEADER_BYTES;
        } else {
          pos += this.fill(chunk, pos, HEADER_BYTES);
          if (this.filled < HEADER_BYTES) break;
          this.filled = 0;
          this.startRecord(this.scratch, this.scratchView, 0);
        }
      }
      if (this.state === DATA) {
        const take = Math.min(this.remaining, size - pos);
        if (take > 0) {
          this.dataCrc = crc32cRange(chunk, pos, pos + take, this.dataCrc, words);
          if (out) this.parts.push(chunk.subarray(pos, pos + take));
          pos += take;
          this.remaining -= take;
        }
        if (this.remaining > 0) break;
        this.state = FOOTER;
      }
      let stored;
      if (this.filled === 0 && size - pos >= FOOTER_BYTES) {
        stored = view.getUint32(pos, true);
        pos += FOOTER_BYTES;
      } else {
        pos += this.fill(chunk, pos, FOOTER_BYTES);
        if (this.filled < FOOTER_BYTES) break;
        this.filled = 0;
        stored = this.scratchView.getUint32(0, true);
      }
      if (maskCrc(this.dataCrc) !== stored) {
        throw new TFRecordError("data-crc", this.index, this.offset, `length ${this.length}`);
      }
      if (out) out.push(join2(this.parts, this.length));
      this.parts = [];
      completed++;
      this.index++;
      this.offset += HEADER_BYTES + this.length + FOOTER_BYTES;
      this.state = HEADER;
    }
    return completed;
  }
  /** Call at the end of the stream: throws when it ended inside a record. */
  finish() {
    if (this.state === HEADER && this.filled > 0) {
      throw new TFRecordError(
        "truncated-header",
        this.index,
        this.offset,
        `${this.filled} of ${HEADER_BYTES} header bytes`
      );
    }
    if (this.state !== HEADER) {
      const missing = this.state === DATA ? this.remaining + FOOTER_BYTES : FOOTER_BYTES - this.filled;
      throw new TFRecordError(
        "truncated-data",
        this.index,
        this.offset,
        `length ${this.length}, ${missing} bytes missing`
      );
    }
  }
  /** `bytes[at..at+12)` is the header; `view` is a DataView of the same bytes. */
  startRecord(bytes, view, at) {
    const stored = view.getUint32(at + 8, true);
    if (maskCrc(crc32cRange(bytes, at, at + 8)) !== stored) {
      throw new TFRecordError("length-crc", this.index, this.offset);
    }
    this.length = view.getUint32(at + 4, true) * 2 ** 32 + view.getUint32(at, true);
    this.remaining = this.length;
    this.dataCrc = 0;
    this.state = DATA;
  }
  fill(chunk, pos, want) {
    const take = Math.min(want - this.filled, chunk.length - pos);
    this.scratch.set(chunk.subarray(pos, pos + take), this.filled);
    this.filled += take;
    return take;
  }
};
function join2(parts, length) {
  if (parts.length === 1) return parts[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

// packages/tfrecord/src/source-chunks.ts
import { pipeline, Readable } from "node:stream";
import { createGunzip, createInflate } from "node:zlib";
var ACCEPTED3 = ["auto", "none", "gzip", "zlib"];
var INFLATE_CHUNK = 64 * 1024;
async function* uncompressedChunks(source, options, parser) {
  const wanted = options?.compression ?? "auto";
  if (!ACCEPTED3.includes(wanted)) {
    throw new TypeError(`compression: ${JSON.stringify(wanted)} is not one of ${ACCEPTED3.join(", ")}`);
  }
  const iterator = iterate(source);
  const head = [];
  let compression;
  if (wanted === "auto") {
    let headBytes = 0;
    while (headBytes < DETECTION_BYTES) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
      headBytes += next.value.length;
    }
    compression = detectCompression(concat(head, DETECTION_BYTES));
  } else {
    compression = wanted;
  }
  const rest = resume(head, iterator);
  if (compression === "none") {
    yield* rest;
    return;
  }
  const inflater = compression === "gzip" ? createGunzip({ chunkSize: INFLATE_CHUNK }) : createInflate({ chunkSize: INFLATE_CHUNK });
  pipeline(Readable.from(rest, { objectMode: false }), inflater, () => {
  });
  try {
    for await (const chunk of inflater) yield chunk;
  } catch (error) {
    if (isZlibError(error)) {
      throw new TFRecordError(
        "decompress",
        parser.index,
        parser.offset,
        `${compression}: ${error.message}`
      );
    }
    throw error;
  } finally {
    inflater.destroy();
  }
}
function iterate(source) {
  const candidate = source;
  const asyncIterator = candidate?.[Symbol.asyncIterator];
  if (typeof asyncIterator === "function") return asyncIterator.call(source);
  const syncIterator = candidate?.[Symbol.iterator];
  if (typeof syncIterator === "function") {
    const sync = syncIterator.call(source);
    return {
      next: async () => sync.next(),
      return: async () => sync.return?.() ?? { done: true, value: void 0 }
    };
  }
  throw new TypeError("source: expected an async iterable of Uint8Array chunks (e.g. a Node Readable)");
}
async function* resume(head, iterator) {
  let finished = false;
  try {
    yield* head;
    for (; ; ) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) await iterator.return?.();
  }
}
function concat(parts, limit) {
  const total = Math.min(
    limit,
    parts.reduce((sum, part) => sum + part.length, 0)
  );
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    if (at >= total) break;
    const piece = part.subarray(0, total - at);
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}
function isZlibError(error) {
  const code2 = error?.code;
  return typeof code2 === "string" && code2.startsWith("Z_");
}

// packages/tfrecord/src/read-records.ts
async function* readRecords(source, options) {
  const parser = new FrameParser();
  const completed = [];
  for await (const chunk of uncompressedChunks(source, options, parser)) {
    try {
      parser.feed(chunk, completed);
    } finally {
      if (completed.length > 0) yield* completed.splice(0);
    }
  }
  parser.finish();
}
async function countRecords(source, options) {
  const parser = new FrameParser();
  let count = 0;
  for await (const chunk of uncompressedChunks(source, options, parser)) {
    count += parser.feed(chunk);
  }
  parser.finish();
  return count;
}

// actions/count-data/src/count-lines.ts
var NEWLINE = 10;
async function countLines(source) {
  let lines = 0;
  let last = NEWLINE;
  for await (const bytes of source) {
    if (bytes.length === 0) continue;
    const chunk = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) lines += 1;
    last = chunk[chunk.length - 1];
  }
  return last === NEWLINE ? lines : lines + 1;
}

// actions/count-data/src/count-object.ts
var ChangedDuringCount = class extends Error {
};
async function countObject(storage, bucket, object, settings) {
  const unit = unitOf(object.name, settings.unit);
  const labels = /* @__PURE__ */ new Map();
  const pathLabel = settings.label?.kind === "path" ? labelOf(settings.label, relativeName(object.name, settings.sourcePath), settings.classNames) ?? UNLABELLED : void 0;
  if (unit === "objects") {
    if (pathLabel !== void 0) labels.set(pathLabel, 1);
    return { unit, count: 1, labels };
  }
  const stream = await open(storage, bucket, object);
  let count;
  if (unit === "lines") {
    count = await countLines(stream);
  } else if (settings.label?.kind === "feature") {
    count = 0;
    for await (const record of readRecords(stream)) {
      count += 1;
      const label = featureLabel(settings.label, record, settings.classNames);
      labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    return { unit, count, labels };
  } else {
    count = await countRecords(stream);
  }
  if (pathLabel !== void 0) labels.set(pathLabel, count);
  return { unit, count, labels };
}
var UNLABELLED = "(none)";
function featureLabel(rule, record, classNames) {
  const name = rule.kind === "feature" ? rule.name : "";
  return labelOf(rule, decodeExample(record).features.get(name), classNames) ?? UNLABELLED;
}
async function open(storage, bucket, object) {
  try {
    return await openObjectReadStream(
      storage,
      { bucket, path: object.name },
      { generation: object.generation }
    );
  } catch (error) {
    if (error instanceof NotFoundError) throw new ChangedDuringCount(object.name);
    throw error;
  }
}

// actions/count-data/src/each-concurrently.ts
async function eachConcurrently(items, limit, fn) {
  const iterator = items[Symbol.asyncIterator]();
  let failure;
  const worker = async () => {
    while (failure === void 0) {
      const next = await iterator.next();
      if (next.done) return;
      try {
        await fn(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: limit }, worker));
  } catch (error) {
    failure ??= { error };
  }
  if (failure !== void 0) {
    await iterator.return?.();
    throw failure.error;
  }
}

// actions/count-data/src/new-objects.ts
async function* newObjects(storage, config, taken, skipped) {
  const statePrefix = config.state.bucket === config.source.bucket ? config.state.path : void 0;
  for await (const object of listObjects(storage, config.source, { matchGlob: config.matchGlob })) {
    if (statePrefix !== void 0 && object.name.startsWith(statePrefix) || object.name.endsWith("/")) {
      skipped.ignored += 1;
    } else if (taken.has(object.name, object.generation)) {
      skipped.taken += 1;
    } else {
      yield object;
    }
  }
}

// actions/count-data/src/ordered-window.ts
var OrderedWindow = class {
  oldest = 0;
  finished = /* @__PURE__ */ new Map();
  waiting = [];
  abandoned = false;
  size;
  handOn;
  constructor(size, handOn) {
    this.size = size;
    this.handOn = handOn;
  }
  /** Waits until item `index` may start; false once the window is abandoned (do no work then). */
  async enter(index) {
    if (!this.abandoned && index >= this.oldest + this.size) {
      await new Promise((go) => this.waiting.push({ index, go }));
    }
    return !this.abandoned;
  }
  /** Item `index` is done: hands on every result now in order. Call exactly once per index entered. */
  finish(index, result) {
    this.finished.set(index, result);
    try {
      while (this.finished.has(this.oldest)) {
        const next = this.finished.get(this.oldest);
        this.finished.delete(this.oldest);
        this.oldest += 1;
        if (!this.abandoned) this.handOn(next);
      }
    } finally {
      this.wake();
    }
  }
  /** After a failure: every waiting and later item starts at once and does nothing. */
  abandon() {
    this.abandoned = true;
    this.wake();
  }
  /** Results held because an older item is still running (what the window bounds). */
  get held() {
    return this.finished.size;
  }
  wake() {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const waiter = this.waiting[i];
      if (this.abandoned || waiter.index < this.oldest + this.size) {
        this.waiting.splice(i, 1);
        waiter.go();
      }
    }
  }
};

// actions/count-data/src/count-all.ts
var CorruptObjectError = class extends Error {
  object;
  constructor(object, uri) {
    super(`${uri} (generation ${object.generation}) is corrupt: ${object.reason}.`);
    this.object = object;
  }
};
var ORDER_WINDOW = 4096;
async function countNewData(storage, config, taken, entries) {
  const tally = {
    count: 0,
    objects: 0,
    bytes: 0,
    perLabel: config.label === void 0 ? void 0 : /* @__PURE__ */ new Map(),
    corrupt: [],
    changed: [],
    skipped: { taken: 0, ignored: 0 }
  };
  const settings = {
    sourcePath: config.source.path,
    unit: config.unit,
    label: config.label,
    classNames: config.classNames
  };
  const window = new OrderedWindow(ORDER_WINDOW, (outcome) => {
    if (outcome?.kind === "entry") {
      entries.add(outcome.entry);
      tally.count = entries.totals.count;
      tally.objects = entries.totals.objects;
      tally.bytes = entries.totals.bytes;
      for (const [label, n] of outcome.labels)
        tally.perLabel?.set(label, (tally.perLabel.get(label) ?? 0) + n);
    } else if (outcome?.kind === "corrupt") {
      tally.corrupt.push(outcome.corrupt);
    } else if (outcome?.kind === "changed") {
      tally.changed.push(outcome.name);
    }
  });
  const countOne = async ({ index, object }) => {
    let outcome;
    try {
      if (!await window.enter(index)) return;
      outcome = await outcomeOf(storage, config, settings, object);
    } catch (error) {
      window.abandon();
      throw error;
    } finally {
      window.finish(index, outcome);
    }
  };
  try {
    await eachConcurrently(
      numbered(newObjects(storage, config, taken, tally.skipped)),
      config.concurrency,
      countOne
    );
  } catch (error) {
    window.abandon();
    throw error;
  }
  return tally;
}
async function outcomeOf(storage, config, settings, object) {
  try {
    const counted = await countObject(storage, config.source.bucket, object, settings);
    return { kind: "entry", entry: entryOf(object, counted), labels: counted.labels };
  } catch (error) {
    if (error instanceof ChangedDuringCount) return { kind: "changed", name: object.name };
    if (!(error instanceof TFRecordError)) throw error;
    const corrupt = { name: object.name, generation: object.generation, reason: reasonOf(error) };
    if (config.onCorrupt === "fail") {
      throw new CorruptObjectError(corrupt, `gs://${config.source.bucket}/${object.name}`);
    }
    return { kind: "corrupt", corrupt };
  }
}
async function* numbered(items) {
  let index = 0;
  for await (const object of items) yield { index: index++, object };
}
function entryOf(object, counted) {
  const single = counted.labels.size === 1 ? [...counted.labels.keys()][0] : void 0;
  return {
    name: object.name,
    generation: object.generation,
    size: object.size,
    ...object.crc32c === void 0 ? {} : { crc32c: object.crc32c },
    ...counted.unit === "records" ? { records: counted.count } : {},
    ...counted.unit === "lines" ? { lines: counted.count } : {},
    ...single === void 0 ? {} : { label: single }
  };
}
function reasonOf(error) {
  const said = error.message.slice(error.message.indexOf(": ") + 2);
  return `record ${error.recordIndex} at byte ${error.offset}, ${error.kind}: ${said}`;
}

// actions/count-data/src/dispatch.ts
async function dispatchOnce(storage, state, runKey2, dispatch, context, added) {
  const inputs = { ...dispatch.inputs, manifest: added.manifest, count: String(added.count) };
  const claimed = await claimDispatch(storage, state, runKey2, {
    workflow: dispatch.workflow,
    ref: dispatch.ref,
    inputs
  });
  if (!claimed) return "already-dispatched";
  const { getOctokit } = await import("../../../dist/chunks/github-A4L7WNND.mjs");
  const octokit = getOctokit(dispatch.token, { baseUrl: context.apiUrl });
  try {
    await octokit.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
      owner: context.owner,
      repo: context.repo,
      workflow_id: dispatch.workflow,
      ref: dispatch.ref,
      inputs
    });
  } catch (error) {
    const status = error.status;
    const refused = status !== void 0 && status >= 400 && status < 500;
    if (refused) await releaseDispatchClaim(storage, state, runKey2).catch(() => void 0);
    throw new ActionError(dispatchFailure(error, dispatch, `${context.owner}/${context.repo}`, refused));
  }
  return "dispatched";
}
function dispatchFailure(error, dispatch, repository, refused) {
  const status = error.status;
  const said = error instanceof Error ? error.message : String(error);
  const what = `Starting ${dispatch.workflow} on ${dispatch.ref} in ${repository} failed`;
  if (!refused) {
    return `${what}: ${said}. GitHub may or may not have started it: look for the run in the Actions tab and start it by hand if it is missing (a re-run of this job will not dispatch again, so that it never starts twice).`;
  }
  const retry = "Nothing was started; fix that and re-run the job (the manifest is reused).";
  if (status === 401 || status === 403) {
    return `${what} (${status}: ${said}). The token needs the permission actions: write — add \`permissions: actions: write\` to the job (or pass a token that has it in the input token). ${retry}`;
  }
  if (status === 404) {
    return `${what} (404: ${said}). Input "dispatch-workflow" must name a workflow file in .github/workflows of ${repository}; the token also needs actions: write. ${retry}`;
  }
  if (status === 422) {
    return `${what} (422: ${said}). The workflow must have a workflow_dispatch trigger that declares the inputs manifest, count and those of dispatch-inputs, and dispatch-ref must be a branch or tag. ${retry}`;
  }
  return `${what}: ${said}. ${retry}`;
}

// actions/count-data/src/manifest.ts
function manifestHeaderOf(config, tally, context, now = /* @__PURE__ */ new Date()) {
  return {
    version: 1,
    source: formatGsUri(config.source),
    state: formatGsUri(config.state),
    pattern: config.pattern,
    unit: config.unit,
    createdAt: now.toISOString(),
    run: { repository: context.repository, runId: context.runId, job: context.job, sha: context.sha },
    count: tally.count,
    objects: tally.objects,
    bytes: tally.bytes,
    ...tally.perLabel === void 0 ? {} : { perLabel: sortedRecord(tally.perLabel) },
    ...config.onCorrupt === "skip" ? { corrupt: tally.corrupt } : {}
  };
}
function sortedRecord(map) {
  return Object.fromEntries([...map].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function shownUnit(unit, kinds) {
  if (unit !== "auto") return unit;
  return kinds.size === 1 ? [...kinds][0] : "units";
}

// actions/count-data/src/outputs.ts
function outputsFor(manifest, uri, threshold, dispatched) {
  return {
    count: manifest.count,
    enough: manifest.count >= threshold,
    threshold,
    objects: manifest.objects,
    bytes: manifest.bytes,
    manifest: uri,
    "per-label": manifest.perLabel === void 0 ? void 0 : JSON.stringify(manifest.perLabel),
    corrupt: manifest.corrupt === void 0 ? void 0 : JSON.stringify(manifest.corrupt),
    dispatched
  };
}

// actions/count-data/src/summary.ts
var CHART_LABELS = 40;
function summaryMarkdown(facts) {
  const enough = facts.count >= facts.threshold;
  const verdict = enough ? `✅ Enough new data: ${groupThousands(facts.count)} of ${groupThousands(facts.threshold)} ${facts.unit}` : `⏳ Not yet: ${groupThousands(facts.count)} of ${groupThousands(facts.threshold)} ${facts.unit}`;
  return joinBlocks(
    heading(verdict, 3),
    table(
      ["", "new", ""],
      [
        ["Objects", groupThousands(facts.objects), formatBytes(facts.bytes)],
        ["Already taken by a span", groupThousands(facts.taken), ""]
      ],
      { align: ["left", "right", "right"] }
    ),
    `Source ${code(facts.source)}; manifest ${code(facts.manifest)}${facts.manifestCreated ? "" : " (written by an earlier attempt of this job and reused: the same data as then)"}.`,
    facts.dispatch && dispatchLine(facts.dispatch),
    facts.perLabel && labelBlocks(facts.perLabel, facts.unit),
    facts.corrupt.length > 0 && joinBlocks(
      heading(`Skipped as corrupt: ${plural(facts.corrupt.length, "object")}`, 4),
      table(
        ["object", "generation", "why"],
        facts.corrupt.map((c) => [rawMarkdown(code(c.name)), c.generation, c.reason])
      )
    ),
    facts.changed.length > 0 && joinBlocks(
      `Changed while counting (rewritten or deleted after the listing; the next count sees the new version): ${plural(facts.changed.length, "object")}`,
      list(facts.changed.slice(0, 20).map((name) => rawMarkdown(code(name))))
    )
  );
}
function dispatchLine(dispatch) {
  switch (dispatch.outcome) {
    case "dispatched":
      return `Started ${code(dispatch.workflow)} with this manifest.`;
    case "already-dispatched":
      return `${code(dispatch.workflow)} was already started by an earlier attempt of this job: not started again.`;
    default:
      return `${code(dispatch.workflow)} not started: not enough data yet.`;
  }
}
function labelBlocks(perLabel, unit) {
  const labels = Object.keys(perLabel).sort();
  const shown2 = labels.slice(0, CHART_LABELS);
  const chart = [
    "xychart-beta",
    `  title ${mermaidLabel(`New ${unit} per label`)}`,
    `  x-axis [${shown2.map(mermaidLabel).join(", ")}]`,
    `  y-axis ${mermaidLabel(unit)}`,
    `  bar [${shown2.map((label) => perLabel[label]).join(", ")}]`
  ].join("\n");
  return joinBlocks(
    heading("Per label", 4),
    table(
      ["label", unit],
      labels.map((label) => [label, groupThousands(perLabel[label] ?? 0)]),
      { align: ["left", "right"] }
    ),
    mermaid(chart)
  );
}

// actions/count-data/src/main.ts
function run() {
  return runAction("count-data", async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context);
    const key = runKey(context);
    const storage = createStorage(config.project === void 0 ? {} : { projectId: config.project });
    const source = formatGsUri(config.source);
    const taken = await readTaken(storage, config.state);
    info(
      `${plural(taken.size, "object version")} already taken by ${plural(taken.spans.length, "published span")}.`
    );
    const entries = new ManifestEntriesFile();
    let tally;
    let written;
    try {
      tally = await group(`Counting new data under ${source}`, async () => {
        try {
          return await countNewData(storage, config, taken, entries);
        } catch (error) {
          if (!(error instanceof CorruptObjectError)) throw error;
          throw new ActionError(
            `${error.message} No manifest was written. Set on-corrupt: skip to count without it (it is then listed in the output corrupt), or replace the object.`
          );
        }
      });
      entries.close();
      written = await writeManifestFromFileOnce(
        storage,
        config.state,
        key,
        manifestHeaderOf(config, tally, context),
        entries
      );
    } finally {
      entries.remove();
    }
    const manifest = written.manifest;
    if (!written.created) info(`Reusing ${written.uri}, written by an earlier attempt of this job.`);
    const enough = manifest.count >= config.threshold;
    let outcome;
    if (config.dispatch !== void 0 && enough) {
      outcome = await dispatchOnce(storage, config.state, key, config.dispatch, context, {
        manifest: written.uri,
        count: manifest.count
      });
    }
    setOutputs(outputsFor(manifest, written.uri, config.threshold, outcome === "dispatched"));
    await writeSummary(
      summaryMarkdown({
        source,
        unit: shownUnit(manifest.unit, entries.unitKinds),
        count: manifest.count,
        threshold: config.threshold,
        objects: manifest.objects,
        bytes: manifest.bytes,
        perLabel: manifest.perLabel,
        manifest: written.uri,
        manifestCreated: written.created,
        corrupt: manifest.corrupt ?? [],
        changed: tally.changed,
        taken: tally.skipped.taken,
        dispatch: config.dispatch === void 0 ? void 0 : { workflow: config.dispatch.workflow, outcome: outcome ?? "not-enough" }
      })
    );
  });
}

// actions/count-data/src/index.ts
await run();
