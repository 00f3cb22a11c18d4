import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  API_ENDPOINT_FORMS,
  CONFIG_LABEL,
  JobChangeTracker,
  LABEL_RULES,
  MAX_LABELS,
  SPEC_LABEL,
  TEMPLATE_URL_FORM,
  applicationDefaultAuth,
  cancelPipelineJob,
  connectVertex,
  consoleUrl,
  describeGrpcError,
  endpointAddress,
  fetchPipelineTemplate,
  followPipelineJob,
  jobIdOf,
  labelProblem,
  looksLikeUrl,
  parseApiEndpoint,
  parseTemplateUrl,
  pipelineJobName,
  pipelineState,
  regionalEndpoint,
  sanitizeLabelKey,
  sanitizeLabelValue,
  submitPipelineJob,
  taskViews
} from "../../../dist/chunks/chunk-5URYLG6M.mjs";
import "../../../dist/chunks/chunk-AQP7U6WJ.mjs";
import "../../../dist/chunks/chunk-P7XAWB4I.mjs";
import {
  PipelineSpecError,
  credentialIn,
  findCredentials,
  jsonPath,
  listTasks,
  parsePipelineFile,
  pipelineName,
  plainValue,
  renderMermaid,
  rootParameters,
  specSha256
} from "../../../dist/chunks/chunk-2477BNA6.mjs";
import "../../../dist/chunks/chunk-MY3XDB4R.mjs";
import "../../../dist/chunks/chunk-5AOMNDTN.mjs";
import "../../../dist/chunks/chunk-3FTY7FXV.mjs";
import {
  gsUriMistake,
  parseGsUri
} from "../../../dist/chunks/chunk-GZHDFKOW.mjs";
import {
  forgetJobToCancel,
  rememberJobToCancel,
  userFacing
} from "../../../dist/chunks/chunk-L5B5SCAQ.mjs";
import {
  ActionError,
  InputError,
  code,
  createInputs,
  escapeMarkdown,
  formatDuration,
  heading,
  info,
  infoUntrusted,
  joinBlocks,
  link,
  list,
  maskDerived,
  mermaid,
  plural,
  quote,
  rawMarkdown,
  readRunContext,
  resolveInWorkspaceOrTemp,
  resolveInside,
  runAction,
  setOutputs,
  table,
  untilTerminated,
  warning,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import "../../../dist/chunks/chunk-LCBWELZU.mjs";

// actions/trigger-vertex/src/google-cloud-names.ts
function projectProblem(project) {
  if (/^\d{1,19}$/.test(project)) return void 0;
  const id = project.includes(":") ? project.slice(project.lastIndexOf(":") + 1) : project;
  const domain = project.includes(":") ? project.slice(0, project.lastIndexOf(":")) : "";
  if (domain !== "" && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
    return `${JSON.stringify(domain)} is not a domain`;
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(id)) {
    return "a project id has 6 to 30 lowercase letters, digits or hyphens, starts with a letter and does not end with a hyphen";
  }
  return void 0;
}
function regionProblem(region) {
  if (/^[a-z]+(-[a-z]+)+\d+-[a-z]$/.test(region))
    return "it is a zone; Vertex AI runs pipelines in a region (drop the last letter)";
  if (region === "global") return "Vertex AI Pipelines run in a region, not global";
  return /^[a-z]+(-[a-z]+)+\d+$/.test(region) ? void 0 : "it is not a region name";
}
function serviceAccountProblem(email) {
  return /^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(email) ? void 0 : "it is not an e-mail address";
}
function networkProblem(network) {
  if (!/^projects\/[^/]+\/global\/networks\/[a-z]([-a-z0-9]*[a-z0-9])?$/.test(network)) {
    return "it is not projects/<project number>/global/networks/<network>";
  }
  return /^projects\/\d+\//.test(network) ? void 0 : "Vertex AI wants the project number here, not the project id";
}
function encryptionKeyProblem(key, region) {
  const match = /^projects\/[^/]+\/locations\/([^/]+)\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/.exec(key);
  if (!match) return "it is not projects/<project>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>";
  return match[1] === region ? void 0 : `the key is in ${match[1]}; Vertex AI needs a key in the pipeline's region ${region}`;
}
var JOB_ID = /^[a-z][-a-z0-9]{0,127}$/;
var DISPLAY_NAME_MAX = 128;

// actions/trigger-vertex/src/spec-source.ts
import { existsSync, statSync } from "node:fs";
import { isAbsolute } from "node:path";
var ACCEPTED = `a compiled pipeline (JSON or YAML): a path in the workspace, a gs:// URI, or an Artifact Registry template URL (${TEMPLATE_URL_FORM})`;
async function readSpecSource(value, workspace, runnerTemp) {
  if (value.startsWith("gs://") || gsUriMistake(value) !== void 0) {
    return { kind: "gcs", uri: parseGsUri(value, "spec"), shown: value };
  }
  if (looksLikeUrl(value)) {
    const url = parseTemplateUrl(value);
    if ("problem" in url) {
      throw new InputError(
        "spec",
        value,
        `Input "spec" must be ${ACCEPTED}; got ${quote(value)}: ${url.problem}.`
      );
    }
    return { kind: "template", url, shown: url.href };
  }
  const path = isAbsolute(value) ? resolveInWorkspaceOrTemp("spec", value, workspace, runnerTemp) : resolveInside("spec", value, workspace);
  if (!existsSync(path) || !statSync(path).isFile()) {
    const why = existsSync(path) ? "is a folder" : "does not exist";
    throw new InputError(
      "spec",
      value,
      `Input "spec" must be ${ACCEPTED}; got ${quote(value)}, which ${why}. Compile the pipeline in an earlier step (compile-pipeline) and pass its output path.`
    );
  }
  return { kind: "file", path, shown: value };
}

// actions/trigger-vertex/src/config.ts
async function readConfig(inputs, context) {
  const project = checked(
    inputs.requiredString("project"),
    "project",
    "a Google Cloud project id such as my-project",
    projectProblem
  );
  const region = checked(
    inputs.requiredString("region"),
    "region",
    "a Google Cloud region such as us-central1",
    regionProblem
  );
  const spec = await readSpecSource(inputs.requiredString("spec"), context.workspace, context.runnerTemp);
  const pipelineRoot = inputs.optionalString("pipeline-root");
  if (pipelineRoot !== void 0)
    (await import("../../../dist/chunks/src-224NU5VW.mjs")).parseGsUri(pipelineRoot, "pipeline-root");
  const encryptionKey = inputs.optionalString("encryption-key");
  return {
    project,
    region,
    spec,
    displayName: readDisplayName(inputs.optionalString("display-name")),
    jobId: readJobId(inputs.optionalString("job-id")),
    parameters: inputs.object("parameters") ?? {},
    pipelineRoot,
    serviceAccount: optionalChecked(
      inputs.optionalString("service-account"),
      "service-account",
      "a service account e-mail address such as pipelines@my-project.iam.gserviceaccount.com",
      serviceAccountProblem
    ),
    network: optionalChecked(
      inputs.optionalString("network"),
      "network",
      "a VPC network such as projects/123456789/global/networks/my-vpc",
      networkProblem
    ),
    labels: readLabels(inputs.object("labels")),
    enableCaching: inputs.optionalString("enable-caching") === void 0 ? void 0 : inputs.boolean("enable-caching", true),
    encryptionKey: optionalChecked(
      encryptionKey,
      "encryption-key",
      "a Cloud KMS key name such as projects/my-project/locations/us-central1/keyRings/ring/cryptoKeys/key",
      (key) => encryptionKeyProblem(key, region)
    ),
    wait: inputs.boolean("wait", true),
    timeoutMs: readTimeout(inputs),
    cancelOnTimeout: inputs.boolean("cancel-on-timeout", false),
    cancelOnWorkflowCancel: inputs.boolean("cancel-on-workflow-cancel", true),
    endpoint: readEndpoint(inputs.optionalString("api-endpoint"), region)
  };
}
function checked(value, input, accepted, problemOf) {
  const problem = problemOf(value);
  if (problem !== void 0) {
    throw new InputError(
      input,
      value,
      `Input ${quote(input)} must be ${accepted}; got ${quote(value)}: ${problem}.`
    );
  }
  return value;
}
function optionalChecked(value, input, accepted, problemOf) {
  return value === void 0 ? void 0 : checked(value, input, accepted, problemOf);
}
function readDisplayName(value) {
  if (value !== void 0 && [...value].length > DISPLAY_NAME_MAX) {
    throw new InputError(
      "display-name",
      value,
      `Input "display-name" must be at most ${DISPLAY_NAME_MAX} characters; got ${[...value].length}.`
    );
  }
  return value;
}
function readJobId(value) {
  if (value !== void 0 && !JOB_ID.test(value)) {
    throw new InputError(
      "job-id",
      value,
      `Input "job-id" must be a Vertex AI pipeline job id: a lowercase letter, then up to 127 lowercase letters, digits or "-"; got ${quote(value)}.`
    );
  }
  return value;
}
function readLabels(labels) {
  const result = {};
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (value !== null && typeof value === "object") {
      throw new InputError(
        "labels",
        key,
        `Input "labels" must be a mapping of label names to text, such as "team: vision"; the value of ${quote(key)} is a ${Array.isArray(value) ? "list" : "mapping"}.`
      );
    }
    result[key] = value === null ? "" : String(value);
  }
  return result;
}
function readTimeout(inputs) {
  const ms = inputs.duration("timeout");
  if (ms !== void 0 && ms <= 0) {
    const value = inputs.string("timeout");
    throw new InputError(
      "timeout",
      value,
      `Input "timeout" must be a duration greater than zero, such as 90s, 45m or 2h30m; got ${quote(value)}. Leave it empty to wait as long as the job runs.`
    );
  }
  return ms;
}
function readEndpoint(value, region) {
  if (value === void 0) return regionalEndpoint(region);
  const endpoint = parseApiEndpoint(value);
  if ("problem" in endpoint) {
    throw new InputError(
      "api-endpoint",
      value,
      `Input "api-endpoint" must be ${API_ENDPOINT_FORMS}; got ${quote(value)}: ${endpoint.problem}.`
    );
  }
  return endpoint;
}

