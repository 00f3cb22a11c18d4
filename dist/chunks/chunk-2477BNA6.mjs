import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-J7N4K3SP.mjs";
import {
  __toESM
} from "./chunk-LCBWELZU.mjs";

// packages/pipeline-spec/src/credentials.ts
var CREDENTIAL_KINDS = [
  { name: "a GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g },
  { name: "a GitHub fine-grained personal access token", pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g },
  { name: "a Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{30,}\b/g },
  { name: "an AWS access key id", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  {
    name: "a PEM private key",
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END [A-Z0-9 ]*-----)?/g
  },
  { name: "a Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: "a Google OAuth access token", pattern: /\bya29\.[0-9A-Za-z_-]{20,}/g }
];
var SERVICE_ACCOUNT_KEY = /"type"\s*:\s*"service_account"[\s\S]*"private_key(?:_id)?"|"private_key(?:_id)?"[\s\S]*"type"\s*:\s*"service_account"/;
function credentialIn(text) {
  if (!/gh[pousr]_|github_pat_|hf_|AKIA|ASIA|PRIVATE KEY|AIza|ya29\.|service_account/.test(text)) {
    return void 0;
  }
  for (const kind of CREDENTIAL_KINDS) {
    kind.pattern.lastIndex = 0;
    if (kind.pattern.test(text)) return kind.name;
  }
  if (SERVICE_ACCOUNT_KEY.test(text)) return "a service-account key";
  return void 0;
}
function redactCredentials(text) {
  let redacted = text;
  for (const kind of CREDENTIAL_KINDS) {
    redacted = redacted.replace(kind.pattern, `[redacted: ${kind.name}]`);
  }
  if (/"type"\s*:\s*"service_account"/.test(redacted)) {
    redacted = redacted.replace(/("private_key(?:_id)?"\s*:\s*)"(?:[^"\\]|\\.)*"/g, '$1"[redacted]"');
  }
  return redacted;
}

// packages/pipeline-spec/src/redacted-copy.ts
function redactedCopy(value) {
  return JSON.parse(
    JSON.stringify(value, (_key, item) => {
      if (typeof item === "string") return redactCredentials(item);
      if (typeof item !== "object" || item === null || Array.isArray(item)) return item;
      const keys = Object.keys(item);
      if (!keys.some((key) => credentialIn(key) !== void 0)) return item;
      return Object.fromEntries(
        keys.map((key) => [redactCredentials(key), item[key]])
      );
    })
  );
}

// packages/pipeline-spec/src/json-object.ts
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function objectOrEmpty(value) {
  return isObject(value) ? value : {};
}
function stringOrUndefined(value) {
  return typeof value === "string" ? value : void 0;
}
function entriesOf(value) {
  return isObject(value) ? Object.entries(value) : [];
}

// packages/pipeline-spec/src/dag-walk.ts
var MAX_VISITED_TASKS = 1e6;
function walkDags(spec) {
  const components = objectOrEmpty(spec.components);
  const dags = [];
  let visited = 0;
  const visit = (dag, stack) => {
    dags.push(dag);
    visited += dag.tasks.length;
    for (const [name, task] of dag.tasks) {
      if (visited > MAX_VISITED_TASKS) return;
      const ref = componentRefOf(task);
      if (ref === void 0 || stack.has(ref)) continue;
      const component = components[ref];
      if (!isObject(component) || !isObject(component.dag)) continue;
      stack.add(ref);
      visit(
        {
          path: `${dag.path}/${name}`,
          location: ["components", ref, "dag"],
          tasks: entriesOf(component.dag.tasks),
          outputs: component.dag.outputs,
          component: ref
        },
        stack
      );
      stack.delete(ref);
    }
  };
  const rootDag = objectOrEmpty(objectOrEmpty(spec.root).dag);
  const root = {
    path: "root",
    location: ["root", "dag"],
    tasks: entriesOf(rootDag.tasks),
    outputs: rootDag.outputs,
    component: void 0
  };
  visit(root, /* @__PURE__ */ new Set());
  return dags;
}
function componentRefOf(task) {
  return isObject(task) ? stringOrUndefined(objectOrEmpty(task.componentRef).name) : void 0;
}

// packages/pipeline-spec/src/json-path.ts
function jsonPath(segments) {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (credentialIn(segment) !== void 0) path += "[redacted]";
    else if (/^[A-Za-z0-9_$-]+$/.test(segment)) path += path === "" ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

// packages/pipeline-spec/src/problems.ts
var ProblemList = class {
  items = [];
  scope;
  constructor(scope = "spec") {
    this.scope = scope;
  }
  error(rule, segments, message) {
    this.add("error", rule, segments, message);
  }
  warning(rule, segments, message) {
    this.add("warning", rule, segments, message);
  }
  add(severity, rule, segments, message) {
    const path = jsonPath(segments);
    this.items.push({
      severity,
      rule,
      scope: this.scope,
      segments,
      path: this.scope === "platform" ? `(platform spec) ${path}` : path || "(top level)",
      message: redactCredentials(message)
    });
  }
};
function formatProblem(problem) {
  return `${problem.path}: ${problem.message}`;
}

// packages/pipeline-spec/src/rules/component-recursion.ts
function checkComponentRecursion(spec, problems) {
  const components = objectOrEmpty(spec.components);
  const uses = /* @__PURE__ */ new Map();
  for (const [name, component] of entriesOf(components)) {
    if (!isObject(component) || !isObject(component.dag)) continue;
    const inner = [];
    for (const [task, taskSpec] of entriesOf(component.dag.tasks)) {
      const ref = componentRefOf(taskSpec);
      if (ref !== void 0 && isObject(components[ref]) && isObject(components[ref].dag)) {
        inner.push({ task, component: ref });
      }
    }
    uses.set(name, inner);
  }
  const reported = /* @__PURE__ */ new Set();
  const done = /* @__PURE__ */ new Set();
  const walk = (name, stack) => {
    if (done.has(name)) return;
    for (const use of uses.get(name) ?? []) {
      const from = stack.indexOf(use.component);
      if (from !== -1 || use.component === name) {
        const loop = [...stack.slice(from === -1 ? stack.length : from), name, use.component];
        if (!reported.has(name)) {
          reported.add(name);
          problems.error(
            "component-recursion",
            ["components", name, "dag", "tasks", use.task, "componentRef", "name"],
            `component ${JSON.stringify(use.component)} contains itself: ${loop.map((c) => JSON.stringify(c)).join(" → ")}`
          );
        }
        continue;
      }
      walk(use.component, [...stack, name]);
    }
    done.add(name);
  };
  for (const name of uses.keys()) walk(name, []);
}

// packages/pipeline-spec/src/rules/component-refs.ts
function checkComponentRefs(spec, dags, problems) {
  const components = objectOrEmpty(spec.components);
  for (const dag of dags) {
    for (const [name, task] of dag.tasks) {
      const at = [...dag.location, "tasks", name];
      if (!isObject(task)) {
        problems.error("task", at, "a task must be an object");
        continue;
      }
      const ref = isObject(task.componentRef) ? task.componentRef.name : void 0;
      if (typeof ref !== "string" || ref === "") {
        problems.error(
          "component-ref",
          [...at, "componentRef", "name"],
          "missing; a task must name its component"
        );
      } else if (!Object.hasOwn(components, ref) || !isObject(components[ref])) {
        problems.error(
          "component-ref",
          [...at, "componentRef", "name"],
          `component ${JSON.stringify(ref)} is not defined`
        );
      }
    }
  }
}

// packages/pipeline-spec/src/credential-scan.ts
function findCredentials(document) {
  const findings = [];
  const path = [];
  const visit = (value) => {
    if (typeof value === "string") {
      const kind = credentialIn(value);
      if (kind !== void 0) findings.push({ segments: [...path], kind });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
    } else if (isObject(value)) {
      if (value.type === "service_account" && ("private_key" in value || "private_key_id" in value)) {
        findings.push({ segments: [...path], kind: "a service-account key" });
        return;
      }
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const keyKind = credentialIn(key);
        if (keyKind !== void 0) findings.push({ segments: [...path], kind: `a key that is ${keyKind}` });
        path.push(key);
        visit(value[key]);
        path.pop();
      }
    }
  };
  visit(document);
  return findings;
}

// packages/pipeline-spec/src/rules/credentials.ts
function checkCredentials(document, problems) {
  for (const finding of findCredentials(document)) {
    problems.error(
      "credential",
      finding.segments,
      `looks like ${finding.kind}; a compiled pipeline is readable by everyone who can read its bucket. Remove it and pass it at run time (for example from Secret Manager)`
    );
  }
}

// packages/pipeline-spec/src/task-dependencies.ts
function taskReferences(task) {
  if (!isObject(task)) return [];
  const references = [];
  const dependent = task.dependentTasks;
  if (Array.isArray(dependent)) {
    dependent.forEach((name, index) => {
      if (typeof name === "string") references.push({ task: name, at: ["dependentTasks", index] });
    });
  }
  const inputs = objectOrEmpty(task.inputs);
  for (const [kind, field] of [
    ["parameters", "taskOutputParameter"],
    ["parameters", "taskFinalStatus"],
    ["artifacts", "taskOutputArtifact"]
  ]) {
    for (const [name, input] of entriesOf(inputs[kind])) {
      const producer = stringOrUndefined(objectOrEmpty(objectOrEmpty(input)[field]).producerTask);
      if (producer !== void 0) {
        references.push({ task: producer, at: ["inputs", kind, name, field, "producerTask"] });
      }
    }
  }
  return references;
}
function dependenciesOf(task) {
  return [...new Set(taskReferences(task).map((reference) => reference.task))];
}

// packages/pipeline-spec/src/rules/dag-cycles.ts
function checkDagCycles(dags, problems) {
  for (const dag of dags) {
    const edges = edgesOf(dag);
    for (const group of cyclicGroups(edges)) {
      const cycle = shortestCycle(group, edges);
      const [first] = cycle;
      const reference = edges.get(first)?.get(cycle[1] ?? first);
      problems.error(
        "dag-cycle",
        [...dag.location, "tasks", first, ...reference.at],
        `tasks depend on each other in a cycle: ${[...cycle, first].map((t) => JSON.stringify(t)).join(" → ")} (→ means "depends on")`
      );
    }
  }
}
function edgesOf(dag) {
  const names = new Set(dag.tasks.map(([name]) => name));
  const edges = /* @__PURE__ */ new Map();
  for (const [name, task] of dag.tasks) {
    const targets = /* @__PURE__ */ new Map();
    for (const reference of taskReferences(task)) {
      if (names.has(reference.task) && !targets.has(reference.task)) targets.set(reference.task, reference);
    }
    edges.set(name, targets);
  }
  return edges;
}
function cyclicGroups(edges) {
  const order = [...edges.keys()];
  const position = new Map(order.map((name, i) => [name, i]));
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const groups = [];
  let counter = 0;
  for (const start of order) {
    if (index.has(start)) continue;
    const work = [];
    const open = (node) => {
      index.set(node, counter);
      low.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, targets: edges.get(node).keys() });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const next = frame.targets.next();
      if (!next.done) {
        const target = next.value;
        if (!index.has(target)) open(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== void 0) {
        low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      if (group.length > 1 || edges.get(frame.node)?.has(frame.node)) {
        groups.push(group.sort((a, b) => position.get(a) - position.get(b)));
      }
    }
  }
  return groups.sort(
    (a, b) => position.get(a[0]) - position.get(b[0])
  );
}
function shortestCycle(group, edges) {
  const start = group[0];
  const members = new Set(group);
  const previous = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const target of edges.get(node).keys()) {
      if (!members.has(target)) continue;
      if (target === start) {
        const cycle = [node];
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0]));
        return cycle;
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start];
}

// packages/pipeline-spec/src/rules/executor-labels.ts
function checkExecutorLabels(spec, problems) {
  const executors = objectOrEmpty(objectOrEmpty(spec.deploymentSpec).executors);
  for (const [name, component] of entriesOf(spec.components)) {
    const at = ["components", name];
    if (!isObject(component)) {
      problems.error("component", at, "a component must be an object");
      continue;
    }
    const label = component.executorLabel;
    if (label === void 0) {
      if (!isObject(component.dag))
        problems.error("executor-label", at, "has neither an executorLabel nor a dag");
      continue;
    }
    if (typeof label !== "string" || label === "") {
      problems.error("executor-label", [...at, "executorLabel"], "must be the name of an executor");
    } else if (!Object.hasOwn(executors, label) || !isObject(executors[label])) {
      problems.error(
        "executor-label",
        [...at, "executorLabel"],
        `executor ${JSON.stringify(label)} is not defined in deploymentSpec.executors`
      );
    }
  }
}

// packages/pipeline-spec/src/image-reference.ts
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var DOMAIN = new RegExp(
  `^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`
);
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var MAX_NAME_LENGTH = 255;
function parseImageReference(text) {
  if (text === "") return { problem: "it is empty" };
  if (/\s/.test(text)) return { problem: "it contains white space" };
  const at = text.indexOf("@");
  const digest = at === -1 ? void 0 : text.slice(at + 1);
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const lastSlash = beforeDigest.lastIndexOf("/");
  const colon = beforeDigest.indexOf(":", lastSlash + 1);
  const tag = colon === -1 ? void 0 : beforeDigest.slice(colon + 1);
  const name = colon === -1 ? beforeDigest : beforeDigest.slice(0, colon);
  if (digest !== void 0) {
    if (!DIGEST.test(digest))
      return { problem: `its digest is not algorithm:hex (such as sha256: and 64 hex digits)` };
    if (digest.startsWith("sha256:") && !/^sha256:[0-9a-f]{64}$/.test(digest)) {
      return { problem: "a sha256 digest must be 64 lowercase hex digits" };
    }
  }
  if (tag !== void 0 && !TAG.test(tag)) {
    return {
      problem: 'its tag must be 1 to 128 letters, digits, "_", "." or "-", not starting with "." or "-"'
    };
  }
  if (name === "") return { problem: "it has no repository name" };
  if (name.length > MAX_NAME_LENGTH)
    return { problem: `its name is longer than ${MAX_NAME_LENGTH} characters` };
  const components = name.split("/");
  const first = components[0];
  const hasDomain = components.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  if (hasDomain && !DOMAIN.test(first))
    return { problem: `its registry ${JSON.stringify(first)} is not a host name` };
  for (const component of hasDomain ? components.slice(1) : components) {
    if (!PATH_COMPONENT.test(component)) {
      return {
        problem: `its path component ${JSON.stringify(component)} must be lowercase letters and digits, separated by ".", "_", "__" or "-"`
      };
    }
  }
  return {
    name,
    ...hasDomain ? { domain: first } : {},
    ...tag === void 0 ? {} : { tag },
    ...digest === void 0 ? {} : { digest }
  };
}
function isImageProblem(parsed) {
  return "problem" in parsed;
}
function canonicalImageName(name) {
  const components = name.split("/");
  const first = components[0];
  const hasDomain = components.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  if (hasDomain) return first === "index.docker.io" ? `docker.io/${components.slice(1).join("/")}` : name;
  return components.length === 1 ? `docker.io/library/${name}` : `docker.io/${name}`;
}
function isPlaceholderImage(image) {
  return image.includes("{{$");
}

// packages/pipeline-spec/src/rules/images.ts
function checkImages(spec, problems) {
  const users = /* @__PURE__ */ new Map();
  for (const [label, executor] of entriesOf(objectOrEmpty(spec.deploymentSpec).executors)) {
    if (!isObject(executor) || !isObject(executor.container)) continue;
    const image = executor.container.image;
    if (typeof image !== "string" || image.trim() === "") {
      problems.error("image", imagePath(label), "missing; a container executor needs an image");
    } else if (!isPlaceholderImage(image)) {
      const labels = users.get(image);
      if (labels === void 0) users.set(image, [label]);
      else labels.push(label);
    }
  }
  for (const [image, labels] of users) {
    const at = imagePath(labels[0]);
    const also = labels.length > 1 ? ` (used by ${labels.length} executors)` : "";
    const parsed = parseImageReference(image);
    if (isImageProblem(parsed)) {
      problems.error(
        "image",
        at,
        `${JSON.stringify(image)}${also} is not a valid image reference: ${parsed.problem}`
      );
    } else if (parsed.digest === void 0 && (parsed.tag === void 0 || parsed.tag === "latest")) {
      const what = parsed.tag === void 0 ? "has no tag or digest, so it runs" : "runs";
      problems.warning(
        "image-pin",
        at,
        `${JSON.stringify(image)}${also} ${what} whatever :latest is when the pipeline starts; pin a digest (the image input of compile-pipeline takes the one build-image outputs) or a version tag`
      );
    }
  }
}
function imagePath(label) {
  return ["deploymentSpec", "executors", label, "container", "image"];
}