// actions/trigger-vertex/src/caching.ts
function withCaching(spec, enableCache) {
  const copy = structuredClone(spec);
  const components = [copy.root, ...Object.values(copy.components ?? {})];
  for (const component of components) {
    for (const task of Object.values(component?.dag?.tasks ?? {})) {
      if (task && typeof task === "object") task.cachingOptions = { enableCache };
    }
  }
  return copy;
}

// actions/trigger-vertex/src/credential-check.ts
var LISTED = 5;
function refuseCredentials(request) {
  const findings = findCredentials(request);
  if (findings.length === 0) return;
  const places = findings.slice(0, LISTED).map((finding) => `${finding.kind} at ${jsonPath(finding.segments) || "the top level"}`);
  const more = findings.length > LISTED ? ` and ${plural(findings.length - LISTED, "more place")}` : "";
  throw new ActionError(
    `The pipeline job would carry what looks like ${places.join("; ")}${more}; Vertex AI shows a job's spec, parameters and labels to everyone who can view the project. Remove it and pass it at run time (for example from Secret Manager). Nothing was submitted.`
  );
}

// actions/trigger-vertex/src/job-id.ts
var MAX_ID = 128;
var EARLIER_ATTEMPTS_CHECKED = 10;
function derivedJobId(pipelineName2, context, attempt = context.runAttempt, now = /* @__PURE__ */ new Date()) {
  const run2 = context.runId ? sanitise(context.runId) : `local-${now.toISOString().replace(/\D/g, "").slice(0, 14)}`;
  const suffix = `-${run2}-${attempt}`;
  let name = sanitise(pipelineName2) || "pipeline";
  if (!/^[a-z]/.test(name)) name = `p-${name}`;
  name = name.slice(0, MAX_ID - suffix.length).replace(/-+$/, "");
  return `${name}${suffix}`;
}
function earlierAttemptJobIds(pipelineName2, context) {
  if (!context.runId) return [];
  const ids = [];
  for (let attempt = context.runAttempt - 1; attempt >= 1 && ids.length < EARLIER_ATTEMPTS_CHECKED; attempt--) {
    ids.push(derivedJobId(pipelineName2, context, attempt));
  }
  return ids;
}
function sanitise(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

// actions/trigger-vertex/src/labels.ts
function automaticLabels(context) {
  const labels = {};
  if (context.repository) labels["github-repository"] = sanitizeLabelValue(context.repository);
  if (context.runId) labels["github-run-id"] = sanitizeLabelValue(context.runId);
  if (context.sha) labels["github-commit"] = sanitizeLabelValue(context.sha);
  return labels;
}
var FINGERPRINT_LABELS = 2;
function mergeLabels(fromFile, automatic, fromInput) {
  const changes = [];
  const reserved = [...Object.keys(automatic), SPEC_LABEL, CONFIG_LABEL];
  const labels = {};
  for (const [key, value] of Object.entries(fromFile ?? {})) {
    const clean = sanitised(key, String(value ?? ""), changes);
    if (!reserved.includes(clean.key)) labels[clean.key] = clean.value;
  }
  Object.assign(labels, automatic);
  const fromInputKeys = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(fromInput)) {
    refuseCredential(key, value);
    const clean = sanitised(key, value, changes);
    maskDerived(value, clean.value);
    if (reserved.includes(clean.key)) {
      throw new InputError(
        "labels",
        key,
        `Input "labels" may not set ${quote(clean.key)}: the action sets ${reserved.map((k) => quote(k)).join(", ")} itself.`
      );
    }
    const earlier = fromInputKeys.get(clean.key);
    if (earlier !== void 0) {
      throw new InputError(
        "labels",
        key,
        `Input "labels" has ${quote(earlier)} and ${quote(key)}, which both become the label ${quote(clean.key)} under Vertex AI's rules (${LABEL_RULES}).`
      );
    }
    fromInputKeys.set(clean.key, key);
    labels[clean.key] = clean.value;
  }
  const count = Object.keys(labels).length + FINGERPRINT_LABELS;
  if (count > MAX_LABELS) {
    throw new InputError(
      "labels",
      Object.keys(fromInput).join(", "),
      `Input "labels" brings the job to ${count} labels (with the pipeline file's and the action's own); Vertex AI allows ${MAX_LABELS}.`
    );
  }
  return { labels, changes };
}
function sanitised(key, value, changes) {
  if (labelProblem(key, value) === void 0) return { key, value };
  const clean = { key: sanitizeLabelKey(key), value: sanitizeLabelValue(value) };
  if (clean.key !== key) changes.push(`label key ${quote(key)} became ${quote(clean.key)}`);
  if (clean.value !== value)
    changes.push(
      `label ${quote(clean.key)}: value ${valueChanges(value, clean.value)} to fit (masked in this log, since the value given may be a secret)`
    );
  return clean;
}
function valueChanges(value, clean) {
  const done = [];
  const lower = value.toLowerCase();
  if (lower !== value) done.push("lower-cased");
  const replaced = [...lower].filter((c, i) => c !== [...clean][i] && i < [...clean].length).length;
  if (replaced > 0) done.push(`${replaced} ${replaced === 1 ? "character" : "characters"} replaced by "_"`);
  if ([...clean].length < [...value].length) done.push(`shortened to ${[...clean].length} characters`);
  return done.join(", ") || "changed";
}
function refuseCredential(key, value) {
  const kind = credentialIn(value);
  if (kind === void 0) return;
  throw new InputError(
    "labels",
    key,
    `Input "labels": the value of ${quote(key)} looks like ${kind}; labels are shown to everyone who can view the project. Remove it.`
  );
}