// packages/pipeline-spec/src/constant-value.ts
var VALUE_KEYS = ["stringValue", "intValue", "doubleValue"];
function isLegacyValue(value) {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && VALUE_KEYS.includes(keys[0]);
}
function plainValue(value) {
  if (!isLegacyValue(value)) return value;
  if ("intValue" in value) {
    const n = Number(value.intValue);
    return Number.isSafeInteger(n) ? n : value.intValue;
  }
  if ("doubleValue" in value) return Number(value.doubleValue);
  return value.stringValue;
}

// packages/pipeline-spec/src/parameter-types.ts
var LEGACY_TYPES = {
  STRING: "STRING",
  INT: "NUMBER_INTEGER",
  DOUBLE: "NUMBER_DOUBLE"
};
var PARAMETER_TYPES = [
  "STRING",
  "NUMBER_INTEGER",
  "NUMBER_DOUBLE",
  "BOOLEAN",
  "LIST",
  "STRUCT",
  "TASK_FINAL_STATUS"
];
function parameterTypeOf(definition) {
  const { parameterType, type } = definition ?? {};
  if (typeof parameterType === "string") {
    return PARAMETER_TYPES.includes(parameterType) && parameterType !== "TASK_FINAL_STATUS" ? parameterType : void 0;
  }
  return typeof type === "string" ? LEGACY_TYPES[type] : void 0;
}

// packages/pipeline-spec/src/rules/parameter-types.ts
var LEGACY_NAMES = Object.keys(LEGACY_TYPES).join(", ");
function checkParameterTypes(spec, dags, problems) {
  const definitions = /* @__PURE__ */ new Map();
  const sources = [[["root"], spec.root]];
  for (const [name, component] of entriesOf(spec.components)) sources.push([["components", name], component]);
  for (const [at, component] of sources) {
    if (!isObject(component)) continue;
    for (const side of ["inputDefinitions", "outputDefinitions"]) {
      for (const [name, definition] of entriesOf(objectOrEmpty(component[side]).parameters)) {
        checkDefinition(definition, [...at, side, "parameters", name], problems);
      }
    }
    if (at[0] === "components") {
      definitions.set(String(at[1]), objectOrEmpty(objectOrEmpty(component.inputDefinitions).parameters));
    }
  }
  const components = objectOrEmpty(spec.components);
  for (const dag of dags) {
    for (const [task, taskSpec] of dag.tasks) {
      if (!isObject(taskSpec)) continue;
      const ref = objectOrEmpty(taskSpec.componentRef).name;
      const inputs = typeof ref === "string" && isObject(components[ref]) ? definitions.get(ref) : void 0;
      for (const [name, input] of entriesOf(objectOrEmpty(taskSpec.inputs).parameters)) {
        const at = [...dag.location, "tasks", task, "inputs", "parameters", name];
        if (inputs !== void 0 && !Object.hasOwn(inputs, name)) {
          problems.warning(
            "parameter-type",
            at,
            `component ${JSON.stringify(ref)} has no input parameter ${JSON.stringify(name)}`
          );
        }
        const runtime = objectOrEmpty(objectOrEmpty(input).runtimeValue);
        const expected = inputs === void 0 ? void 0 : typeOf(inputs[name]);
        if ("constantValue" in runtime) {
          checkLegacyConstant(
            runtime.constantValue,
            [...at, "runtimeValue", "constantValue"],
            expected,
            problems
          );
        } else if ("constant" in runtime && expected !== void 0) {
          const kind = kindFitting(runtime.constant, expected);
          if (kind !== void 0) {
            problems.error(
              "parameter-type",
              [...at, "runtimeValue", "constant"],
              `${kind} does not fit the parameter's type ${expected}`
            );
          }
        }
      }
    }
  }
}
function typeOf(definition) {
  const { parameterType, type } = objectOrEmpty(definition);
  if (typeof parameterType === "string")
    return PARAMETER_TYPES.includes(parameterType) ? parameterType : void 0;
  return typeof type === "string" ? LEGACY_TYPES[type] : void 0;
}
function checkDefinition(definition, at, problems) {
  if (!isObject(definition)) {
    problems.error("parameter-type", at, "a parameter definition must be an object");
    return;
  }
  const { parameterType, type } = definition;
  if (parameterType !== void 0) {
    if (typeof parameterType !== "string" || !PARAMETER_TYPES.includes(parameterType)) {
      problems.error(
        "parameter-type",
        [...at, "parameterType"],
        `${JSON.stringify(parameterType)} is not a parameter type; expected one of ${PARAMETER_TYPES.join(", ")}`
      );
      return;
    }
  } else if (type !== void 0) {
    if (typeof type !== "string" || !Object.hasOwn(LEGACY_TYPES, type)) {
      problems.error(
        "parameter-type",
        [...at, "type"],
        `${JSON.stringify(type)} is not a parameter type; expected one of ${LEGACY_NAMES}`
      );
      return;
    }
  } else {
    problems.error(
      "parameter-type",
      at,
      `has no type: expected parameterType (${PARAMETER_TYPES.join(", ")}) or type (${LEGACY_NAMES})`
    );
    return;
  }
  const expected = typeOf(definition);
  if (definition.defaultValue !== void 0) {
    const kind = kindFitting(plainValue(definition.defaultValue), expected);
    if (kind !== void 0) {
      problems.error(
        "parameter-type",
        [...at, "defaultValue"],
        `the default is ${kind}, which does not fit the type ${expected}`
      );
    }
  }
}
function kindFitting(value, type) {
  const fits = type === "STRING" && typeof value === "string" || type === "NUMBER_INTEGER" && Number.isInteger(value) || type === "NUMBER_DOUBLE" && typeof value === "number" || type === "BOOLEAN" && typeof value === "boolean" || type === "LIST" && Array.isArray(value) || type === "STRUCT" && isObject(value) || type === "TASK_FINAL_STATUS";
  if (fits) return void 0;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number with a fraction";
  return `${typeof value === "object" ? "an" : "a"} ${typeof value === "object" ? "object" : typeof value}`;
}
function checkLegacyConstant(constant, at, expected, problems) {
  if (!isLegacyValue(constant)) {
    problems.error("parameter-type", at, "must hold exactly one of intValue, doubleValue or stringValue");
    return;
  }
  const [key, value] = Object.entries(constant)[0];
  const valid = key === "intValue" ? typeof value === "string" && /^-?\d+$/.test(value) || Number.isInteger(value) : key === "doubleValue" ? typeof value === "number" && Number.isFinite(value) || typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) : typeof value === "string";
  if (!valid) {
    const what = key === "intValue" ? "an integer" : key === "doubleValue" ? "a number" : "a string";
    problems.error("parameter-type", [...at, key], `must be ${what}`);
    return;
  }
  const implied = key === "intValue" ? "NUMBER_INTEGER" : key === "doubleValue" ? "NUMBER_DOUBLE" : "STRING";
  if (expected !== void 0 && implied !== expected && !(implied === "NUMBER_INTEGER" && expected === "NUMBER_DOUBLE")) {
    problems.error(
      "parameter-type",
      [...at, key],
      `a ${key} constant does not fit the parameter's type ${expected}`
    );
  }
}