// actions/trigger-vertex/src/parameters.ts
var TYPE_WORDS = {
  STRING: "a string",
  NUMBER_INTEGER: "an integer",
  NUMBER_DOUBLE: "a number",
  BOOLEAN: "true or false",
  LIST: "a list",
  STRUCT: "a mapping"
};
function fits(type, value) {
  switch (type) {
    case "STRING":
      return typeof value === "string";
    case "NUMBER_INTEGER":
      return typeof value === "number" && Number.isSafeInteger(value);
    case "NUMBER_DOUBLE":
      return typeof value === "number" && Number.isFinite(value);
    case "BOOLEAN":
      return typeof value === "boolean";
    case "LIST":
      return Array.isArray(value);
    case "STRUCT":
      return typeof value === "object" && value !== null && !Array.isArray(value);
  }
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "boolean") return "a boolean";
  return `a ${typeof value}`;
}
function described(value) {
  return typeof value === "string" ? `a string of ${[...value].length} ${[...value].length === 1 ? "character" : "characters"} (not shown)` : kindOf(value);
}
function declaredParameters(parameters) {
  if (parameters.length === 0) return "the pipeline declares no parameters";
  const described2 = parameters.map((p) => {
    const extra = p.defaultValue !== void 0 ? `default ${JSON.stringify(p.defaultValue)}` : p.optional ? "optional" : "required";
    return `${p.name} (${p.type}, ${extra})`;
  });
  return `declared parameters: ${described2.join(", ")}`;
}
function checkParameters(given, declared, pipeline) {
  const byName = new Map(declared.map((p) => [p.name, p]));
  const listing = `; ${declaredParameters(declared)}.`;
  for (const [name, value] of Object.entries(given)) {
    const parameter = byName.get(name);
    if (parameter === void 0) {
      throw new InputError(
        "parameters",
        name,
        `Input "parameters" sets ${quote(name)}, which pipeline ${quote(pipeline)} does not declare${listing}`
      );
    }
    if (!fits(parameter.type, value)) {
      throw new InputError(
        "parameters",
        name,
        `Input "parameters": ${quote(name)} must be ${TYPE_WORDS[parameter.type]} (${parameter.type}); got ${described(value)}${listing}`
      );
    }
  }
  const missing = declared.filter((p) => !p.optional && !Object.hasOwn(given, p.name));
  if (missing.length > 0) {
    throw new InputError(
      "parameters",
      missing.map((p) => p.name).join(", "),
      `Input "parameters" must set ${missing.map((p) => quote(p.name)).join(", ")}, which pipeline ${quote(pipeline)} requires (no default)${listing}`
    );
  }
}
function legacyValue(type, value) {
  if (type === "NUMBER_INTEGER") return { intValue: value };
  if (type === "NUMBER_DOUBLE") return { doubleValue: value };
  return { stringValue: typeof value === "string" ? value : JSON.stringify(value) };
}

// actions/trigger-vertex/src/job-request.ts
function planJob(config, parsed, context) {
  const name = pipelineName(parsed.spec);
  const declared = rootParameters(parsed.spec, parsed.job);
  checkParameters(config.parameters, declared, name);
  const spec = config.enableCaching === void 0 ? parsed.spec : withCaching(parsed.spec, config.enableCaching);
  const { labels, changes } = mergeLabels(parsed.job?.labels, automaticLabels(context), config.labels);
  const fileRuntime = parsed.job?.runtimeConfig ?? {};
  const gcsOutputDirectory = config.pipelineRoot ?? fileRuntime.gcsOutputDirectory ?? spec.defaultPipelineRoot;
  if (!gcsOutputDirectory) {
    throw new InputError(
      "pipeline-root",
      "",
      `Input "pipeline-root" is required for this pipeline: the spec has no defaultPipelineRoot and the file no runtimeConfig.gcsOutputDirectory. Set it to the gs:// folder where Vertex AI writes the run's outputs.`
    );
  }
  const request = {
    jobId: config.jobId ?? derivedJobId(name, context),
    displayName: displayNameOf(config, parsed, name),
    pipelineSpec: spec,
    specSha256: specSha256(spec),
    labels,
    runtimeConfig: {
      gcsOutputDirectory,
      ...parameterFields(spec.schemaVersion, config.parameters, declared, fileRuntime)
    }
  };
  if (config.spec.kind === "template") request.templateUri = config.spec.url.href;
  if (config.serviceAccount) request.serviceAccount = config.serviceAccount;
  if (config.network) request.network = config.network;
  if (config.encryptionKey) request.encryptionKey = config.encryptionKey;
  refuseCredentials(request);
  return {
    request,
    pipelineName: name,
    earlierJobIds: config.jobId === void 0 ? earlierAttemptJobIds(name, context) : [],
    labelChanges: changes
  };
}
function displayNameOf(config, parsed, name) {
  const fromSpec = parsed.spec.pipelineInfo?.displayName;
  const displayName = config.displayName ?? parsed.job?.displayName ?? (typeof fromSpec === "string" ? fromSpec : name);
  return [...displayName || name || "pipeline"].slice(0, DISPLAY_NAME_MAX).join("");
}
function parameterFields(schemaVersion, given, declared, fileRuntime) {
  const typeOf = new Map(declared.map((p) => [p.name, p.type]));
  if (schemaVersion === "2.0.0") {
    const parameters = {};
    for (const [name, value] of Object.entries(fileRuntime.parameters ?? {})) {
      parameters[name] = legacyValue(typeOf.get(name) ?? "STRING", plainValue(value));
    }
    for (const [name, value] of Object.entries(given)) {
      parameters[name] = legacyValue(typeOf.get(name) ?? "STRING", value);
    }
    return Object.keys(parameters).length === 0 ? {} : { parameters };
  }
  const parameterValues = { ...fileRuntime.parameterValues ?? {}, ...given };
  return Object.keys(parameterValues).length === 0 ? {} : { parameterValues };
}