// packages/pipeline-spec/src/rules/structure.ts
var SUPPORTED_SCHEMA_VERSIONS = ["2.0.0", "2.1.0"];
var PIPELINE_NAME = /^[a-z0-9][a-z0-9-]{0,127}$/;
function checkStructure(spec, problems) {
  const version = spec.schemaVersion;
  const supported = SUPPORTED_SCHEMA_VERSIONS.join(" or ");
  if (version === void 0) {
    problems.error("schema-version", ["schemaVersion"], `missing; expected ${supported}`);
  } else if (typeof version !== "string" || !SUPPORTED_SCHEMA_VERSIONS.includes(version)) {
    problems.error(
      "schema-version",
      ["schemaVersion"],
      `${JSON.stringify(version)} is not supported; expected ${supported}`
    );
  }
  const name = isObject(spec.pipelineInfo) ? spec.pipelineInfo.name : void 0;
  if (typeof name !== "string" || name === "") {
    problems.error("pipeline-name", ["pipelineInfo", "name"], "missing; Vertex AI needs the pipeline name");
  } else if (!PIPELINE_NAME.test(name)) {
    problems.error(
      "pipeline-name",
      ["pipelineInfo", "name"],
      `${JSON.stringify(name)} is not a valid Vertex AI pipeline name: lowercase letters, digits and "-", starting with a letter or digit, at most 128 characters`
    );
  }
  for (const [segments, what] of [
    [["components"], "an object of components"],
    [["deploymentSpec", "executors"], "an object of executors"]
  ]) {
    const value = segments.reduce((at, key) => isObject(at) ? at[key] : void 0, spec);
    if (value === void 0) problems.error("structure", [...segments], `missing; expected ${what}`);
    else if (!isObject(value)) problems.error("structure", [...segments], `must be ${what}`);
  }
  const root = spec.root;
  if (!isObject(root)) {
    problems.error("structure", ["root"], "missing; the pipeline has no root DAG");
    return;
  }
  if (!isObject(root.dag)) {
    problems.error("structure", ["root", "dag"], "missing; the pipeline has no root DAG");
    return;
  }
  const tasks = root.dag.tasks;
  if (!isObject(tasks))
    problems.error("structure", ["root", "dag", "tasks"], "missing; the pipeline has no tasks");
  else if (Object.keys(tasks).length === 0)
    problems.error("structure", ["root", "dag", "tasks"], "the pipeline has no tasks");
}

// packages/pipeline-spec/src/rules/task-references.ts
function checkTaskReferences(spec, dags, problems) {
  const components = objectOrEmpty(spec.components);
  for (const dag of dags) {
    const tasks = new Map(dag.tasks);
    const enclosing = objectOrEmpty(
      dag.component === void 0 ? spec.root : components[dag.component]
    );
    const where = dag.path === "root" ? "the root DAG" : `the DAG of ${dag.path}`;
    for (const [name, task] of dag.tasks) {
      const at = [...dag.location, "tasks", name];
      for (const reference of taskReferences(task)) {
        if (!tasks.has(reference.task)) {
          problems.error(
            "task-reference",
            [...at, ...reference.at],
            `task ${JSON.stringify(reference.task)} is not defined in ${where}`
          );
        }
      }
      checkProducerOutputs(task, at, tasks, components, problems);
      checkEnclosingInputs(task, at, enclosing, problems);
    }
    checkDagOutputs(dag, tasks, problems);
  }
}
var OUTPUT_READERS = [
  { kind: "parameters", field: "taskOutputParameter", key: "outputParameterKey" },
  { kind: "artifacts", field: "taskOutputArtifact", key: "outputArtifactKey" }
];
function checkProducerOutputs(task, at, tasks, components, problems) {
  const inputs = objectOrEmpty(isObject(task) ? task.inputs : void 0);
  for (const { kind, field, key } of OUTPUT_READERS) {
    for (const [input, spec] of entriesOf(inputs[kind])) {
      const reader = objectOrEmpty(objectOrEmpty(spec)[field]);
      const producer = tasks.get(String(reader.producerTask));
      const output = reader[key];
      if (producer === void 0 || typeof output !== "string") continue;
      const ref = objectOrEmpty(producer.componentRef).name;
      const component = objectOrEmpty(typeof ref === "string" ? components[ref] : void 0);
      if (!isObject(component) || Object.keys(component).length === 0) continue;
      const outputs = objectOrEmpty(objectOrEmpty(component.outputDefinitions)[kind]);
      if (!Object.hasOwn(outputs, output)) {
        const noun = kind === "parameters" ? "output parameter" : "output artifact";
        problems.error(
          "task-reference",
          [...at, "inputs", kind, input, field, key],
          `task ${JSON.stringify(reader.producerTask)} (component ${JSON.stringify(ref)}) has no ${noun} ${JSON.stringify(output)}`
        );
      }
    }
  }
}
var ENCLOSING_READERS = [
  { kind: "parameters", field: "componentInputParameter" },
  { kind: "artifacts", field: "componentInputArtifact" }
];
function checkEnclosingInputs(task, at, enclosing, problems) {
  const inputs = objectOrEmpty(isObject(task) ? task.inputs : void 0);
  const defined = objectOrEmpty(enclosing.inputDefinitions);
  for (const { kind, field } of ENCLOSING_READERS) {
    const available = objectOrEmpty(defined[kind]);
    for (const [input, spec] of entriesOf(inputs[kind])) {
      const name = objectOrEmpty(spec)[field];
      if (typeof name === "string" && !Object.hasOwn(available, name)) {
        const noun = kind === "parameters" ? "input parameter" : "input artifact";
        problems.error(
          "task-reference",
          [...at, "inputs", kind, input, field],
          `the enclosing ${at[0] === "root" ? "pipeline" : "component"} has no ${noun} ${JSON.stringify(name)}`
        );
      }
    }
  }
}
function checkDagOutputs(dag, tasks, problems) {
  const at = [...dag.location, "outputs"];
  const check = (name, segments) => {
    if (typeof name === "string" && !tasks.has(name)) {
      problems.error(
        "task-reference",
        [...at, ...segments],
        `task ${JSON.stringify(name)} is not defined in this DAG`
      );
    }
  };
  const outputs = objectOrEmpty(dag.outputs);
  for (const [output, spec] of entriesOf(outputs.artifacts)) {
    const selectors = objectOrEmpty(spec).artifactSelectors;
    if (!Array.isArray(selectors)) continue;
    selectors.forEach((selector, index) => {
      check(objectOrEmpty(selector).producerSubtask, [
        "artifacts",
        output,
        "artifactSelectors",
        index,
        "producerSubtask"
      ]);
    });
  }
  for (const [output, spec] of entriesOf(outputs.parameters)) {
    const value = objectOrEmpty(spec);
    check(objectOrEmpty(value.valueFromParameter).producerSubtask, [
      "parameters",
      output,
      "valueFromParameter",
      "producerSubtask"
    ]);
    const selectors = objectOrEmpty(value.valueFromOneof).parameterSelectors;
    if (!Array.isArray(selectors)) continue;
    selectors.forEach((selector, index) => {
      check(objectOrEmpty(selector).producerSubtask, [
        "parameters",
        output,
        "valueFromOneof",
        "parameterSelectors",
        index,
        "producerSubtask"
      ]);
    });
  }
}

// packages/pipeline-spec/src/rules/zone-as-region.ts
var REGION_SETTING = /"((?:ai_platform_vertex_|ai_platform_serving_)?region|location)"\s*:\s*"([a-z]+-[a-z]+[0-9]+)-([a-z])"/g;
function checkZoneAsRegion(dags, problems) {
  for (const dag of dags) {
    for (const [task, taskSpec] of dag.tasks) {
      if (!isObject(taskSpec)) continue;
      for (const [name, input] of entriesOf(objectOrEmpty(taskSpec.inputs).parameters)) {
        const runtime = objectOrEmpty(objectOrEmpty(input).runtimeValue);
        const constantValue = objectOrEmpty(runtime.constantValue).stringValue;
        const text = typeof constantValue === "string" ? constantValue : runtime.constant;
        if (typeof text !== "string" || !text.includes('"')) continue;
        const at = [...dag.location, "tasks", task, "inputs", "parameters", name, "runtimeValue"];
        for (const [, key, region, zone] of text.matchAll(REGION_SETTING)) {
          problems.warning(
            "zone-as-region",
            [...at, typeof constantValue === "string" ? "constantValue" : "constant"],
            `${key} is "${region}-${zone}", which is a zone; Vertex AI expects a region such as "${region}"`
          );
        }
      }
    }
  }
}

// packages/pipeline-spec/src/validate.ts
function validateSpec(spec) {
  const problems = new ProblemList();
  checkStructure(spec, problems);
  const dags = walkDags(spec);
  checkComponentRefs(spec, dags, problems);
  checkExecutorLabels(spec, problems);
  checkTaskReferences(spec, dags, problems);
  checkDagCycles(dags, problems);
  checkComponentRecursion(spec, problems);
  checkParameterTypes(spec, dags, problems);
  checkImages(spec, problems);
  checkZoneAsRegion(dags, problems);
  checkCredentials(spec, problems);
  return problems.items;
}
function validatePipeline(parsed) {
  const problems = validateSpec(parsed.spec);
  if (parsed.job !== void 0 && isObject(parsed.document)) {
    const job = new ProblemList("job");
    checkCredentials({ ...parsed.document, pipelineSpec: void 0 }, job);
    problems.push(...job.items);
  }
  if (parsed.platformSpec !== void 0) {
    const platform = new ProblemList("platform");
    checkCredentials(parsed.platformSpec, platform);
    problems.push(...platform.items);
  }
  return problems;
}

// packages/pipeline-spec/src/canonical-json.ts
function canonicalJson(value) {
  return JSON.stringify(sortedDeep(value)) ?? "null";
}
function sortedDeep(value) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    let copy2;
    for (let i = 0; i < value.length; i++) {
      const item = sortedDeep(value[i]);
      if (item !== value[i]) {
        copy2 ??= value.slice();
        copy2[i] = item;
      }
    }
    return copy2 ?? value;
  }
  const record = value;
  const keys = Object.keys(record);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] <= keys[i];
  let copy;
  if (!sorted) {
    copy = {};
    for (const key of keys.sort()) put(copy, key, sortedDeep(record[key]));
    return copy;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const item = sortedDeep(record[key]);
    if (copy === void 0 && item !== record[key]) {
      copy = {};
      for (let j = 0; j < i; j++) put(copy, keys[j], record[keys[j]]);
    }
    if (copy !== void 0) put(copy, key, item);
  }
  return copy ?? value;
}
function put(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  else target[key] = value;
}

// packages/pipeline-spec/src/parameters.ts
function rootParameters(spec, job) {
  const definitions = objectOrEmpty(objectOrEmpty(objectOrEmpty(spec.root).inputDefinitions).parameters);
  const runtime = objectOrEmpty(job?.runtimeConfig);
  const values = objectOrEmpty(runtime.parameterValues);
  const legacyValues = objectOrEmpty(runtime.parameters);
  const parameters = [];
  for (const [name, definition] of entriesOf(definitions)) {
    const type = parameterTypeOf(definition);
    if (type === void 0) continue;
    const own = isObject(definition) ? definition : {};
    const defaultValue = Object.hasOwn(values, name) ? values[name] : Object.hasOwn(legacyValues, name) ? plainValue(legacyValues[name]) : own.defaultValue === void 0 ? void 0 : plainValue(own.defaultValue);
    parameters.push({
      name,
      type,
      ...defaultValue === void 0 ? {} : { defaultValue },
      optional: own.isOptional === true || defaultValue !== void 0
    });
  }
  return parameters;
}

// packages/pipeline-spec/src/spec-hash.ts
import { createHash } from "node:crypto";
function specSha256(spec) {
  return createHash("sha256").update(canonicalJson(spec), "utf8").digest("hex");
}

// packages/pipeline-spec/src/executors.ts
function executorOf(spec, componentName) {
  const component = objectOrEmpty(objectOrEmpty(spec.components)[componentName]);
  const label = stringOrUndefined(component.executorLabel);
  if (label === void 0) return {};
  const executor = objectOrEmpty(objectOrEmpty(objectOrEmpty(spec.deploymentSpec).executors)[label]);
  if (isObject(executor.container)) {
    const image = stringOrUndefined(executor.container.image);
    return { label, kind: "container", ...image === void 0 ? {} : { image } };
  }
  if (isObject(executor.importer)) return { label, kind: "importer" };
  if (isObject(executor.resolver)) return { label, kind: "resolver" };
  return { label, kind: "other" };
}

// packages/pipeline-spec/src/tasks.ts
function listTasks(spec) {
  const dags = new Map(walkDags(spec).map((dag) => [dag.path, dag]));
  const tasks = [];
  const emit = (dag) => {
    for (const [name, task] of dag.tasks) {
      const componentRef = componentRefOf(task) ?? "";
      const executor = executorOf(spec, componentRef);
      tasks.push({
        name,
        path: dag.path,
        dependsOn: dependenciesOf(task),
        componentRef,
        ...executor.label === void 0 ? {} : { executorLabel: executor.label },
        ...executor.image === void 0 ? {} : { image: executor.image }
      });
      const nested = dags.get(`${dag.path}/${name}`);
      if (nested !== void 0) emit(nested);
    }
  };
  const root = dags.get("root");
  if (root !== void 0) emit(root);
  return tasks;
}

// packages/pipeline-spec/src/diff.ts
function diffSpecs(before, after, options = {}) {
  const oldTasks = tasksByKey(before);
  const newTasks = tasksByKey(after);
  const diff = {
    identical: specSha256(before) === specSha256(after),
    tasksAdded: [...newTasks.keys()].filter((key) => !oldTasks.has(key)),
    tasksRemoved: [...oldTasks.keys()].filter((key) => !newTasks.has(key)),
    imagesChanged: [],
    parametersAdded: [],
    parametersRemoved: [],
    parametersRetyped: [],
    defaultsChanged: [],
    commandsChanged: []
  };
  for (const [key, task] of newTasks) {
    const old = oldTasks.get(key);
    if (old === void 0) continue;
    if (old.image !== task.image) {
      diff.imagesChanged.push({
        task: key,
        ...old.image === void 0 ? {} : { before: old.image },
        ...task.image === void 0 ? {} : { after: task.image }
      });
    }
    const oldContainer = containerOf(before, old);
    const newContainer = containerOf(after, task);
    for (const field of ["command", "args"]) {
      const was = listOrUndefined(oldContainer[field]);
      const is = listOrUndefined(newContainer[field]);
      if (canonicalJson(was) !== canonicalJson(is)) {
        diff.commandsChanged.push({ task: key, field, before: was, after: is });
      }
    }
  }
  const oldParameters = new Map(rootParameters(before, options.beforeJob).map((p) => [p.name, p]));
  const newParameters = new Map(rootParameters(after, options.afterJob).map((p) => [p.name, p]));
  for (const [name, parameter] of newParameters) {
    const old = oldParameters.get(name);
    if (old === void 0) diff.parametersAdded.push(parameter);
    else if (old.type !== parameter.type)
      diff.parametersRetyped.push({ name, before: old.type, after: parameter.type });
    else if (canonicalJson(old.defaultValue) !== canonicalJson(parameter.defaultValue)) {
      diff.defaultsChanged.push({
        name,
        ...old.defaultValue === void 0 ? {} : { before: old.defaultValue },
        ...parameter.defaultValue === void 0 ? {} : { after: parameter.defaultValue }
      });
    }
  }
  for (const [name, parameter] of oldParameters) {
    if (!newParameters.has(name)) diff.parametersRemoved.push(parameter);
  }
  return diff;
}
function hasChanges(diff) {
  return diff.tasksAdded.length + diff.tasksRemoved.length + diff.imagesChanged.length + diff.parametersAdded.length + diff.parametersRemoved.length + diff.parametersRetyped.length + diff.defaultsChanged.length + diff.commandsChanged.length > 0;
}
function taskKey(task) {
  return task.path === "root" ? task.name : `${task.path.slice("root/".length)}/${task.name}`;
}
function tasksByKey(spec) {
  return new Map(listTasks(spec).map((task) => [taskKey(task), task]));
}
function containerOf(spec, task) {
  if (task.executorLabel === void 0) return {};
  const executor = objectOrEmpty(
    objectOrEmpty(objectOrEmpty(spec.deploymentSpec).executors)[task.executorLabel]
  );
  return objectOrEmpty(executor.container);
}
function listOrUndefined(value) {
  return Array.isArray(value) ? value : void 0;
}