// actions/trigger-vertex/src/load-spec.ts
import { readFileSync } from "node:fs";
import { relative } from "node:path";
async function loadSpec(source, workspace, auth) {
  const text = await readText(source, auth);
  try {
    return parsePipelineFile(text, source.kind === "file" ? relative(workspace, source.path) : source.shown);
  } catch (error) {
    if (error instanceof PipelineSpecError) {
      throw new ActionError(`The spec is not a compiled pipeline: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
async function readText(source, auth) {
  switch (source.kind) {
    case "file":
      return readFileSync(source.path, "utf8");
    case "gcs": {
      const { createStorage, readObject } = await import("../../../dist/chunks/src-224NU5VW.mjs");
      try {
        return (await readObject(createStorage(), source.uri)).toString("utf8");
      } catch (error) {
        throw new ActionError(`Could not read the spec: ${error.message}`, { cause: error });
      }
    }
    case "template": {
      if (auth === void 0) throw new Error("Downloading a pipeline template needs credentials.");
      return await fetchPipelineTemplate(source.url, auth);
    }
  }
}

// actions/trigger-vertex/src/outputs.ts
function outputsFor(report) {
  return {
    "job-name": report.jobName,
    "job-id": report.jobId,
    state: report.state,
    "console-url": report.consoleUrl
  };
}

// actions/trigger-vertex/src/progress-log.ts
function logChange(change, elapsedMs) {
  const elapsed = elapsedMs < 1e3 ? "0s" : formatDuration(elapsedMs);
  infoUntrusted(`[${elapsed}] ${changeText(change)}`);
}
function changeText(change) {
  if (change.kind === "job") return `Pipeline job: ${transition(change.previous, change.state)}`;
  const error = change.task.error ? ` — ${change.task.error}` : "";
  return `${change.task.name}: ${transition(change.previous, change.task.state)}${error}`;
}
function transition(previous, state) {
  return previous === void 0 ? state : `${previous} → ${state}`;
}

// actions/trigger-vertex/src/run-job.ts
var CANCEL_WATCH_MS = 6e4;
async function runJob(vertex, plan, config, signal) {
  const cancelTarget = (name2) => rememberJobToCancel({ name: name2, project: vertex.project, region: vertex.region, endpoint: vertex.endpoint });
  const watchForCancel = config.wait && config.cancelOnWorkflowCancel;
  if (watchForCancel) cancelTarget(pipelineJobName(vertex, plan.request.jobId));
  info(
    `Creating pipeline job ${plan.request.jobId} in ${vertex.parent} (${endpointAddress(vertex.endpoint)}).`
  );
  const submission = await submitPipelineJob(vertex, plan.request, {
    earlierJobIds: plan.earlierJobIds,
    onRetry: (error, attempt, delayMs) => warning(
      `Creating the pipeline job failed (${describeGrpcError(error)}); try ${attempt + 1} in ${delayMs / 1e3}s. The job id is fixed, so a retry cannot start a second run.`
    )
  });
  const job = submission.job;
  const name = job.name ?? pipelineJobName(vertex, plan.request.jobId);
  const jobId = jobIdOf(name);
  if (watchForCancel && submission.outcome === "attached") cancelTarget(name);
  const url = consoleUrl(vertex.project, vertex.region, jobId);
  info(announce(submission, name));
  info(`Console: ${url}`);
  const report = (followed2, ending) => ({
    jobId,
    jobName: name,
    consoleUrl: url,
    pipelineName: plan.pipelineName,
    displayName: plan.request.displayName,
    submission: submission.outcome === "created" ? "created" : submission.via === "same-id" ? "attached" : "attached-earlier-attempt",
    job: followed2.job,
    state: followed2.state,
    ending,
    followedMs: followed2.elapsedMs
  });
  if (!config.wait) return report({ job, state: pipelineState(job), elapsedMs: 0 }, "not-waited");
  const tracker = new JobChangeTracker();
  const followed = await followPipelineJob(vertex, name, {
    initial: job,
    tracker,
    signal,
    ...config.timeoutMs === void 0 ? {} : { timeoutMs: config.timeoutMs },
    onChange: logChange,
    onPollError: (error, consecutive) => warning(
      `Checking the job failed (${describeGrpcError(error)}, ${consecutive} in a row); trying again.`
    )
  });
  if (followed.ending === "aborted") return report(followed, "aborted");
  if (followed.ending === "finished" || !config.cancelOnTimeout) {
    forgetJobToCancel();
    return report(followed, followed.ending);
  }
  info(`The timeout passed: cancelling pipeline job ${jobId} (cancel-on-timeout).`);
  const cancel = await cancelPipelineJob(vertex, name);
  const afterCancel = await followPipelineJob(vertex, name, {
    initial: followed.job,
    tracker,
    timeoutMs: CANCEL_WATCH_MS,
    onChange: logChange
  });
  forgetJobToCancel();
  return { ...report({ ...afterCancel, elapsedMs: followed.elapsedMs }, "timed-out"), cancel };
}
function announce(submission, name) {
  if (submission.outcome === "created") return `Created pipeline job ${name}.`;
  return submission.via === "same-id" ? `Pipeline job ${name} already exists with the same spec and settings (this step ran before, or a retried create had gone through): following it instead of starting another run.` : `An earlier attempt of this workflow run started pipeline job ${name} with the same spec and settings, and it has not failed: following it instead of starting another run.`;
}

// actions/trigger-vertex/src/summary.ts
var MARK = {
  SUCCEEDED: "✅",
  FAILED: "❌",
  CANCELLED: "⛔",
  CANCELLING: "⛔"
};
function summaryMarkdown(report, spec, verdict, now = /* @__PURE__ */ new Date()) {
  const mark = report.ending === "timed-out" ? "⏱️" : MARK[report.state] ?? (verdict.failure ? "❌" : "🚀");
  const tasks = taskViews(report.job);
  const states = Object.fromEntries(tasks.map((task) => [task.name, task.state]));
  return `${joinBlocks(
    heading(`${mark} Vertex AI pipeline ${report.displayName}: ${report.state}`, 3),
    list([
      rawMarkdown(`Run ${link(report.jobId, report.consoleUrl)} in the Cloud console`),
      rawMarkdown(`Pipeline ${code(report.pipelineName)}, job ${code(report.jobName)}`),
      submissionText(report)
    ]),
    withConsoleLink(verdict.failure ?? verdict.success ?? "", report.consoleUrl),
    tasksTable(spec, tasks, now),
    heading("Pipeline", 4),
    mermaid(renderMermaid(spec, { states }))
  )}
`;
}
function withConsoleLink(text, url) {
  return escapeMarkdown(text).split(escapeMarkdown(url)).join(link("the Cloud console", url));
}
function submissionText(report) {
  switch (report.submission) {
    case "created":
      return "Started by this step.";
    case "attached":
      return "Already started under this id by an earlier run of this step, with the same spec: followed, not started again.";
    case "attached-earlier-attempt":
      return "Started by an earlier attempt of this workflow run, with the same spec: followed, not started again.";
  }
}
function tasksTable(spec, tasks, now) {
  const byName = new Map(tasks.map((task) => [task.name, task]));
  const names = [
    .../* @__PURE__ */ new Set([...listTasks(spec).map((task) => task.name), ...tasks.map((task) => task.name)])
  ];
  if (names.length === 0) return false;
  const rows = names.map((name) => {
    const task = byName.get(name);
    return [rawMarkdown(code(name)), task?.state ?? "—", task === void 0 ? "" : durationOf(task, now)];
  });
  return joinBlocks(
    heading("Tasks", 4),
    table(["Task", "State", "Duration"], rows, { align: ["left", "left", "right"] })
  );
}
var NEVER_RAN = /* @__PURE__ */ new Set(["NOT_TRIGGERED", "SKIPPED", "PENDING"]);
function durationOf(task, now) {
  if (task.startTime === void 0 || NEVER_RAN.has(task.state)) return "";
  const ms = Math.max(0, (task.endTime ?? now).getTime() - task.startTime.getTime());
  const text = ms < 1e3 ? "<1s" : formatDuration(ms);
  return task.endTime === void 0 ? `${text} so far` : text;
}

// actions/trigger-vertex/src/verdict.ts
function verdictOf(report, config) {
  const job = `Pipeline job ${report.jobId}`;
  switch (report.ending) {
    case "not-waited":
      return {
        success: `${job} is ${report.state}; not waiting for it (wait: false). Follow it at ${report.consoleUrl}`
      };
    case "aborted":
      return {
        failure: config.cancelOnWorkflowCancel ? `The workflow was cancelled while pipeline job ${report.jobId} was ${report.state}; the post step cancels it (cancel-on-workflow-cancel).` : `The workflow was cancelled while pipeline job ${report.jobId} was ${report.state}; it keeps running (cancel-on-workflow-cancel is false): ${report.consoleUrl}`
      };
    case "timed-out": {
      const waited = `${job} did not finish within ${formatDuration(config.timeoutMs ?? 0)} (the timeout input)`;
      if (report.cancel === void 0) {
        return {
          failure: `${waited} and keeps running (${report.state}): ${report.consoleUrl}. Set cancel-on-timeout: true to stop it, or raise the timeout.`
        };
      }
      const ended = report.cancel === "cancelling" ? `was cancelled (now ${report.state})` : `ended ${report.state} meanwhile`;
      return { failure: `${waited} and ${ended}.` };
    }
    case "finished":
      return finishedVerdict(report, job);
  }
}
function finishedVerdict(report, job) {
  const took = `after ${formatDuration(report.followedMs)}`;
  if (report.state === "SUCCEEDED")
    return { success: `${job} SUCCEEDED ${report.submission === "created" ? took : "(it had run before)"}.` };
  if (report.state === "CANCELLED") {
    return {
      failure: `${job} was CANCELLED outside this workflow (in the console, or by another run): ${report.consoleUrl}`
    };
  }
  const failed = taskViews(report.job).filter((task) => task.state === "FAILED");
  const tasks = failed.length === 0 ? "" : ` Failed ${failed.length === 1 ? "task" : "tasks"}: ${failed.map((task) => task.error ? `${task.name} (${task.error})` : task.name).join("; ")}.`;
  const error = report.job.error?.message ? `: ${report.job.error.message.replace(/\.+$/, "")}` : "";
  return { failure: `${job} ${report.state}${error}.${tasks} Logs: ${report.consoleUrl}` };
}

// actions/trigger-vertex/src/main.ts
function run() {
  return runAction("trigger-vertex", async () => {
    try {
      const context = readRunContext();
      const config = await readConfig(createInputs(), context);
      const specNeedsCredentials = config.spec.kind === "template" || config.spec.kind === "gcs" && !config.endpoint.local;
      let auth = specNeedsCredentials ? await applicationDefaultAuth(config.project) : void 0;
      const parsed = await loadSpec(config.spec, context.workspace, auth);
      const plan = planJob(config, parsed, context);
      for (const change of plan.labelChanges) info(`Vertex AI label rules: ${change}.`);
      if (!config.endpoint.local) auth ??= await applicationDefaultAuth(config.project);
      const vertex = await connectVertex({
        project: config.project,
        region: config.region,
        endpoint: config.endpoint,
        ...auth ? { auth } : {}
      });
      try {
        const report = await untilTerminated(
          (signal) => runJob(vertex, plan, config, signal),
          () => new Error("The workflow was cancelled.")
        );
        setOutputs(outputsFor(report));
        const verdict = verdictOf(report, config);
        await writeSummary(summaryMarkdown(report, plan.request.pipelineSpec, verdict));
        if (verdict.failure !== void 0) throw new ActionError(verdict.failure);
        if (verdict.success !== void 0) info(verdict.success);
      } finally {
        await vertex.close();
      }
    } catch (error) {
      throw userFacing(error);
    }
  });
}

// actions/trigger-vertex/src/index.ts
await run();