// packages/pipeline-spec/src/image-mentions.ts
var REFERENCE_RUN = /[A-Za-z0-9._/:@[\]-]+/g;
var TRAILING_PUNCTUATION = /[.:/-]+$/;
var NAME_CHARACTER = /[A-Za-z0-9._/-]/;
var PINNED_SUFFIX = /^(?::[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}/;
function mentionsIn(text) {
  const found = [];
  for (const match of text.matchAll(REFERENCE_RUN)) {
    const candidate = match[0].replace(TRAILING_PUNCTUATION, "");
    if (!candidate.includes("/")) continue;
    const reference = parseImageReference(candidate);
    if (isImageProblem(reference) || reference.domain === void 0) continue;
    found.push({ start: match.index, end: match.index + candidate.length, text: candidate, reference });
  }
  return found;
}
function replaceMentions(text, replace) {
  let result = "";
  let copied = 0;
  for (const mention of mentionsIn(text)) {
    const replacement = replace(mention);
    if (replacement === void 0) continue;
    result += text.slice(copied, mention.start) + replacement;
    copied = mention.end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}
function namesUnpinned(text, name, accepted = []) {
  const wanted = canonicalImageName(name);
  for (const written of /* @__PURE__ */ new Set([name, wanted])) {
    let from = 0;
    for (; ; ) {
      const at = text.indexOf(written, from);
      if (at === -1) break;
      from = at + 1;
      const before = at === 0 ? "" : text[at - 1];
      const after = text[at + written.length] ?? "";
      if (NAME_CHARACTER.test(before) || NAME_CHARACTER.test(after)) continue;
      const rest = text.slice(at);
      if (accepted.some((reference) => isWhole(rest, reference))) continue;
      if (!PINNED_SUFFIX.test(rest.slice(written.length))) return true;
    }
  }
  return false;
}
function isWhole(text, prefix) {
  return text.startsWith(prefix) && !/[A-Za-z0-9._/:@-]/.test(text[prefix.length] ?? "");
}

// packages/pipeline-spec/src/string-walk.ts
var DATA = { enumerable: true, writable: true, configurable: true };
function mapStrings(value, change, path = []) {
  if (typeof value === "string") return change(value, path);
  if (Array.isArray(value)) {
    const mapped = value.map((item, index) => mapStrings(item, change, [...path, index]));
    return mapped.some((item, index) => item !== value[index]) ? mapped : value;
  }
  if (isObject(value)) {
    let copy;
    for (const [key, item] of Object.entries(value)) {
      const mapped = mapStrings(item, change, [...path, key]);
      if (mapped === item) continue;
      copy = copy ?? { ...value };
      Object.defineProperty(copy, key, { value: mapped, ...DATA });
    }
    return copy ?? value;
  }
  return value;
}
function forEachString(value, visit) {
  mapStrings(value, (text, path) => {
    visit(text, path);
    return text;
  });
}

// packages/pipeline-spec/src/images.ts
function listImages(spec) {
  const images = /* @__PURE__ */ new Set();
  for (const [, executor] of entriesOf(objectOrEmpty(spec.deploymentSpec).executors)) {
    const image = isObject(executor) && isObject(executor.container) ? executor.container.image : void 0;
    if (typeof image === "string" && image !== "" && !isPlaceholderImage(image)) images.add(image);
  }
  return [...images];
}
function pinImages(spec, pins) {
  const changes = [];
  const used = /* @__PURE__ */ new Set();
  const replacedNames = /* @__PURE__ */ new Set();
  const pinExecutorImage = (image, path) => {
    if (isPlaceholderImage(image)) return image;
    const pin = pins.find((candidate) => matches(candidate, image));
    if (pin === void 0) return image;
    used.add(pin);
    if (pin.name === void 0) {
      const parsed = parseImageReference(image);
      if (!isImageProblem(parsed)) replacedNames.add(canonicalImageName(parsed.name));
    }
    if (pin.reference === image) return image;
    changes.push({ executor: String(path[2]), path: jsonPath(path), before: image, after: pin.reference });
    return pin.reference;
  };
  const withExecutors = mapStrings(
    spec,
    (text, path) => isExecutorImage(path) ? pinExecutorImage(text, path) : text
  );
  const pinMention = (reference, text) => {
    const pin = pins.find((candidate) => coversMention(candidate, reference, text, replacedNames));
    if (pin === void 0) return void 0;
    used.add(pin);
    return pin.reference;
  };
  const pinned = mapStrings(withExecutors, (text, path) => {
    if (isExecutorImage(path)) return text;
    return replaceMentions(text, (mention) => {
      const after = pinMention(mention.reference, mention.text);
      if (after === void 0 || after === mention.text) return void 0;
      changes.push({ path: jsonPath(path), before: mention.text, after });
      return after;
    });
  });
  const unmatched = pins.filter((pin) => !used.has(pin)).map((pin) => pin.name ?? "*");
  const unpinned = unpinnedMentions(pinned, guardedNames(pins, replacedNames), pins);
  return { spec: changes.length === 0 ? spec : pinned, changes, unmatched, unpinned };
}
function isExecutorImage(path) {
  return path.length === 5 && path[0] === "deploymentSpec" && path[1] === "executors" && path[3] === "container" && path[4] === "image";
}
function matches(pin, image) {
  if (pin.name === void 0) return true;
  const wanted = parseImageReference(pin.name);
  const actual = parseImageReference(image);
  if (isImageProblem(wanted) || isImageProblem(actual)) return pin.name === image;
  const sameName = canonicalImageName(wanted.name) === canonicalImageName(actual.name);
  if (wanted.tag === void 0 && wanted.digest === void 0) return sameName;
  return sameName && wanted.tag === actual.tag && wanted.digest === actual.digest;
}
function coversMention(pin, reference, text, replacedNames) {
  const name = canonicalImageName(reference.name);
  if (pin.name === void 0 ? replacedNames.has(name) : matches(pin, text)) return true;
  const target = parseImageReference(pin.reference);
  return !isImageProblem(target) && reference.digest === void 0 && canonicalImageName(target.name) === name;
}
function guardedNames(pins, replacedNames) {
  const names = /* @__PURE__ */ new Set();
  for (const name of [...replacedNames, ...pins.flatMap((pin) => [pin.name ?? "", pin.reference])]) {
    const parsed = parseImageReference(name);
    if (!isImageProblem(parsed) && parsed.domain !== void 0) names.add(parsed.name);
  }
  return [...names];
}
function unpinnedMentions(spec, names, pins) {
  const accepted = pins.map((pin) => pin.reference);
  const found = [];
  forEachString(spec, (text, path) => {
    const repository = names.find((name) => namesUnpinned(text, name, accepted));
    if (repository !== void 0) found.push({ path: jsonPath(path), text, repository });
  });
  return found;
}

// packages/pipeline-spec/src/mermaid.ts
var STATE_STYLES = {
  SUCCEEDED: "fill:#dafbe1,stroke:#1a7f37,color:#0d1117",
  RUNNING: "fill:#ddf4ff,stroke:#0969da,color:#0d1117",
  FAILED: "fill:#ffebe9,stroke:#cf222e,color:#0d1117",
  PENDING: "fill:#fff8c5,stroke:#9a6700,color:#0d1117",
  CANCEL_PENDING: "fill:#eaeef2,stroke:#57606a,color:#0d1117",
  CANCELLING: "fill:#eaeef2,stroke:#57606a,color:#0d1117",
  CANCELLED: "fill:#eaeef2,stroke:#57606a,color:#0d1117",
  SKIPPED: "fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3",
  NOT_TRIGGERED: "fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray:4 3"
};
var OTHER_STYLE = "fill:#f6f8fa,stroke:#57606a,color:#0d1117";
function renderMermaid(spec, options = {}) {
  const tasks = listTasks(spec);
  const ids = /* @__PURE__ */ new Map();
  tasks.forEach((task, index) => {
    ids.set(`${task.path}/${task.name}`, `t${index}`);
  });
  const childrenOf = /* @__PURE__ */ new Map();
  for (const task of tasks) {
    const siblings = childrenOf.get(task.path);
    if (siblings === void 0) childrenOf.set(task.path, [task]);
    else siblings.push(task);
  }
  const lines = ["flowchart TD"];
  const states = normaliseStates(options.states);
  const classes = /* @__PURE__ */ new Map();
  const declare = (path, indent) => {
    for (const task of childrenOf.get(path) ?? []) {
      const key = `${task.path}/${task.name}`;
      const id = ids.get(key);
      const state = states.get(task.name);
      const label = mermaidText(state === void 0 ? task.name : `${task.name} (${state})`);
      if (state !== void 0) {
        const members = classes.get(state);
        if (members === void 0) classes.set(state, [id]);
        else members.push(id);
      }
      if (childrenOf.has(key)) {
        lines.push(`${indent}subgraph ${id}["${label}"]`);
        declare(key, `${indent}  `);
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id}["${label}"]`);
      }
    }
  };
  declare("root", "  ");
  for (const task of tasks) {
    const to = ids.get(`${task.path}/${task.name}`);
    for (const dependency of task.dependsOn) {
      const from = ids.get(`${task.path}/${dependency}`);
      if (from !== void 0) lines.push(`  ${from} --> ${to}`);
    }
  }
  for (const [state, members] of classes) {
    const name = className(state);
    lines.push(`  classDef ${name} ${STATE_STYLES[state] ?? OTHER_STYLE}`);
    lines.push(`  class ${members.join(",")} ${name}`);
  }
  return `${lines.join("\n")}
`;
}
function normaliseStates(states) {
  const normalised = /* @__PURE__ */ new Map();
  for (const [task, state] of Object.entries(states ?? {})) {
    if (typeof state !== "string" || state === "") continue;
    const upper = state.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
    const known = Object.keys(STATE_STYLES).find((s) => upper === s || upper.endsWith(`_STATE_${s}`));
    normalised.set(task, known ?? upper);
  }
  return normalised;
}
function className(state) {
  return `state_${state.toLowerCase().replace(/[^a-z0-9_]/g, "_")}`;
}
var ENTITIES = {
  '"': "#quot;",
  "#": "#35;",
  "&": "#amp;",
  "<": "#lt;",
  ">": "#gt;",
  "`": "#96;"
};
function mermaidText(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/["#&<>`]/g, (c) => ENTITIES[c] ?? c);
}

// packages/pipeline-spec/src/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// packages/pipeline-spec/src/json-syntax-error.ts
function findJsonSyntaxError(text) {
  const scanner = new Scanner(text);
  try {
    scanner.skipBlanks();
    scanner.value();
    scanner.skipBlanks();
    if (scanner.at < text.length) scanner.fail("unexpected text after the end of the JSON document");
    return void 0;
  } catch (error) {
    if (error instanceof ScanFailure) return { offset: error.offset, reason: error.reason };
    throw error;
  }
}
var ScanFailure = class extends Error {
  offset;
  reason;
  constructor(offset, reason) {
    super(reason);
    this.offset = offset;
    this.reason = reason;
  }
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var LITERALS = ["true", "false", "null"];
var Scanner = class {
  text;
  at = 0;
  constructor(text) {
    this.text = text;
  }
  fail(reason, offset = this.at) {
    throw new ScanFailure(offset, reason);
  }
  skipBlanks() {
    while (this.at < this.text.length && " 	\r\n".includes(this.text[this.at])) this.at++;
  }
  /** What is at the cursor, for messages: one character, JSON-quoted, or "the end of the file". */
  found() {
    const c = this.text[this.at];
    return c === void 0 ? "the end of the file" : JSON.stringify(c);
  }
  value() {
    const c = this.text[this.at];
    if (c === "{") this.object();
    else if (c === "[") this.array();
    else if (c === '"') this.string();
    else if (c === "-" || c !== void 0 && c >= "0" && c <= "9") this.number();
    else this.literal(c);
  }
  literal(c) {
    for (const literal of LITERALS) {
      if (this.text.startsWith(literal, this.at)) {
        this.at += literal.length;
        return;
      }
    }
    if (c === "'") this.fail("strings must be in double quotes, not single quotes");
    if (/[A-Za-z]/.test(c ?? "")) this.fail("expected a value; only true, false and null may be unquoted");
    this.fail(`expected a value; found ${this.found()}`);
  }
  object() {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === "}") {
      this.at++;
      return;
    }
    for (; ; ) {
      if (this.text[this.at] !== '"') {
        const afterComma = this.text[this.previousNonBlank()] === ",";
        this.fail(
          afterComma && this.text[this.at] === "}" ? 'a trailing comma before "}" is not allowed in JSON' : `expected a property name in double quotes; found ${this.found()}`
        );
      }
      this.string();
      this.skipBlanks();
      if (this.text[this.at] !== ":")
        this.fail(`expected ":" after the property name; found ${this.found()}`);
      this.at++;
      this.skipBlanks();
      this.value();
      this.skipBlanks();
      const c = this.text[this.at];
      if (c === "}") {
        this.at++;
        return;
      }
      if (c !== ",") this.fail(`expected "," or "}" after a property value; found ${this.found()}`);
      this.at++;
      this.skipBlanks();
    }
  }
  array() {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === "]") {
      this.at++;
      return;
    }
    for (; ; ) {
      if (this.text[this.at] === "]") this.fail('a trailing comma before "]" is not allowed in JSON');
      this.value();
      this.skipBlanks();
      const c = this.text[this.at];
      if (c === "]") {
        this.at++;
        return;
      }
      if (c !== ",") this.fail(`expected "," or "]" after a list item; found ${this.found()}`);
      this.at++;
      this.skipBlanks();
    }
  }
  string() {
    const start = this.at;
    this.at++;
    for (; ; ) {
      const c = this.text[this.at];
      if (c === void 0) this.fail("a string is not closed", start);
      if (c === '"') {
        this.at++;
        return;
      }
      if (c < " ") this.fail("a line break or control character inside a string must be escaped");
      if (c === "\\") {
        const escaped = this.text[this.at + 1];
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
            this.fail('"\\u" must be followed by four hexadecimal digits');
          }
          this.at += 6;
          continue;
        }
        if (escaped === void 0 || !'"\\/bfnrt'.includes(escaped))
          this.fail("invalid escape sequence in a string");
        this.at += 2;
        continue;
      }
      this.at++;
    }
  }
  number() {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null || match[0] === "-") this.fail("invalid number");
    this.at += match[0].length;
  }
  previousNonBlank() {
    let i = this.at - 1;
    while (i >= 0 && " 	\r\n".includes(this.text[i])) i--;
    return i;
  }
};
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function linesAndColumns(text, offsets) {
  const order = offsets.map((offset, index) => ({ offset, index })).filter((entry) => entry.offset !== void 0).sort((a, b) => a.offset - b.offset);
  const positions = offsets.map(() => void 0);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const { offset, index } of order) {
    for (; i < offset && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
        line++;
        lineStart = i + 1;
      }
    }
    positions[index] = { line, column: offset - lineStart + 1 };
  }
  return positions;
}

// packages/pipeline-spec/src/pipeline-spec-error.ts
var PipelineSpecError = class extends Error {
  source;
  line;
  column;
  constructor(source, message, position) {
    super(message);
    this.name = "PipelineSpecError";
    this.source = source;
    this.line = position?.line;
    this.column = position?.column;
  }
};

// packages/pipeline-spec/src/parse.ts
function parsePipelineFile(text, source) {
  const format = formatOf(text, source);
  const documents = format === "json" ? [parseJson(text, source)] : parseYaml(text, source);
  const [document, platformSpec] = documents;
  if (!isObject(document)) {
    throw new PipelineSpecError(
      source,
      `${source}: a pipeline file must hold a PipelineSpec or PipelineJob object; found ${kindOf(document)}.`
    );
  }
  const parsed = unwrap(document, source);
  return {
    ...parsed,
    ...platformSpec === void 0 ? {} : { platformSpec },
    format,
    document
  };
}
function formatOf(text, source) {
  if (/\.json$/i.test(source)) return "json";
  if (/\.ya?ml$/i.test(source)) return "yaml";
  return /^\s*[[{]/.test(stripBom(text)) ? "json" : "yaml";
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function parseJson(text, source) {
  const body = stripBom(text);
  try {
    return JSON.parse(body);
  } catch {
    const problem = findJsonSyntaxError(body) ?? { offset: 0, reason: "not valid JSON" };
    const at = lineAndColumn(body, problem.offset);
    throw new PipelineSpecError(
      source,
      `${source}: invalid JSON at line ${at.line}, column ${at.column}: ${problem.reason}.`,
      at
    );
  }
}
function parseYaml(text, source) {
  const parsed = (0, import_yaml.parseAllDocuments)(stripBom(text));
  const documents = Array.isArray(parsed) ? parsed : [];
  for (const document of documents) {
    const [problem] = document.errors;
    if (problem === void 0) continue;
    const reason = problem.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "").split("\n")[0];
    const at = problem.linePos?.[0];
    const position = at === void 0 ? void 0 : { line: at.line, column: at.col };
    const where = position === void 0 ? "" : ` at line ${position.line}, column ${position.column}`;
    throw new PipelineSpecError(source, `${source}: invalid YAML${where}: ${reason}.`, position);
  }
  const values = documents.map((document) => {
    try {
      return document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new PipelineSpecError(source, `${source}: invalid YAML: ${reason}.`);
    }
  });
  const nonEmpty = values.filter((value) => value !== null && value !== void 0);
  if (nonEmpty.length > 2) {
    throw new PipelineSpecError(
      source,
      `${source}: expected one YAML document (the pipeline), optionally followed by its platform spec; found ${nonEmpty.length} documents.`
    );
  }
  return nonEmpty;
}
var SPEC_KEYS = ["root", "components", "deploymentSpec", "pipelineInfo", "schemaVersion"];
function unwrap(document, source) {
  if ("pipelineSpec" in document) {
    const spec = document.pipelineSpec;
    if (!isObject(spec)) {
      throw new PipelineSpecError(
        source,
        `${source}: pipelineSpec: the PipelineJob's pipelineSpec must be an object; found ${kindOf(spec)}.`
      );
    }
    return { spec, job: jobFields(document) };
  }
  if (!SPEC_KEYS.some((key) => key in document)) {
    throw new PipelineSpecError(
      source,
      `${source}: neither a PipelineSpec (it has none of ${SPEC_KEYS.join(", ")}) nor a PipelineJob (it has no pipelineSpec).`
    );
  }
  return { spec: document };
}
function jobFields(document) {
  const job = {};
  if (typeof document.displayName === "string") job.displayName = document.displayName;
  if (isObject(document.labels)) job.labels = document.labels;
  if (isObject(document.runtimeConfig)) {
    job.runtimeConfig = document.runtimeConfig;
  }
  return job;
}
function kindOf(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === void 0) return "nothing";
  return `a ${typeof value}`;
}

// packages/pipeline-spec/src/pipeline-name.ts
function pipelineName(spec) {
  const name = objectOrEmpty(spec.pipelineInfo).name;
  return typeof name === "string" ? name : "";
}

// packages/pipeline-spec/src/problem-positions.ts
var import_yaml2 = __toESM(require_dist(), 1);

// packages/pipeline-spec/src/json-locator.ts
var SEPARATOR = "\0";
var keyOf = (segments) => segments.join(SEPARATOR);
function locateJsonPaths(text, paths) {
  const wanted = /* @__PURE__ */ new Set();
  const prefixes = /* @__PURE__ */ new Set([""]);
  for (const path of paths) {
    for (let length = 1; length <= path.length; length++) {
      const key = keyOf(path.slice(0, length));
      wanted.add(key);
      prefixes.add(key);
    }
  }
  const found = /* @__PURE__ */ new Map();
  const scanner = new Locator(text, prefixes, wanted, found);
  scanner.skipBlanks();
  const rootOffset = scanner.at;
  scanner.value("");
  return paths.map((path) => {
    for (let length = path.length; length > 0; length--) {
      const offset = found.get(keyOf(path.slice(0, length)));
      if (offset !== void 0) return offset;
    }
    return path.length === 0 ? rootOffset : void 0;
  });
}
var Locator = class {
  at = 0;
  text;
  prefixes;
  wanted;
  found;
  constructor(text, prefixes, wanted, found) {
    this.text = text;
    this.prefixes = prefixes;
    this.wanted = wanted;
    this.found = found;
  }
  skipBlanks() {
    let c = this.text.charCodeAt(this.at);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = this.text.charCodeAt(++this.at);
  }
  /** Reads the value at the cursor; `path` is its key, or null inside a subtree nothing is wanted from. */
  value(path) {
    if (path !== null && this.wanted.has(path)) this.found.set(path, this.at);
    const c = this.text[this.at];
    if (c === "{") this.object(path);
    else if (c === "[") this.array(path);
    else if (c === '"') this.at = this.stringEnd(this.at);
    else this.scalar();
  }
  child(path, segment) {
    if (path === null) return null;
    const key = path === "" ? String(segment) : `${path}${SEPARATOR}${segment}`;
    return this.prefixes.has(key) ? key : null;
  }
  object(path) {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === "}") {
      this.at++;
      return;
    }
    for (; ; ) {
      const start = this.at;
      this.at = this.stringEnd(start);
      const raw = this.text.slice(start + 1, this.at - 1);
      const name = path === null ? "" : raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
      this.skipBlanks();
      this.at++;
      this.skipBlanks();
      this.value(this.child(path, name));
      this.skipBlanks();
      if (this.text[this.at++] === "}") return;
      this.skipBlanks();
    }
  }
  array(path) {
    this.at++;
    this.skipBlanks();
    if (this.text[this.at] === "]") {
      this.at++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value(this.child(path, index));
      this.skipBlanks();
      if (this.text[this.at++] === "]") return;
      this.skipBlanks();
    }
  }
  /** The offset just past the string that starts at `start` (an opening quote). */
  stringEnd(start) {
    let quote = this.text.indexOf('"', start + 1);
    for (; ; ) {
      let backslashes = 0;
      while (this.text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      quote = this.text.indexOf('"', quote + 1);
    }
  }
  scalar() {
    let c = this.text.charCodeAt(this.at);
    while (c !== 44 && c !== 125 && c !== 93 && c !== 32 && c !== 10 && c !== 13 && c !== 9 && !Number.isNaN(c)) {
      c = this.text.charCodeAt(++this.at);
    }
  }
};

// packages/pipeline-spec/src/problem-positions.ts
function locateProblems(text, parsed, problems) {
  if (problems.length === 0) return [];
  const prefixed = (problem) => problem.scope === "spec" && parsed.job !== void 0 ? ["pipelineSpec", ...problem.segments] : problem.segments;
  if (parsed.format === "json") {
    const body = text.charCodeAt(0) === 65279 ? 1 : 0;
    const offsets = locateJsonPaths(text.slice(body), problems.map(prefixed));
    return linesAndColumns(
      text,
      offsets.map((offset) => offset === void 0 ? void 0 : offset + body)
    );
  }
  const parsedDocuments = (0, import_yaml2.parseAllDocuments)(text, { uniqueKeys: false });
  const documents = (Array.isArray(parsedDocuments) ? parsedDocuments : []).filter(
    (document) => document.contents !== null
  );
  return problems.map((problem) => {
    const document = documents[problem.scope === "platform" ? 1 : 0];
    if (document === void 0) return void 0;
    const segments = prefixed(problem);
    for (let length = segments.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(segments.slice(0, length), true);
      if ((0, import_yaml2.isNode)(node) && node.range !== void 0 && node.range !== null) {
        return lineAndColumn(text, node.range[0]);
      }
    }
    return void 0;
  });
}

// packages/pipeline-spec/src/serialise.ts
var import_yaml3 = __toESM(require_dist(), 1);
function serialisePipeline(parsed, spec = parsed.spec) {
  const document = parsed.job === void 0 ? spec : { ...parsed.document, pipelineSpec: spec };
  if (parsed.format === "json") return `${JSON.stringify(document, null, 2)}
`;
  const options = { lineWidth: 0, aliasDuplicateObjects: false };
  const main = (0, import_yaml3.stringify)(document, options);
  return parsed.platformSpec === void 0 ? main : `${main}---
${(0, import_yaml3.stringify)(parsed.platformSpec, options)}`;
}

export {
  plainValue,
  credentialIn,
  redactCredentials,
  findCredentials,
  rootParameters,
  specSha256,
  listTasks,
  diffSpecs,
  hasChanges,
  parseImageReference,
  isImageProblem,
  jsonPath,
  listImages,
  pinImages,
  renderMermaid,
  PipelineSpecError,
  parsePipelineFile,
  pipelineName,
  locateProblems,
  formatProblem,
  redactedCopy,
  serialisePipeline,
  validatePipeline
};
