import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_ignore
} from "../../../dist/chunks/chunk-NQ33GZKI.mjs";
import {
  CredentialsError,
  ROLES,
  accessAdvice,
  accessRefusal
} from "../../../dist/chunks/chunk-5AOMNDTN.mjs";
import "../../../dist/chunks/chunk-3FTY7FXV.mjs";
import {
  InputError,
  ProcessStartError,
  code,
  createInputs,
  credentialFileLeftOut,
  credentialFiles,
  heading,
  infoUntrusted,
  joinBlocks,
  link,
  maskSecret,
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
  untilTerminated,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import {
  __toESM
} from "../../../dist/chunks/chunk-LCBWELZU.mjs";

// packages/image/src/builders/build-image.ts
import { readFileSync as readFileSync6 } from "node:fs";

// packages/image/src/dockerfile/layer-support.ts
var LAYER_INSTRUCTIONS = [
  "FROM",
  "ARG",
  "COPY",
  "ADD",
  "ENV",
  "WORKDIR",
  "LABEL",
  "USER",
  "ENTRYPOINT",
  "CMD"
];
var COPY_FLAGS = /* @__PURE__ */ new Set(["chown", "chmod", "link"]);
var FROM_FLAGS = /* @__PURE__ */ new Set(["platform"]);
var NotLayerBuildable = class extends Error {
  line;
  constructor(reason, line) {
    super(line === void 0 ? reason : `${reason} (line ${line})`);
    this.name = "NotLayerBuildable";
    this.line = line;
  }
};
function whyNotLayerBuildable(dockerfile) {
  const froms = dockerfile.instructions.filter((i) => i.keyword === "FROM");
  if (froms.length === 0) return new NotLayerBuildable("the Dockerfile has no FROM");
  if (froms.length > 1) {
    return new NotLayerBuildable(
      `it is a multi-stage build (FROM at lines ${froms.map((f) => f.line).join(", ")})`
    );
  }
  for (const instruction of dockerfile.instructions) {
    const reason = instructionProblem(instruction);
    if (reason) return new NotLayerBuildable(reason, instruction.line);
  }
  return void 0;
}
function instructionProblem(instruction) {
  const { keyword, flags } = instruction;
  if (!LAYER_INSTRUCTIONS.includes(keyword)) {
    return keyword === "RUN" ? "RUN runs a command, which needs a container" : `${keyword} is not one the layer builder applies`;
  }
  if (keyword === "FROM") {
    const unknown2 = Object.keys(flags).find((f) => !FROM_FLAGS.has(f));
    return unknown2 ? `FROM --${unknown2} is not supported by the layer builder` : void 0;
  }
  if (keyword !== "COPY" && keyword !== "ADD") return void 0;
  if (instruction.heredocs.length > 0)
    return `${keyword} with a heredoc is not supported by the layer builder`;
  if ("from" in flags) return `${keyword} --from copies out of another image or stage`;
  const unknown = Object.keys(flags).find((f) => !COPY_FLAGS.has(f));
  if (unknown) return `${keyword} --${unknown} is not supported by the layer builder`;
  const chown = flags.chown;
  if (chown !== void 0 && !chown.includes("$") && !isNumericOwner(chown)) {
    return `${keyword} --chown=${chown} names a user or group, which only the base image's /etc/passwd and /etc/group can resolve`;
  }
  const chmod = flags.chmod;
  if (chmod !== void 0 && !chmod.includes("$") && !/^[0-7]{3,4}$/.test(chmod)) {
    return `${keyword} --chmod=${chmod} is not an octal mode`;
  }
  if (keyword === "ADD") {
    const sources = instruction.json ?? instruction.rest.split(/\s+/);
    const remote = sources.slice(0, -1).find((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith("git@"));
    if (remote) return `ADD ${remote} downloads from the network`;
  }
  return void 0;
}
function isNumericOwner(owner) {
  return /^(\d+|root)(:(\d+|root))?$/.test(owner);
}

// packages/image/src/dockerfile/dockerfile-error.ts
var DockerfileError = class extends Error {
  line;
  constructor(message, line) {
    super(line === void 0 ? message : `Dockerfile line ${line}: ${message}`);
    this.name = "DockerfileError";
    this.line = line;
  }
};

// packages/image/src/dockerfile/parse-dockerfile.ts
var DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
var HEREDOC = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
var FLAGGED = /* @__PURE__ */ new Set(["ADD", "COPY", "FROM", "RUN", "HEALTHCHECK"]);
function parseDockerfile(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const directives = {};
  let index = 0;
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]);
    if (!match) break;
    const name = match[1].toLowerCase();
    if (name in directives) break;
    directives[name] = match[2];
  }
  const escapeChar = directives.escape ?? "\\";
  if (escapeChar !== "\\" && escapeChar !== "`") {
    throw new DockerfileError(
      `the escape directive must be \\ or \`; got ${JSON.stringify(escapeChar)}`,
      index
    );
  }
  const instructions = [];
  while (index < lines.length) {
    const first = lines[index];
    const start = index + 1;
    index++;
    if (first.trim() === "" || first.trimStart().startsWith("#")) continue;
    let joined = "";
    let current = first;
    for (; ; ) {
      const trimmed = current.replace(/\s+$/, "");
      if (trimmed.endsWith(escapeChar) && !trimmed.endsWith(escapeChar + escapeChar)) {
        joined += trimmed.slice(0, -1);
        while (index < lines.length && /^\s*(#.*)?$/.test(lines[index])) index++;
        if (index >= lines.length) break;
        current = lines[index];
        index++;
      } else {
        joined += current;
        break;
      }
    }
    const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(joined);
    if (!match) continue;
    const keyword = match[1].toUpperCase();
    const args = match[2].trim();
    const heredocs = [];
    if (keyword === "RUN" || keyword === "COPY" || keyword === "ADD") {
      for (const here of args.matchAll(HEREDOC)) {
        const body = [];
        while (index < lines.length && lines[index].replace(here[1] ? /^\t+/ : /^$/, "") !== here[3]) {
          body.push(lines[index]);
          index++;
        }
        index++;
        heredocs.push(body.join("\n"));
      }
    }
    const { flags, rest } = FLAGGED.has(keyword) ? splitFlags(args) : { flags: {}, rest: args };
    const json = execForm(rest);
    instructions.push({ keyword, line: start, args, flags, rest, heredocs, ...json ? { json } : {} });
  }
  return { escape: escapeChar, directives, instructions };
}
function splitFlags(args) {
  const flags = {};
  let rest = args;
  for (; ; ) {
    const match = /^--([A-Za-z][A-Za-z0-9-]*)(?:=(\S*))?(?:\s+|$)/.exec(rest);
    if (!match) break;
    flags[match[1]] = match[2] ?? "true";
    rest = rest.slice(match[0].length);
  }
  return { flags, rest: rest.trim() };
}
function execForm(rest) {
  if (!rest.startsWith("[")) return void 0;
  try {
    const value = JSON.parse(rest);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : void 0;
  } catch {
    return void 0;
  }
}

// packages/image/src/builders/cloud-build-builder.ts
import { setTimeout as delay } from "node:timers/promises";

// packages/image/src/context/pack-context.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { relative } from "node:path";

// packages/image/src/digest.ts
import { createHash } from "node:crypto";
function sha256Digest(data) {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

// packages/image/src/layer/gzip.ts
import { constants, crc32, deflateRawSync } from "node:zlib";
function gzipReproducibly(data, level = constants.Z_DEFAULT_COMPRESSION) {
  const header2 = Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 255]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data) >>> 0, 0);
  trailer.writeUInt32LE(data.length % 2 ** 32, 4);
  return Buffer.concat([header2, deflateRawSync(data, { level }), trailer]);
}

// packages/image/src/layer/tar-writer.ts
var BLOCK = 512;
var USTAR_NAME = 100;
var USTAR_PREFIX = 155;
var MAX_OCTAL_ID = 2097151;
var TYPE = { file: "0", symlink: "2", directory: "5", pax: "x" };
function writeTar(entries) {
  const parts = [];
  for (const entry of entries) {
    const name = entry.type === "directory" ? `${entry.path.replace(/\/+$/, "")}/` : entry.path;
    const data = entry.type === "file" ? entry.data : Buffer.alloc(0);
    const linkname = entry.type === "symlink" ? entry.target : "";
    const pax = {};
    const split = splitUstarName(name);
    if (!split) pax.path = name;
    if (!fitsUstar(linkname, USTAR_NAME)) pax.linkpath = linkname;
    if (entry.uid > MAX_OCTAL_ID) pax.uid = String(entry.uid);
    if (entry.gid > MAX_OCTAL_ID) pax.gid = String(entry.gid);
    if (Object.keys(pax).length > 0) {
      const records = paxRecords(pax);
      parts.push(
        header({ name: paxName(name), mode: 420, uid: 0, gid: 0, size: records.length, type: TYPE.pax }),
        padded(records)
      );
    }
    parts.push(
      header({
        name: split?.name ?? asciiPrefix(name, USTAR_NAME),
        prefix: split?.prefix ?? "",
        mode: entry.type === "symlink" ? 511 : entry.mode,
        uid: Math.min(entry.uid, MAX_OCTAL_ID),
        gid: Math.min(entry.gid, MAX_OCTAL_ID),
        size: data.length,
        type: TYPE[entry.type],
        linkname: fitsUstar(linkname, USTAR_NAME) ? linkname : asciiPrefix(linkname, USTAR_NAME)
      })
    );
    if (data.length > 0) parts.push(padded(data));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}
function header(h) {
  const block = Buffer.alloc(BLOCK);
  block.write(h.name, 0, USTAR_NAME, "utf8");
  block.write(octal(h.mode & 4095, 8), 100, "ascii");
  block.write(octal(h.uid, 8), 108, "ascii");
  block.write(octal(h.gid, 8), 116, "ascii");
  block.write(octal(h.size, 12), 124, "ascii");
  block.write(octal(0, 12), 136, "ascii");
  block.write("        ", 148, "ascii");
  block.write(h.type, 156, "ascii");
  block.write(h.linkname ?? "", 157, USTAR_NAME, "utf8");
  block.write("ustar\x0000", 257, "ascii");
  block.write(h.prefix ?? "", 345, USTAR_PREFIX, "utf8");
  let sum2 = 0;
  for (const byte of block) sum2 += byte;
  block.write(`${sum2.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return block;
}
function octal(value, width) {
  if (value > 8 ** (width - 1) - 1) throw new RangeError(`tar field value ${value} does not fit`);
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}
function padded(data) {
  const rest = data.length % BLOCK;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(BLOCK - rest)]);
}
function fitsUstar(text, max) {
  return Buffer.byteLength(text) <= max && /^[\x20-\x7e]*$/.test(text);
}
function splitUstarName(name) {
  if (!/^[\x20-\x7e]*$/.test(name)) return void 0;
  if (name.length <= USTAR_NAME) return { name, prefix: "" };
  for (let cut = name.indexOf("/"); cut !== -1; cut = name.indexOf("/", cut + 1)) {
    const prefix = name.slice(0, cut);
    const rest = name.slice(cut + 1);
    if (prefix.length <= USTAR_PREFIX && rest.length <= USTAR_NAME && rest !== "")
      return { name: rest, prefix };
  }
  return void 0;
}
function asciiPrefix(text, max) {
  return text.replace(/[^\x20-\x7e]/g, "_").slice(0, max);
}
function paxName(name) {
  const base = name.replace(/\/$/, "").split("/").at(-1) ?? "";
  return asciiPrefix(`PaxHeaders/${base}`, USTAR_NAME);
}
function paxRecords(values) {
  const records = Object.entries(values).map(([key, value]) => {
    const body = ` ${key}=${value}
`;
    const bodyLength = Buffer.byteLength(body);
    let length = bodyLength + 1;
    while (String(length).length + bodyLength !== length) length = String(length).length + bodyLength;
    return `${length}${body}`;
  });
  return Buffer.from(records.join(""), "utf8");
}

// packages/image/src/context/context-walk.ts
import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
function walkContext(contextDir, filter, options = {}) {
  const credentials = options.credentials ?? credentialFiles();
  const entries = [];
  const visit = (relative4) => {
    const names = readdirSync(join(contextDir, relative4)).sort();
    for (const name of names) {
      const path = relative4 === "" ? name : `${relative4}/${name}`;
      const absolutePath = join(contextDir, path);
      const stat = lstatSync(absolutePath);
      const ignored = filter.ignores(path, stat.isDirectory());
      if (!ignored && !stat.isDirectory() && credentials.holds(absolutePath)) {
        options.onCredentialFile?.(path);
        continue;
      }
      if (stat.isDirectory()) {
        if (!ignored)
          entries.push({ path, type: "directory", absolutePath, mode: stat.mode & 4095, size: 0 });
        if (!ignored || filter.hasExceptions) visit(path);
      } else if (!ignored && stat.isFile()) {
        entries.push({ path, type: "file", absolutePath, mode: stat.mode & 4095, size: stat.size });
      } else if (!ignored && stat.isSymbolicLink()) {
        entries.push({
          path,
          type: "symlink",
          absolutePath,
          mode: 511,
          size: 0,
          target: readlinkSync(absolutePath)
        });
      }
    }
  };
  visit("");
  return entries;
}

// packages/image/src/context/dockerignore.ts
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join as join2 } from "node:path";

// packages/image/src/context/path-pattern.ts
var SPECIAL = /* @__PURE__ */ new Set([...".+()|{}^$"]);
function compilePathPattern(pattern, doubleStar = true) {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "*") {
      if (doubleStar && pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        source += i + 1 >= pattern.length ? ".*" : "(?:.*/)?";
      } else {
        while (pattern[i + 1] === "*") i++;
        source += "[^/]*";
      }
    } else if (ch === "?") {
      source += "[^/]";
    } else if (ch === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) {
        source += "\\[";
      } else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        source += `[${body.replace(/\\(?!.)/g, "\\\\")}]`;
        i = end;
      }
    } else if (ch === "\\") {
      const next = pattern[i + 1];
      if (next !== void 0) {
        source += escapeRegExp(next);
        i++;
      } else {
        source += "\\\\";
      }
    } else {
      source += SPECIAL.has(ch) ? `\\${ch}` : ch;
    }
  }
  return new RegExp(`${source}$`);
}
function escapeRegExp(ch) {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
function cleanPattern(pattern) {
  const parts = [];
  for (const part of pattern.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/") || ".";
}
function hasWildcards(pattern) {
  return /[*?[\\]/.test(pattern);
}

// packages/image/src/context/dockerignore.ts
var DockerIgnore = class _DockerIgnore {
  source;
  rules;
  constructor(text, source) {
    this.source = source;
    this.rules = [];
    for (const raw of text.split(/\r?\n/)) {
      let line = raw.trim();
      if (line === "" || line.startsWith("#")) continue;
      const exclusion = line.startsWith("!");
      if (exclusion) line = line.slice(1).trim();
      const cleaned = cleanPattern(line);
      if (cleaned === ".") continue;
      this.rules.push({ regex: compilePathPattern(cleaned), exclusion, text: raw.trim() });
    }
  }
  /** Reads `<Dockerfile>.dockerignore` beside the Dockerfile when present (BuildKit), else `<context>/.dockerignore`. */
  static read(contextDir, dockerfilePath) {
    const candidates = [
      ...dockerfilePath ? [join2(dirname(dockerfilePath), `${basename(dockerfilePath)}.dockerignore`)] : [],
      join2(contextDir, ".dockerignore")
    ];
    for (const path of candidates) {
      if (existsSync(path)) return new _DockerIgnore(readFileSync(path, "utf8"), path);
    }
    return new _DockerIgnore("");
  }
  get hasExceptions() {
    return this.rules.some((rule) => rule.exclusion);
  }
  /** Whether the context path (relative, `/`-separated) is left out of the build context. */
  ignores(path) {
    const parents = [];
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) parents.push(parts.slice(0, i).join("/"));
    let ignored = false;
    for (const rule of this.rules) {
      const matched = rule.regex.test(path) || parents.some((parent) => rule.regex.test(parent));
      if (matched) ignored = !rule.exclusion;
    }
    return ignored;
  }
};

// packages/image/src/context/gitignore-filter.ts
var import_ignore = __toESM(require_ignore(), 1);
function gitignoreFilter(patterns) {
  const matcher = (0, import_ignore.default)().add([...patterns]);
  return {
    hasExceptions: patterns.some((pattern) => pattern.trim().startsWith("!")),
    // A trailing slash lets folder-only patterns (`build/`) match the folder itself.
    ignores: (path, isDirectory = false) => matcher.ignores(isDirectory ? `${path}/` : path)
  };
}
function bothFilters(first, second) {
  return {
    hasExceptions: first.hasExceptions || second.hasExceptions,
    ignores: (path, isDirectory) => first.ignores(path, isDirectory) || second.ignores(path, isDirectory)
  };
}

// packages/image/src/context/pack-context.ts
var OUTSIDE_DOCKERFILE = ".build-image/Dockerfile";
function packContext(contextDir, dockerfilePath, uploadIgnore) {
  const inside = relative(contextDir, dockerfilePath);
  const dockerfile = inside.startsWith("..") || inside.startsWith("/") ? void 0 : inside.split("\\").join("/");
  const docker = DockerIgnore.read(contextDir, dockerfilePath);
  const keep = /* @__PURE__ */ new Set([dockerfile, ".dockerignore", `${dockerfile}.dockerignore`]);
  const dockerFilter = {
    hasExceptions: docker.hasExceptions,
    ignores: (p) => !keep.has(p) && docker.ignores(p)
  };
  const credentialFiles2 = [];
  const entries = walkContext(contextDir, bothFilters(gitignoreFilter(uploadIgnore.patterns), dockerFilter), {
    onCredentialFile: (path) => credentialFiles2.push(path)
  }).map(toTarEntry);
  if (dockerfile === void 0) {
    entries.push({
      type: "file",
      path: OUTSIDE_DOCKERFILE,
      data: readFileSync2(dockerfilePath),
      mode: 420,
      uid: 0,
      gid: 0
    });
  }
  const archive = gzipReproducibly(writeTar(entries.sort((a, b) => a.path < b.path ? -1 : 1)));
  return {
    archive,
    digest: sha256Digest(archive),
    files: entries.filter((e) => e.type === "file").length,
    dockerfile: dockerfile ?? OUTSIDE_DOCKERFILE,
    ignoreFiles: [uploadIgnore.describedAs, ...docker.source ? [relative(contextDir, docker.source)] : []],
    credentialFiles: credentialFiles2
  };
}
function toTarEntry(entry) {
  const owner = { uid: 0, gid: 0 };
  if (entry.type === "directory") return { type: "directory", path: entry.path, mode: 493, ...owner };
  if (entry.type === "symlink")
    return { type: "symlink", path: entry.path, target: entry.target ?? "", ...owner };
  return {
    type: "file",
    path: entry.path,
    data: readFileSync2(entry.absolutePath),
    mode: entry.mode & 73 ? 493 : 420,
    ...owner
  };
}

// packages/image/src/platform.ts
var PART = /^[a-z0-9_.-]+$/;
function parsePlatform(text) {
  const parts = text.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) return void 0;
  const [os, architecture, variant] = parts;
  return { os, architecture, ...variant ? { variant } : {} };
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function platformMatches(candidate, wanted) {
  if (!candidate || candidate.os !== wanted.os || candidate.architecture !== wanted.architecture)
    return false;
  const normal = (p) => p.variant ?? (p.architecture === "arm64" ? "v8" : void 0);
  const wantedVariant = normal(wanted);
  return wantedVariant === void 0 || normal(candidate) === wantedVariant;
}

// packages/image/src/reference.ts
var ImageReferenceError = class extends Error {
  text;
  constructor(text, reason) {
    super(reason);
    this.name = "ImageReferenceError";
    this.text = text;
  }
};
var DOCKER_HUB = "docker.io";
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var MAX_NAME = 255;
function isValidTag(tag) {
  return TAG.test(tag);
}
function parseImageReference(text) {
  const fail = (reason) => {
    throw new ImageReferenceError(text, reason);
  };
  if (text === "") fail("it is empty");
  if (/\s/.test(text)) fail("it contains whitespace");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      fail(`the digest ${JSON.stringify(digest)} is not sha256: followed by 64 hex digits`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      fail(
        `the tag ${JSON.stringify(tag)} is not valid (letters, digits, _ . -, not starting with . or -, at most 128)`
      );
    }
  }
  const { registry, repository } = splitRegistry(rest, fail);
  return { registry, repository, ...tag === void 0 ? {} : { tag }, ...digest ? { digest } : {} };
}
function parseRepository(text) {
  const reference = parseImageReference(text);
  if (reference.tag !== void 0 || reference.digest !== void 0) {
    throw new ImageReferenceError(
      text,
      `it names a ${reference.digest ? "digest" : "tag"}; give the repository alone (tags go in the tags input)`
    );
  }
  return reference;
}
function splitRegistry(name, fail) {
  if (name === "") fail("the repository name is empty");
  const slash = name.indexOf("/");
  const first = slash === -1 ? "" : name.slice(0, slash);
  const isHost = slash !== -1 && (first.includes(".") || first.includes(":") || first === "localhost");
  let registry = DOCKER_HUB;
  let repository = name;
  if (isHost) {
    registry = first;
    repository = name.slice(slash + 1);
    if (!HOST.test(registry))
      fail(`the registry ${JSON.stringify(registry)} is not a host name with an optional port`);
  }
  if (registry === "index.docker.io") registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  for (const component of repository.split("/")) {
    if (!PATH_COMPONENT.test(component)) {
      fail(
        `the path component ${JSON.stringify(component)} must be lowercase letters and digits, separated by . _ __ or -`
      );
    }
  }
  if (repository.length > MAX_NAME) fail(`the repository name is longer than ${MAX_NAME} characters`);
  return { registry, repository };
}
function repositoryName(reference) {
  return `${reference.registry}/${reference.repository}`;
}
function formatReference(reference) {
  const name = repositoryName(reference);
  if (reference.digest)
    return reference.tag ? `${name}:${reference.tag}@${reference.digest}` : `${name}@${reference.digest}`;
  return `${name}:${reference.tag ?? "latest"}`;
}
function manifestReference(reference) {
  return reference.digest ?? reference.tag ?? "latest";
}

// packages/image/src/common-js.ts
function commonJs(namespace) {
  const exports = namespace.default;
  return exports !== null && typeof exports === "object" ? exports : namespace;
}

// packages/image/src/builders/cloud-build-client.ts
var CLOUD_BUILD_EMULATOR_HOST = "CLOUD_BUILD_EMULATOR_HOST";
async function createCloudBuildClient(env = process.env) {
  const { CloudBuildClient } = commonJs(await import("../../../dist/chunks/src-ASXLKCKN.mjs"));
  const emulator = env[CLOUD_BUILD_EMULATOR_HOST];
  if (!emulator) return new CloudBuildClient({ fallback: true });
  const match = /^(?:http:\/\/)?(127\.0\.0\.1|localhost|\[::1\]):(\d+)$/.exec(emulator);
  if (!match)
    throw new Error(
      `${CLOUD_BUILD_EMULATOR_HOST} must be a loopback host:port; got ${JSON.stringify(emulator)}`
    );
  const { PassThroughClient } = commonJs(await import("../../../dist/chunks/src-W7WMXSQN.mjs"));
  return new CloudBuildClient({
    fallback: true,
    protocol: "http",
    apiEndpoint: match[1],
    port: Number(match[2]),
    authClient: new PassThroughClient()
  });
}

// packages/image/src/builders/cloud-build-refusal.ts
var HTTP_STATUS_OF_CODE = { 7: 403, 16: 401 };
var CREATE_BUILD_ROLES = `${ROLES.cloudBuildEditor}, and the ${ROLES.stagingObjects}`;
function createBuildRefusal(error, project) {
  const message = error instanceof Error ? error.message : String(error);
  const refusal = accessRefusal(httpStatus(error), message);
  if (refusal === void 0) return void 0;
  const reason = message.split("\n")[0]?.replace(/\.$/, "") ?? "";
  return new Error(
    `Cloud Build refused to create the build in project ${project}: ${reason}. ${accessAdvice(refusal, CREATE_BUILD_ROLES)}`,
    { cause: error }
  );
}
function httpStatus(error) {
  const { code: code2, statusCode } = error ?? {};
  if (typeof statusCode === "number") return statusCode;
  if (typeof code2 !== "number") return void 0;
  return code2 >= 100 ? code2 : HTTP_STATUS_OF_CODE[code2];
}

// packages/image/src/builders/log-tail.ts
var LogTail = class {
  offset = 0;
  partial = "";
  uri;
  storage;
  print;
  constructor(uri, storage, print) {
    this.uri = uri;
    this.storage = storage;
    this.print = print;
  }
  async poll() {
    let chunk;
    try {
      chunk = await this.storage.readFrom(this.uri, this.offset);
    } catch {
      return;
    }
    if (chunk.length === 0) return;
    this.offset += chunk.length;
    const lines = (this.partial + chunk.toString("utf8")).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.print(line);
  }
  /** Prints what is left, the last line even without its newline. */
  async finish() {
    await this.poll();
    if (this.partial) this.print(this.partial);
    this.partial = "";
  }
};

// packages/image/src/builders/cloud-build-builder.ts
var BUILDER = "gcr.io/cloud-builders/docker";
var RUNNING = /* @__PURE__ */ new Set(["STATUS_UNKNOWN", "PENDING", "QUEUED", "WORKING"]);
async function buildWithCloudBuild(options) {
  const { log } = options;
  const packed = packContext(options.contextDir, options.dockerfilePath, options.uploadIgnore);
  for (const path of packed.credentialFiles) log(credentialFileLeftOut(path));
  const staging = options.sourceStagingDir.replace(/\/+$/, "");
  const sourceUri = `${staging}/${packed.digest.slice("sha256:".length)}.tgz`;
  const uploaded = await options.storage.uploadIfAbsent(sourceUri, packed.archive, "application/gzip");
  log(
    `Context: ${packed.files} files, ${packed.archive.length} bytes (filtered by ${packed.ignoreFiles.join(" and ")}); ${uploaded === "present" ? "already at" : "uploaded to"} ${sourceUri}`
  );
  const { bucket, object } = splitGsUri(sourceUri);
  const name = repositoryName(options.target);
  const images = options.tags.map((tag) => `${name}:${tag}`);
  const build = {
    source: { storageSource: { bucket, object } },
    steps: [
      {
        name: BUILDER,
        env: ["DOCKER_BUILDKIT=1"],
        args: [
          "build",
          "--platform",
          formatPlatform(options.platform),
          "--file",
          packed.dockerfile,
          ...images.flatMap((image) => ["--tag", image]),
          ...Object.entries(options.buildArgs).flatMap(([key, value]) => ["--build-arg", `${key}=${value}`]),
          ...Object.entries(options.labels).flatMap(([key, value]) => ["--label", `${key}=${value}`]),
          "."
        ]
      }
    ],
    images,
    timeout: { seconds: options.timeoutSeconds },
    tags: ["build-image", ...options.buildTags ?? []]
  };
  const client = options.client ?? await createCloudBuildClient();
  try {
    const [operation] = await client.createBuild(
      options.region === "global" ? { projectId: options.project, build } : { parent: `projects/${options.project}/locations/${options.region}`, build }
    ).catch((error) => {
      throw createBuildRefusal(error, options.project) ?? error;
    });
    const started = operation.metadata?.build;
    if (!started?.id) throw new Error("Cloud Build answered CreateBuild without a build id");
    log(`Cloud Build ${started.id} created: ${started.logUrl ?? ""}`);
    const finished = await follow(client, options, started);
    return result(finished, options, images);
  } finally {
    if (!options.client) await client.close();
  }
}
async function follow(client, options, started) {
  const address = options.region === "global" ? { projectId: options.project, id: started.id } : { name: `projects/${options.project}/locations/${options.region}/builds/${started.id}` };
  const logs = started.logsBucket ? new LogTail(
    `${started.logsBucket.replace(/\/+$/, "")}/log-${started.id}.txt`,
    options.storage,
    options.log
  ) : void 0;
  let cancelling;
  const cancel = () => {
    cancelling = client.cancelBuild(address).catch(() => void 0);
  };
  options.signal?.addEventListener("abort", cancel, { once: true });
  if (options.signal?.aborted) cancel();
  let wait = 250;
  try {
    for (; ; ) {
      const [build] = await client.getBuild(address);
      await logs?.poll();
      const finished = !RUNNING.has(statusName(build.status));
      if (finished) await logs?.finish();
      if (finished && !cancelling) return build;
      if (cancelling) {
        await cancelling;
        throw new Error(`The step was cancelled; Cloud Build ${started.id} was asked to cancel too.`);
      }
      await delay(options.pollIntervalMs ?? wait, void 0, { signal: options.signal }).catch(
        () => void 0
      );
      wait = Math.min(5e3, Math.round(wait * 1.5));
    }
  } finally {
    options.signal?.removeEventListener("abort", cancel);
  }
}
function result(build, options, images) {
  const status = statusName(build.status);
  if (status !== "SUCCESS") {
    const detail = build.failureInfo?.detail || build.statusDetail || "";
    throw new Error(
      `Cloud Build ${build.id} ended ${status}${detail ? `: ${detail}` : ""}. Log: ${build.logUrl ?? `${build.logsBucket}/log-${build.id}.txt`}`
    );
  }
  const pushed = build.results?.images ?? [];
  const digest = pushed.find((image) => image.name === images[0])?.digest ?? pushed[0]?.digest;
  if (!digest)
    throw new Error(`Cloud Build ${build.id} succeeded but reported no image digest in its results`);
  return {
    builder: "cloud-build",
    digest,
    image: `${repositoryName(options.target)}@${digest}`,
    tags: options.tags,
    pushed: true,
    cloudBuild: { id: build.id ?? "", logUrl: build.logUrl ?? "" }
  };
}
function statusName(status) {
  if (typeof status === "string") return status;
  const names = [
    "STATUS_UNKNOWN",
    "QUEUED",
    "WORKING",
    "SUCCESS",
    "FAILURE",
    "INTERNAL_ERROR",
    "TIMEOUT",
    "CANCELLED",
    "EXPIRED",
    "PENDING"
  ];
  if (status === 10) return "PENDING";
  return names[Number(status)] ?? "STATUS_UNKNOWN";
}
function splitGsUri(uri) {
  const match = /^gs:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!match) throw new Error(`not a gs:// object URI: ${uri}`);
  return { bucket: match[1], object: match[2] };
}

// packages/image/src/builders/docker-builder.ts
import { mkdtempSync, readFileSync as readFileSync4, rmSync } from "node:fs";
import { basename as basename3, join as join4 } from "node:path";

// packages/image/src/builders/docker-context.ts
import { copyFileSync, readFileSync as readFileSync3, writeFileSync } from "node:fs";
import { basename as basename2, join as join3 } from "node:path";
function prepareDockerContext(input) {
  const { contextDir, dockerfilePath } = input;
  const ignore2 = DockerIgnore.read(contextDir, dockerfilePath);
  const credentialFiles2 = [];
  walkContext(contextDir, ignore2, {
    onCredentialFile: (path) => credentialFiles2.push(path),
    ...input.credentials ? { credentials: input.credentials } : {}
  });
  if (credentialFiles2.length === 0) return { dockerfilePath, credentialFiles: credentialFiles2 };
  const copy = join3(input.workDir, basename2(dockerfilePath));
  copyFileSync(dockerfilePath, copy);
  const ignoreFile = `${copy}.dockerignore`;
  const rules = ignore2.source ? readFileSync3(ignore2.source, "utf8").replace(/\n?$/, "\n") : "";
  writeFileSync(
    ignoreFile,
    `${rules}# build-image: credentials files never enter the build context
${credentialFiles2.map(literalPattern).join("\n")}
`
  );
  return { dockerfilePath: copy, credentialFiles: credentialFiles2, ignoreFile };
}
function literalPattern(path) {
  return path.replace(/[\\*?[\]#!]/g, (ch) => `\\${ch}`);
}

// packages/image/src/builders/docker-builder.ts
function dockerBuildArgs(options, metadataFile) {
  const name = repositoryName(options.target);
  return [
    "buildx",
    "build",
    "--file",
    options.dockerfilePath,
    "--platform",
    formatPlatform(options.platform),
    ...options.tags.flatMap((tag) => ["--tag", `${name}:${tag}`]),
    ...Object.entries(options.buildArgs).flatMap(([key, value]) => ["--build-arg", `${key}=${value}`]),
    ...Object.entries(options.labels).flatMap(([key, value]) => ["--label", `${key}=${value}`]),
    "--metadata-file",
    metadataFile,
    options.push ? "--push" : "--load",
    options.contextDir
  ];
}
async function buildWithDocker(options) {
  const docker = options.docker ?? "docker";
  const registry = options.target.registry;
  const credentials = options.push ? await options.credentials(registry) : void 0;
  const work = mkdtempSync(join4(options.tempDir, "build-image-docker-"));
  const metadataFile = join4(work, "metadata.json");
  try {
    const context = prepareDockerContext({
      contextDir: options.contextDir,
      dockerfilePath: options.dockerfilePath,
      workDir: work
    });
    for (const path of context.credentialFiles) options.log(credentialFileLeftOut(path));
    if (context.ignoreFile) {
      options.log(
        `docker gets a copy of the Dockerfile with ${basename3(context.ignoreFile)} beside it: the context's ignore rules and these exclusions; the workspace is not changed.`
      );
    }
    if (credentials) {
      const login = await runDocker({
        command: docker,
        args: ["login", "--username", credentials.username, "--password-stdin", registry],
        stdin: credentials.password,
        onLine: options.log
      });
      const failure = processFailure(login, { what: `docker login ${registry}` });
      if (failure) throw failure;
    }
    try {
      const args = dockerBuildArgs({ ...options, dockerfilePath: context.dockerfilePath }, metadataFile);
      options.log(`Running ${JSON.stringify([docker, ...args])}`);
      const build = await runDocker({
        command: docker,
        args,
        onLine: options.log,
        ...options.signal ? { signal: options.signal } : {}
      });
      const failure = processFailure(build, { what: "docker buildx build" });
      if (failure) throw failure;
    } finally {
      if (credentials)
        await runDocker({ command: docker, args: ["logout", registry] }).catch(() => void 0);
    }
    const { digest, configDigest } = readDigests(metadataFile, options.push);
    return {
      builder: "docker",
      // A loaded image is in the engine only: its manifest digest names nothing a registry holds.
      ...options.push ? { digest, image: `${repositoryName(options.target)}@${digest}` } : {},
      ...configDigest ? { configDigest } : {},
      tags: options.tags,
      pushed: options.push
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
function runDocker(options) {
  return runProcess(options).catch((error) => {
    if (error instanceof ProcessStartError && error.code === "ENOENT") {
      throw new Error(`${options.command} was not found on PATH; install it or choose another builder`);
    }
    throw error;
  });
}
var DIGEST2 = /^sha256:[a-f0-9]{64}$/;
function readDigests(metadataFile, pushed) {
  let metadata;
  try {
    metadata = JSON.parse(readFileSync4(metadataFile, "utf8"));
  } catch (error) {
    throw new Error(`docker buildx build wrote no readable --metadata-file: ${error.message}`);
  }
  const digest = metadata["containerimage.digest"];
  const configDigest = metadata["containerimage.config.digest"];
  const [key, value] = pushed ? ["containerimage.digest", digest] : ["containerimage.config.digest", configDigest];
  if (typeof value !== "string" || !DIGEST2.test(value)) {
    throw new Error(`docker buildx build's metadata file has no ${key} (got ${JSON.stringify(value)})`);
  }
  return {
    ...typeof digest === "string" && DIGEST2.test(digest) ? { digest } : {},
    ...typeof configDigest === "string" && DIGEST2.test(configDigest) ? { configDigest } : {}
  };
}

// packages/image/src/distribution/media-types.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
var OCI_LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";
var DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
var DOCKER_CONFIG = "application/vnd.docker.container.image.v1+json";
var DOCKER_LAYER_GZIP = "application/vnd.docker.image.rootfs.diff.tar.gzip";
var MANIFEST_TYPES = [OCI_MANIFEST, DOCKER_MANIFEST];
var INDEX_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST];
var ACCEPTED_MANIFESTS = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(", ");
function companionTypes(manifestType) {
  return manifestType === DOCKER_MANIFEST ? { config: DOCKER_CONFIG, layer: DOCKER_LAYER_GZIP } : { config: OCI_CONFIG, layer: OCI_LAYER_GZIP };
}

// packages/image/src/distribution/registry-error.ts
var RegistryError = class extends Error {
  status;
  codes;
  retryAfterMs;
  constructor(message, status, codes = [], retryAfterMs) {
    super(message);
    this.name = "RegistryError";
    this.status = status;
    this.codes = codes;
    this.retryAfterMs = retryAfterMs;
  }
  /** 429 and 5xx are worth another try; 4xx are answers. */
  get retryable() {
    return this.status === 429 || this.status >= 500;
  }
};
async function describeErrorBody(response) {
  const raw = await response.text().catch(() => "");
  try {
    const body = JSON.parse(raw);
    const errors = body.errors ?? [];
    if (errors.length > 0) {
      return {
        text: errors.map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; "),
        codes: errors.map((e) => e.code ?? "").filter(Boolean)
      };
    }
  } catch {
  }
  const text = raw.trim().slice(0, 200);
  return { text: text || `${response.status} ${response.statusText}`.trim(), codes: [] };
}

// packages/image/src/distribution/manifests.ts
async function fetchManifest(client, repository, reference) {
  const what = `pull the manifest ${repository}:${reference}`.replace(":sha256:", "@sha256:");
  const response = await client.request("GET", `/v2/${repository}/manifests/${reference}`, {
    headers: { accept: ACCEPTED_MANIFESTS },
    expect: [200],
    what
  });
  const bytes = await client.readBytes(response);
  const digest = sha256Digest(bytes);
  if (reference.startsWith("sha256:") && digest !== reference) {
    throw new Error(`${client.registry} answered ${what} with content whose digest is ${digest}`);
  }
  const declared = JSON.parse(bytes.toString("utf8")).mediaType;
  const contentType = response.headers.get("content-type")?.split(";")[0]?.trim();
  return { mediaType: declared ?? contentType ?? "", digest, bytes };
}
async function resolveImage(client, reference, platform) {
  const name = formatReference(reference);
  let fetched;
  try {
    fetched = await fetchManifest(client, reference.repository, manifestReference(reference));
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) {
      throw new RegistryError(
        `The image ${name} does not exist: ${client.registry} answered HTTP 404 (${error.codes.join(", ") || "not found"}).`,
        404,
        error.codes
      );
    }
    throw error;
  }
  let indexDigest;
  if (INDEX_TYPES.includes(fetched.mediaType)) {
    const index = JSON.parse(fetched.bytes.toString("utf8"));
    const entry = index.manifests.find(
      (m) => MANIFEST_TYPES.includes(m.mediaType) && platformMatches(m.platform, platform)
    );
    if (!entry) {
      const available = index.manifests.filter((m) => m.platform && m.platform.architecture !== "unknown").map((m) => formatPlatform(m.platform));
      throw new Error(
        `The image ${name} has no ${formatPlatform(platform)} variant; it has ${available.join(", ") || "none"}. Set the platform input to one of them.`
      );
    }
    indexDigest = fetched.digest;
    fetched = await fetchManifest(client, reference.repository, entry.digest);
  }
  if (!MANIFEST_TYPES.includes(fetched.mediaType)) {
    throw new Error(
      `The image ${name} has a manifest of type ${fetched.mediaType || "(none)"}; only OCI and Docker schema 2 images can be built on.`
    );
  }
  const manifest = JSON.parse(fetched.bytes.toString("utf8"));
  const config = JSON.parse(
    (await fetchBlob(client, reference.repository, manifest.config.digest)).toString("utf8")
  );
  return {
    reference,
    digest: fetched.digest,
    ...indexDigest ? { indexDigest } : {},
    mediaType: fetched.mediaType,
    manifest,
    config
  };
}
async function fetchBlob(client, repository, digest) {
  const what = `pull the blob ${repository}@${digest}`;
  const response = await client.request("GET", `/v2/${repository}/blobs/${digest}`, { expect: [200], what });
  const bytes = await client.readBytes(response);
  if (sha256Digest(bytes) !== digest)
    throw new Error(`${client.registry} answered ${what} with other content`);
  return bytes;
}
async function putManifest(client, repository, reference, mediaType, bytes) {
  const response = await client.request("PUT", `/v2/${repository}/manifests/${reference}`, {
    headers: { "content-type": mediaType },
    body: bytes,
    expect: [201, 200],
    what: `push the manifest ${repository}:${reference}`
  });
  await response.body?.cancel();
  return response.headers.get("docker-content-digest") ?? sha256Digest(bytes);
}

// packages/image/src/distribution/registry-client.ts
import { setTimeout as delay2 } from "node:timers/promises";

// packages/image/src/distribution/auth-challenge.ts
function parseAuthChallenges(header2) {
  if (!header2) return [];
  const challenges = [];
  let i = 0;
  const skipSpace = () => {
    while (i < header2.length && /[\s,]/.test(header2[i])) i++;
  };
  const token = () => {
    const start = i;
    while (i < header2.length && /[^\s,=]/.test(header2[i])) i++;
    return header2.slice(start, i);
  };
  while (i < header2.length) {
    skipSpace();
    const scheme = token();
    if (scheme === "") break;
    const challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    for (; ; ) {
      skipSpace();
      const save = i;
      const name = token();
      while (i < header2.length && header2[i] === " ") i++;
      if (name === "" || header2[i] !== "=") {
        i = save;
        break;
      }
      i++;
      while (i < header2.length && header2[i] === " ") i++;
      challenge.params[name.toLowerCase()] = header2[i] === '"' ? quoted() : token();
    }
  }
  return challenges;
  function quoted() {
    let value = "";
    i++;
    while (i < header2.length && header2?.[i] !== '"') {
      if (header2?.[i] === "\\") i++;
      value += header2?.[i] ?? "";
      i++;
    }
    i++;
    return value;
  }
}

// packages/image/src/distribution/registry-endpoint.ts
import { isIP } from "node:net";
function registryBaseUrl(registry) {
  if (registry === DOCKER_HUB) return "https://registry-1.docker.io";
  return `${isLoopbackRegistry(registry) ? "http" : "https"}://${registry}`;
}
function isLoopbackRegistry(registry) {
  const host = hostOf(registry);
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return host === "::1";
}
function hostOf(registry) {
  if (registry.startsWith("[")) return registry.slice(1, registry.indexOf("]"));
  const colon = registry.lastIndexOf(":");
  return (colon === -1 ? registry : registry.slice(0, colon)).toLowerCase();
}
function isGoogleRegistry(registry) {
  const host = hostOf(registry);
  return host.endsWith("-docker.pkg.dev") || host === "gcr.io" || host.endsWith(".gcr.io");
}

// packages/image/src/distribution/registry-refusal.ts
function refusalMessage(refusal) {
  const { registry, status, what, username, detail } = refusal;
  const said = status === 403 ? `${registry} denied access to ${what} (HTTP 403 ${detail}).` : username === void 0 ? `${registry} requires credentials to ${what} (HTTP 401, ${detail}).` : `${registry} rejected the credentials of user ${JSON.stringify(username)} to ${what} (HTTP 401).`;
  return `${said} ${advice(refusal)}`;
}
function advice({ registry, status, what, username }) {
  const reading = /^pull\b/.test(what);
  if (isGoogleRegistry(registry)) {
    const role = reading ? `${ROLES.registryReader}` : ROLES.registryWriter;
    return accessAdvice(status === 401 ? "unauthenticated" : "permission-denied", role);
  }
  const may = `that may ${reading ? "pull from" : "push to"} it`;
  if (status === 403) {
    return `The account ${username === void 0 ? "(anonymous)" : JSON.stringify(username)} may not ${reading ? "read" : "write"} this repository: use one of ${registry} ${may}.`;
  }
  const own = `the registry's own credentials, as \`docker login ${registry}\` takes them`;
  return username === void 0 ? `Set the username and password inputs to an account of ${registry} ${may} (${own}); Google credentials are sent only to Artifact Registry (*-docker.pkg.dev) and Container Registry (gcr.io).` : `Check the username and password inputs: they must be an account of ${registry} ${may} (${own}).`;
}

// packages/image/src/distribution/registry-client.ts
var MAX_DELAY_MS = 5e3;
var RegistryClient = class {
  registry;
  baseUrl;
  bytesUploaded = 0;
  bytesDownloaded = 0;
  options;
  authorization;
  constructor(registry, options = {}) {
    this.registry = registry;
    this.baseUrl = registryBaseUrl(registry);
    this.options = options;
  }
  /** Sends a request to `/v2/…` (or an absolute upload URL the registry handed out). */
  async request(method, path, request) {
    const url = new URL(path, this.baseUrl);
    if (url.origin !== new URL(this.baseUrl).origin && url.protocol !== "https:") {
      throw new Error(
        `${this.registry} sent ${request.what} to ${url.origin}, which is not HTTPS; refusing to follow`
      );
    }
    const replayable = !(request.body instanceof ReadableStream);
    const retries = replayable && !request.once ? this.options.retries ?? 4 : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.authorizedRequest(method, url, request, replayable);
      } catch (error) {
        const transient = error instanceof RegistryError ? error.retryable : isNetworkError(error);
        if (!transient || attempt >= retries) throw error;
        const backoff = Math.min(MAX_DELAY_MS, (this.options.retryDelayMs ?? 250) * 2 ** attempt);
        const wait = error instanceof RegistryError ? Math.max(backoff, error.retryAfterMs ?? 0) : backoff;
        await delay2(Math.min(wait, MAX_DELAY_MS * 2));
      }
    }
  }
  /** Reads a response body, counting it as downloaded. */
  async readBytes(response) {
    const bytes = Buffer.from(await response.arrayBuffer());
    this.bytesDownloaded += bytes.length;
    return bytes;
  }
  async authorizedRequest(method, url, request, replayable) {
    let response = await this.send(method, url, request);
    if (response.status === 401) {
      const challenges = parseAuthChallenges(response.headers.get("www-authenticate"));
      await response.body?.cancel();
      await this.answerChallenge(challenges, request.what);
      if (!replayable)
        throw new Error(`${this.registry} asked to authenticate in the middle of ${request.what}`);
      response = await this.send(method, url, request);
    }
    if (request.expect.includes(response.status)) return response;
    throw await this.errorFor(response, request.what);
  }
  async send(method, url, request) {
    const headers = {
      "user-agent": this.options.userAgent ?? "mlops-actions-build-image",
      ...request.headers
    };
    if (this.authorization && url.origin === new URL(this.baseUrl).origin)
      headers.authorization = this.authorization;
    const body = request.body;
    const response = await fetch(url, {
      method,
      headers,
      ...body === void 0 ? {} : { body, duplex: "half" },
      redirect: "follow"
    });
    if (body instanceof Uint8Array) this.bytesUploaded += body.length;
    return response;
  }
  async answerChallenge(challenges, what) {
    const credentials = this.options.credentials;
    const bearer = challenges.find((c) => c.scheme === "bearer");
    if (bearer) {
      this.authorization = `Bearer ${await this.fetchToken(bearer)}`;
      return;
    }
    if (challenges.some((c) => c.scheme === "basic")) {
      if (!credentials) {
        throw new RegistryError(
          refusalMessage({ registry: this.registry, status: 401, what, detail: "Basic" }),
          401,
          ["UNAUTHORIZED"]
        );
      }
      if (this.authorization?.startsWith("Basic ")) {
        throw new RegistryError(
          refusalMessage({
            registry: this.registry,
            status: 401,
            what,
            username: credentials.username,
            detail: "Basic"
          }),
          401,
          ["UNAUTHORIZED"]
        );
      }
      this.authorization = `Basic ${basic(credentials)}`;
      return;
    }
    throw new RegistryError(
      `${this.registry} answered HTTP 401 to ${what} without a Basic or Bearer challenge.`,
      401,
      ["UNAUTHORIZED"]
    );
  }
  async fetchToken(challenge) {
    const realm = challenge.params.realm;
    if (!realm) throw new Error(`${this.registry} sent a Bearer challenge without a realm`);
    const tokenUrl = new URL(realm);
    if (tokenUrl.protocol !== "https:" && !(tokenUrl.protocol === "http:" && this.baseUrl.startsWith("http:"))) {
      throw new Error(
        `${this.registry} names a token realm that is not HTTPS (${tokenUrl.origin}); refusing to send credentials`
      );
    }
    if (challenge.params.service) tokenUrl.searchParams.set("service", challenge.params.service);
    const scopes = /* @__PURE__ */ new Set([...this.options.scopes ?? [], ...challenge.params.scope?.split(" ") ?? []]);
    for (const scope of [...scopes].filter(Boolean).sort()) tokenUrl.searchParams.append("scope", scope);
    const credentials = this.options.credentials;
    const response = await fetch(tokenUrl, {
      headers: {
        "user-agent": this.options.userAgent ?? "mlops-actions-build-image",
        ...credentials ? { authorization: `Basic ${basic(credentials)}` } : {}
      }
    });
    if (!response.ok) {
      const { text } = await describeErrorBody(response);
      const who = credentials ? `the credentials of user ${JSON.stringify(credentials.username)}` : "anonymous access";
      throw new RegistryError(
        `The token service of ${this.registry} (${tokenUrl.origin}${tokenUrl.pathname}) refused ${who}: HTTP ${response.status} ${text}`,
        response.status,
        ["UNAUTHORIZED"]
      );
    }
    const body = await response.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new Error(`The token service of ${this.registry} answered without a token`);
    return token;
  }
  async errorFor(response, what) {
    const { text, codes } = await describeErrorBody(response);
    const retryAfter = response.headers.get("retry-after");
    const retryAfterMs = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1e3 : void 0;
    let message = `${this.registry} could not ${what}: HTTP ${response.status} ${text}`;
    if (response.status === 401 || response.status === 403) {
      message = refusalMessage({
        registry: this.registry,
        status: response.status,
        what,
        username: this.options.credentials?.username,
        detail: text
      });
    }
    return new RegistryError(message, response.status, codes, retryAfterMs);
  }
};
function basic(credentials) {
  return Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64");
}
function isNetworkError(error) {
  return error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message);
}

// packages/image/src/dockerfile/copy-instruction.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { posix as posix2 } from "node:path";

// packages/image/src/dockerfile/context-links.ts
import { posix } from "node:path";
var MAX_LINKS = 40;
function followSourceLinks(context, path, keyword, line) {
  const pending = path.split("/").filter((part) => part !== "" && part !== ".");
  const resolved = [];
  let links = 0;
  let lastLink;
  while (pending.length > 0) {
    const part = pending.shift();
    if (part === "..") {
      resolved.pop();
      continue;
    }
    const candidate = [...resolved, part].join("/");
    const entry = context.byPath.get(candidate);
    if (entry?.type !== "symlink") {
      resolved.push(part);
      continue;
    }
    const target = entry.target ?? "";
    const shown = { path: candidate, target };
    if (++links > MAX_LINKS) {
      throw new DockerfileError(
        `${keyword} ${path}: too many levels of symbolic links at ${candidate}`,
        line
      );
    }
    const joined = posix.normalize(posix.join(resolved.join("/"), target));
    if (posix.isAbsolute(target) || joined === ".." || joined.startsWith("../")) {
      throw new DockerfileError(
        `${keyword} ${path}: ${candidate} is a symbolic link to ${target}, which is outside the build context; the layer builder follows links only inside it`,
        line
      );
    }
    lastLink = shown;
    resolved.length = 0;
    pending.unshift(...joined.split("/").filter((p) => p !== "" && p !== "."));
  }
  const found = resolved.length === 0 ? { path: "", type: "directory", mode: 493, size: 0, absolutePath: context.directory } : context.byPath.get(resolved.join("/"));
  if (!found && lastLink) {
    throw new DockerfileError(
      `${keyword} ${path}: ${lastLink.path} is a symbolic link to ${lastLink.target}, which is not in the build context (or left out by .dockerignore)`,
      line
    );
  }
  return found;
}

// packages/image/src/dockerfile/copy-instruction.ts
function buildContext(directory, entries) {
  return { directory, entries, byPath: new Map(entries.map((e) => [e.path, e])) };
}
var ROOT = { path: "", type: "directory", mode: 493, size: 0 };
function copyEntries(request, context) {
  const matched = [];
  for (const source of request.sources) {
    const cleaned = cleanPattern(source.replace(/^\/+/, ""));
    if (cleaned === ".." || cleaned.startsWith("../")) {
      throw new DockerfileError(
        `${request.keyword} ${source}: the path is outside the build context`,
        request.line
      );
    }
    if (cleaned === ".") {
      matched.push({ ...ROOT, absolutePath: context.directory });
      continue;
    }
    if (hasWildcards(cleaned)) {
      const regex = compilePathPattern(cleaned, false);
      const hits = context.entries.filter((e) => regex.test(e.path));
      if (hits.length === 0) {
        throw new DockerfileError(
          `${request.keyword} ${source}: no files in the build context match`,
          request.line
        );
      }
      matched.push(...hits);
      continue;
    }
    const entry = context.byPath.get(cleaned) ?? throughLinkedFolder(cleaned, request, context);
    if (!entry) {
      throw new DockerfileError(
        `${request.keyword} ${source}: not found in the build context (or left out by .dockerignore)`,
        request.line
      );
    }
    matched.push(entry);
  }
  const destination = posix2.resolve("/", request.workingDir, request.destination);
  const destinationIsFolder = /(^|\/)\.?$/.test(request.destination);
  if (matched.length > 1 && !destinationIsFolder) {
    throw new DockerfileError(
      `${request.keyword} with more than one source needs a destination folder ending in /; got ${JSON.stringify(request.destination)}`,
      request.line
    );
  }
  const entries = [];
  for (const source of matched) {
    const resolved = source.type === "symlink" ? followSourceLinks(context, source.path, request.keyword, request.line) : source;
    if (!resolved) throw new Error(`${source.path} vanished from the build context`);
    if (resolved.type === "directory") {
      entries.push(...folderContents(resolved, destination, request, context));
    } else {
      const target = destinationIsFolder || matched.length > 1 ? posix2.join(destination, posix2.basename(source.path)) : destination;
      if (request.keyword === "ADD" && isArchive(resolved.absolutePath)) {
        throw new NotLayerBuildable(`ADD ${source.path} is an archive, which ADD would unpack`, request.line);
      }
      entries.push(fileEntry(resolved, target, request));
    }
  }
  return entries;
}
function throughLinkedFolder(path, request, context) {
  const slash = path.lastIndexOf("/");
  if (slash === -1) return void 0;
  const folder = followSourceLinks(context, path.slice(0, slash), request.keyword, request.line);
  if (folder?.type !== "directory") return void 0;
  const name = path.slice(slash + 1);
  return context.byPath.get(folder.path === "" ? name : `${folder.path}/${name}`);
}
function folderContents(folder, destination, request, context) {
  const prefix = folder.path === "" ? "" : `${folder.path}/`;
  const owner = request.owner ?? { uid: 0, gid: 0 };
  const entries = [];
  if (request.owner && destination !== "/") {
    entries.push({ type: "directory", path: layerPath(destination), mode: request.mode ?? 493, ...owner });
  }
  for (const entry of context.entries) {
    if (!entry.path.startsWith(prefix)) continue;
    const path = posix2.join(destination, entry.path.slice(prefix.length));
    if (entry.type === "directory") {
      entries.push({ type: "directory", path: layerPath(path), mode: request.mode ?? 493, ...owner });
    } else if (entry.type === "symlink") {
      entries.push({ type: "symlink", path: layerPath(path), target: entry.target ?? "", ...owner });
    } else {
      entries.push(fileEntry(entry, path, request));
    }
  }
  return entries;
}
function fileEntry(entry, path, request) {
  const owner = request.owner ?? { uid: 0, gid: 0 };
  const mode = request.mode ?? (entry.mode & 73 ? 493 : 420);
  return { type: "file", path: layerPath(path), data: readFileSync5(entry.absolutePath), mode, ...owner };
}
function layerPath(absolute) {
  return absolute.replace(/^\/+/, "");
}
function isArchive(path) {
  const head = readFileSync5(path).subarray(0, 262);
  if (head[0] === 31 && head[1] === 139) return true;
  if (head.subarray(0, 3).toString("latin1") === "BZh") return true;
  if (head.subarray(0, 6).equals(Buffer.from([253, 55, 122, 88, 90, 0]))) return true;
  return head.length >= 262 && head.subarray(257, 262).toString("latin1") === "ustar";
}

// packages/image/src/dockerfile/evaluate-stage.ts
import { posix as posix3 } from "node:path";

// packages/image/src/dockerfile/shell-words.ts
function splitWords(text, escapeChar = "\\") {
  const words = [];
  let word = "";
  let inWord = false;
  let quote2;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote2 === void 0 && /\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === escapeChar && quote2 !== "'" && i + 1 < text.length) {
      word += text[++i];
    } else if (quote2 === void 0 && (ch === '"' || ch === "'")) {
      quote2 = ch;
    } else if (ch === quote2) {
      quote2 = void 0;
    }
  }
  if (inWord) words.push(word);
  return words;
}
function expandWord(word, variables, escapeChar = "\\") {
  let out = "";
  let i = 0;
  const text = word;
  while (i < text.length) {
    const ch = text[i];
    if (ch === escapeChar) {
      if (i + 1 < text.length) out += text[i + 1];
      i += 2;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      out += text.slice(i + 1, end === -1 ? text.length : end);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        const c = text[i];
        if (c === escapeChar && i + 1 < text.length && ['"', "$", escapeChar].includes(text[i + 1])) {
          out += text[i + 1];
          i += 2;
        } else if (c === "$") {
          const [value, next] = variable(text, i, variables, escapeChar);
          out += value;
          i = next;
        } else {
          out += c;
          i++;
        }
      }
      i++;
    } else if (ch === "$") {
      const [value, next] = variable(text, i, variables, escapeChar);
      out += value;
      i = next;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
function variable(text, start, variables, escapeChar) {
  const next = text[start + 1];
  if (next === "{") {
    const close = matchingBrace(text, start + 2);
    if (close === -1) throw new Error(`missing } in ${JSON.stringify(text)}`);
    const body = text.slice(start + 2, close);
    const name2 = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (!name2) throw new Error(`bad variable name in \${${body}}`);
    const modifier = body.slice(name2.length);
    const value = variables.get(name2);
    if (modifier === "") return [value ?? "", close + 1];
    const m = /^(:?)([-+?])([\s\S]*)$/.exec(modifier);
    if (!m) throw new Error(`the modifier in \${${body}} is not supported here`);
    const [, colon, op, rawWord = ""] = m;
    const isSet = colon ? value !== void 0 && value !== "" : value !== void 0;
    const word = () => expandWord(rawWord, variables, escapeChar);
    if (op === "-") return [isSet ? value : word(), close + 1];
    if (op === "+") return [isSet ? word() : "", close + 1];
    if (!isSet) throw new Error(`${name2}: ${word() || "is not set"}`);
    return [value, close + 1];
  }
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(start + 1))?.[0];
  if (!name) return ["$", start + 1];
  return [variables.get(name) ?? "", start + 1 + name.length];
}
function matchingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

// packages/image/src/dockerfile/instruction-values.ts
function declareArgs(instruction, into, buildArgs, global, escapeChar, variables = into) {
  const names = [];
  for (const word of splitWords(instruction.rest, escapeChar)) {
    const eq = word.indexOf("=");
    const name = eq === -1 ? word : word.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new DockerfileError(`ARG name ${JSON.stringify(name)} is not valid`, instruction.line);
    }
    names.push(name);
    const given = Object.hasOwn(buildArgs, name) ? buildArgs[name] : void 0;
    const fallback = eq === -1 ? global.get(name) : expand(word.slice(eq + 1), variables, instruction, escapeChar);
    const value = given ?? fallback;
    if (value !== void 0) into.set(name, value);
  }
  return names;
}
function keyValues(instruction, variables, escapeChar) {
  const words = splitWords(instruction.rest, escapeChar);
  const first = words[0] ?? "";
  if (words.length === 0)
    throw new DockerfileError(`${instruction.keyword} needs a name and a value`, instruction.line);
  if (unquotedEquals(first, escapeChar) === -1) {
    const value = instruction.rest.slice(instruction.rest.indexOf(first) + first.length).trim();
    if (instruction.keyword === "LABEL" || value === "") {
      throw new DockerfileError(
        `${instruction.keyword} needs name=value; got ${JSON.stringify(instruction.rest)}`,
        instruction.line
      );
    }
    return [
      [expand(first, variables, instruction, escapeChar), expand(value, variables, instruction, escapeChar)]
    ];
  }
  return words.map((word) => {
    const eq = unquotedEquals(word, escapeChar);
    if (eq <= 0) {
      throw new DockerfileError(
        `${instruction.keyword} needs name=value pairs; got ${JSON.stringify(word)}`,
        instruction.line
      );
    }
    return [
      expand(word.slice(0, eq), variables, instruction, escapeChar),
      expand(word.slice(eq + 1), variables, instruction, escapeChar)
    ];
  });
}
function unquotedEquals(word, escapeChar) {
  let quote2;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === escapeChar && quote2 !== "'") i++;
    else if (quote2 === void 0 && (ch === '"' || ch === "'")) quote2 = ch;
    else if (ch === quote2) quote2 = void 0;
    else if (ch === "=" && quote2 === void 0) return i;
  }
  return -1;
}
function commandOf(instruction) {
  return instruction.json ?? ["/bin/sh", "-c", instruction.rest];
}
function expand(word, variables, instruction, escapeChar) {
  try {
    return expandWord(word, variables, escapeChar);
  } catch (error) {
    throw new DockerfileError(`${instruction.keyword}: ${error.message}`, instruction.line);
  }
}
function expandUnquoted(word, variables, instruction) {
  return expand(word.replace(/[\\'"]/g, "\\$&"), variables, instruction, "\\");
}

// packages/image/src/dockerfile/platform-args.ts
function platformArgs(platform) {
  const text = formatPlatform(platform);
  return /* @__PURE__ */ new Map([
    ["TARGETPLATFORM", text],
    ["TARGETOS", platform.os],
    ["TARGETARCH", platform.architecture],
    ["TARGETVARIANT", platform.variant ?? ""],
    ["BUILDPLATFORM", text],
    ["BUILDOS", platform.os],
    ["BUILDARCH", platform.architecture],
    ["BUILDVARIANT", platform.variant ?? ""]
  ]);
}

// packages/image/src/dockerfile/evaluate-stage.ts
var FIXED_CREATED = "1970-01-01T00:00:00Z";
function evaluateStage(inputs) {
  const { dockerfile, buildArgs, platform } = inputs;
  const escapeChar = dockerfile.escape;
  const triggers = inputs.baseConfig?.config?.OnBuild;
  if (Array.isArray(triggers) && triggers.length > 0) {
    throw new NotLayerBuildable(
      `the base image has ONBUILD triggers (${triggers.join("; ")}), which run at build time`
    );
  }
  const config = startingConfig(inputs.baseConfig, platform);
  const container = config.config;
  const env = /* @__PURE__ */ new Map();
  for (const item of container.Env ?? []) {
    const eq = item.indexOf("=");
    if (eq > 0) env.set(item.slice(0, eq), item.slice(eq + 1));
  }
  const globalArgs = platformArgs(platform);
  const stageArgs = /* @__PURE__ */ new Map();
  const declared = /* @__PURE__ */ new Set();
  const variables = () => new Map([...stageArgs, ...env]);
  const files = /* @__PURE__ */ new Map();
  const layerLines = [];
  const history = [];
  let inStage = false;
  let cmdSet = false;
  for (const instruction of dockerfile.instructions) {
    const { keyword } = instruction;
    if (!inStage) {
      if (keyword === "ARG") {
        for (const name of declareArgs(instruction, globalArgs, buildArgs, globalArgs, escapeChar))
          declared.add(name);
      }
      inStage = keyword === "FROM";
      continue;
    }
    const text = `${keyword} ${instruction.args}`;
    switch (keyword) {
      case "ARG":
        for (const name of declareArgs(
          instruction,
          stageArgs,
          buildArgs,
          globalArgs,
          escapeChar,
          variables()
        ))
          declared.add(name);
        break;
      case "ENV":
        for (const [key, value] of keyValues(instruction, variables(), escapeChar)) {
          env.set(key, value);
          container.Env = [
            ...(container.Env ?? []).filter((e) => !e.startsWith(`${key}=`)),
            `${key}=${value}`
          ];
        }
        break;
      case "LABEL":
        for (const [key, value] of keyValues(instruction, variables(), escapeChar)) {
          container.Labels = { ...container.Labels ?? {}, [key]: value };
        }
        break;
      case "WORKDIR": {
        const dir = expand(instruction.rest, variables(), instruction, escapeChar);
        if (dir === "") throw new DockerfileError("WORKDIR needs a path", instruction.line);
        container.WorkingDir = posix3.resolve("/", container.WorkingDir || "/", dir);
        break;
      }
      case "USER":
        container.User = expand(instruction.rest, variables(), instruction, escapeChar);
        break;
      case "ENTRYPOINT":
        container.Entrypoint = commandOf(instruction);
        if (!cmdSet) container.Cmd = null;
        break;
      case "CMD":
        container.Cmd = commandOf(instruction);
        cmdSet = true;
        break;
      case "COPY":
      case "ADD":
        for (const entry of copyEntries(
          copyRequest(instruction, variables(), container, escapeChar),
          inputs.context
        )) {
          files.set(entry.path, entry);
        }
        layerLines.push(instruction.line);
        break;
      default:
        throw new NotLayerBuildable(`${keyword} is not one the layer builder applies`, instruction.line);
    }
    history.push({ created: FIXED_CREATED, created_by: text, comment: "build-image", empty_layer: true });
  }
  if (inputs.labels && Object.keys(inputs.labels).length > 0) {
    container.Labels = { ...container.Labels ?? {}, ...inputs.labels };
  }
  const layer = layerLines.length > 0 ? [...files.values()].sort(byPath) : void 0;
  if (layer) {
    history.push({
      created: FIXED_CREATED,
      created_by: `build-image: the files of ${layerLines.length === 1 ? "line" : "lines"} ${layerLines.join(", ")} as one layer`,
      comment: "build-image"
    });
  }
  config.history = [...config.history ?? [], ...history];
  return {
    config,
    layer,
    layerLines,
    unusedBuildArgs: Object.keys(buildArgs).filter((name) => !declared.has(name))
  };
}
function startingConfig(base, platform) {
  const config = base ? structuredClone(base) : {
    architecture: platform.architecture,
    os: platform.os,
    ...platform.variant ? { variant: platform.variant } : {},
    config: {},
    rootfs: { type: "layers", diff_ids: [] },
    history: []
  };
  config.created = FIXED_CREATED;
  config.config = { ...config.config ?? {} };
  config.rootfs = { type: "layers", diff_ids: [...config.rootfs?.diff_ids ?? []] };
  return config;
}
var byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
function copyRequest(instruction, variables, container, escapeChar) {
  const words = instruction.json ?? splitWords(instruction.rest, escapeChar);
  const expanded = words.map(
    (w) => instruction.json ? expandUnquoted(w, variables, instruction) : expand(w, variables, instruction, escapeChar)
  );
  if (expanded.length < 2) {
    throw new DockerfileError(
      `${instruction.keyword} needs at least one source and a destination`,
      instruction.line
    );
  }
  const chown = instruction.flags.chown === void 0 ? void 0 : expand(instruction.flags.chown, variables, instruction, escapeChar);
  const chmod = instruction.flags.chmod === void 0 ? void 0 : expand(instruction.flags.chmod, variables, instruction, escapeChar);
  if (chown !== void 0 && !isNumericOwner(chown)) {
    throw new NotLayerBuildable(
      `${instruction.keyword} --chown=${chown} names a user or group, which only the base image can resolve`,
      instruction.line
    );
  }
  if (chmod !== void 0 && !/^[0-7]{3,4}$/.test(chmod)) {
    throw new NotLayerBuildable(
      `${instruction.keyword} --chmod=${chmod} is not an octal mode`,
      instruction.line
    );
  }
  return {
    keyword: instruction.keyword,
    line: instruction.line,
    sources: expanded.slice(0, -1),
    destination: expanded.at(-1),
    workingDir: container.WorkingDir || "/",
    ...chown === void 0 ? {} : { owner: parseOwner(chown) },
    ...chmod === void 0 ? {} : { mode: Number.parseInt(chmod, 8) }
  };
}
function parseOwner(owner) {
  const [user = "0", group] = owner.split(":");
  const id = (text) => text === "root" ? 0 : Number(text);
  return { uid: id(user), gid: id(group ?? user) };
}

// packages/image/src/dockerfile/select-base.ts
function selectBase(dockerfile, buildArgs, platform) {
  const problem = whyNotLayerBuildable(dockerfile);
  if (problem) throw problem;
  const global = platformArgs(platform);
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === "ARG") {
      declareArgs(instruction, global, buildArgs, global, dockerfile.escape);
      continue;
    }
    if (instruction.keyword !== "FROM") continue;
    const words = splitWords(instruction.rest, dockerfile.escape);
    const [image, as, , extra] = words;
    if (!image || as !== void 0 && (as.toLowerCase() !== "as" || words.length !== 3) || extra !== void 0) {
      throw new DockerfileError(
        `FROM must be "FROM [--platform=…] image [AS name]"; got ${JSON.stringify(instruction.args)}`,
        instruction.line
      );
    }
    const expanded = expand(image, global, instruction, dockerfile.escape);
    let fromPlatform = platform;
    if (instruction.flags.platform !== void 0) {
      const text = expand(instruction.flags.platform, global, instruction, dockerfile.escape);
      const parsed = parsePlatform(text);
      if (!parsed)
        throw new DockerfileError(`FROM --platform=${text} is not os/arch[/variant]`, instruction.line);
      fromPlatform = parsed;
    }
    return { image: expanded, platform: fromPlatform, line: instruction.line };
  }
  throw new NotLayerBuildable("the Dockerfile has no FROM");
}

// packages/image/src/format-bytes.ts
function formatBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

// packages/image/src/layer/layer-blob.ts
function buildLayerBlob(entries) {
  const tar = writeTar(entries);
  const data = gzipReproducibly(tar);
  return { data, digest: sha256Digest(data), diffId: sha256Digest(tar), uncompressedSize: tar.length };
}

// packages/image/src/builders/assemble-image.ts
function assembleImage(base, config, layer) {
  const mediaType = base?.mediaType ?? OCI_MANIFEST;
  const types = companionTypes(mediaType);
  if (layer) config.rootfs?.diff_ids.push(layer.diffId);
  const configData = Buffer.from(JSON.stringify(config));
  const newLayer = layer && { mediaType: types.layer, digest: layer.digest, size: layer.data.length };
  const manifest = {
    schemaVersion: 2,
    mediaType,
    config: { mediaType: types.config, digest: sha256Digest(configData), size: configData.length },
    layers: [...(base?.manifest.layers ?? []).map(layerDescriptor), ...newLayer ? [newLayer] : []],
    ...mediaType === OCI_MANIFEST && base ? {
      annotations: {
        "org.opencontainers.image.base.digest": base.digest,
        "org.opencontainers.image.base.name": formatReference({ ...base.reference, digest: void 0 })
      }
    } : {}
  };
  const manifestData = Buffer.from(JSON.stringify(manifest));
  return {
    mediaType,
    config: { digest: manifest.config.digest, data: configData },
    manifest,
    manifestData,
    digest: sha256Digest(manifestData),
    ...newLayer ? { newLayer } : {}
  };
}
function layerDescriptor(d) {
  return {
    mediaType: d.mediaType,
    digest: d.digest,
    size: d.size,
    ...d.urls ? { urls: d.urls } : {},
    ...d.annotations ? { annotations: d.annotations } : {}
  };
}

// packages/image/src/distribution/blobs.ts
var DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
var UPLOAD_ATTEMPTS = 3;
async function blobExists(client, repository, digest) {
  const response = await client.request("HEAD", `/v2/${repository}/blobs/${digest}`, {
    expect: [200, 404],
    what: `check for the blob ${repository}@${digest}`
  });
  return response.status === 200;
}
async function mountBlob(client, repository, digest, from) {
  const query = new URLSearchParams({ mount: digest, from });
  const response = await client.request("POST", `/v2/${repository}/blobs/uploads/?${query}`, {
    headers: { "content-length": "0" },
    expect: [201, 202],
    what: `mount the blob ${digest} from ${from} into ${repository}`
  });
  await response.body?.cancel();
  if (response.status === 201) return true;
  const location = response.headers.get("location");
  if (location) {
    await client.request("DELETE", location, { expect: [204, 200, 404], what: "cancel an unneeded upload", once: true }).then((r) => r.body?.cancel()).catch(() => void 0);
  }
  return false;
}
async function uploadBlob(client, repository, digest, data, chunkSize = DEFAULT_CHUNK_SIZE) {
  for (let attempt = 1; ; attempt++) {
    try {
      await uploadOnce(client, repository, digest, data, chunkSize);
      return;
    } catch (error) {
      const transient = !(error instanceof RegistryError) || error.retryable;
      if (!transient || attempt >= UPLOAD_ATTEMPTS) throw error;
    }
  }
}
async function uploadOnce(client, repository, digest, data, chunkSize) {
  const what = `push the blob ${repository}@${digest}`;
  let location = await startUpload(client, repository, what);
  if (data.length > chunkSize) {
    for (let start = 0; start < data.length; start += chunkSize) {
      const chunk = data.subarray(start, Math.min(start + chunkSize, data.length));
      const response = await client.request("PATCH", location, {
        headers: {
          "content-type": "application/octet-stream",
          "content-range": `${start}-${start + chunk.length - 1}`,
          "content-length": String(chunk.length)
        },
        body: chunk,
        expect: [202],
        what,
        once: true
      });
      await response.body?.cancel();
      location = nextLocation(response, location);
    }
    await finishUpload(client, location, digest, void 0, what);
  } else {
    await finishUpload(client, location, digest, data, what);
  }
}
async function copyBlob(source, sourceRepository, target, targetRepository, descriptor) {
  const what = `push the blob ${targetRepository}@${descriptor.digest}`;
  const location = await startUpload(target, targetRepository, what);
  const response = await source.request("GET", `/v2/${sourceRepository}/blobs/${descriptor.digest}`, {
    expect: [200],
    what: `pull the blob ${sourceRepository}@${descriptor.digest}`
  });
  if (!response.body) throw new Error(`${source.registry} sent no body for ${descriptor.digest}`);
  const counted = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        source.bytesDownloaded += chunk.length;
        target.bytesUploaded += chunk.length;
        controller.enqueue(chunk);
      }
    })
  );
  await finishUpload(target, location, descriptor.digest, counted, what, descriptor.size);
}
async function startUpload(client, repository, what) {
  const response = await client.request("POST", `/v2/${repository}/blobs/uploads/`, {
    headers: { "content-length": "0" },
    expect: [202],
    what
  });
  await response.body?.cancel();
  return nextLocation(response, void 0);
}
async function finishUpload(client, location, digest, body, what, size) {
  const url = new URL(location, client.baseUrl);
  url.searchParams.set("digest", digest);
  const length = body instanceof Buffer ? body.length : size ?? 0;
  const response = await client.request("PUT", url.toString(), {
    headers: { "content-type": "application/octet-stream", "content-length": String(length) },
    ...body === void 0 ? {} : { body },
    expect: [201, 204],
    what,
    once: true
  });
  await response.body?.cancel();
}
function nextLocation(response, previous) {
  const location = response.headers.get("location");
  if (!location) {
    if (previous) return previous;
    throw new Error(
      `The registry opened an upload session without a Location header (HTTP ${response.status})`
    );
  }
  return location;
}

// packages/image/src/builders/push-image.ts
var PARALLEL_LAYERS = 4;
async function pushImage(plan) {
  const { target, targetRepository, base, log } = plan;
  const baseSummaries = await mapLimited(base?.layers ?? [], PARALLEL_LAYERS, async (layer) => {
    const transfer = await placeBaseLayer(plan, layer);
    return { digest: layer.digest, size: layer.size, origin: "base", transfer };
  });
  const counts = countBy(baseSummaries.map((s) => s.transfer));
  if (baseSummaries.length > 0) {
    log(
      `Base layers in ${target.registry}/${targetRepository}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}.`
    );
  }
  const summaries = [...baseSummaries];
  if (plan.newLayer) {
    const { descriptor, data } = plan.newLayer;
    const present = await blobExists(target, targetRepository, descriptor.digest);
    if (!present) await uploadBlob(target, targetRepository, descriptor.digest, data, plan.chunkSize);
    summaries.push({
      digest: descriptor.digest,
      size: descriptor.size,
      origin: "new",
      transfer: present ? "present" : "uploaded"
    });
  }
  if (!await blobExists(target, targetRepository, plan.config.digest)) {
    await uploadBlob(target, targetRepository, plan.config.digest, plan.config.data, plan.chunkSize);
  }
  for (const tag of plan.tags) {
    const reported = await putManifest(
      target,
      targetRepository,
      tag,
      plan.manifest.mediaType,
      plan.manifest.data
    );
    if (reported !== plan.manifest.digest) {
      throw new Error(
        `${target.registry} stored the manifest of ${targetRepository}:${tag} as ${reported}, not ${plan.manifest.digest}`
      );
    }
    log(`Pushed ${target.registry}/${targetRepository}:${tag}`);
  }
  return summaries;
}
async function placeBaseLayer(plan, layer) {
  const { target, targetRepository, base } = plan;
  if (!base || layer.urls?.length) return "present";
  if (await blobExists(target, targetRepository, layer.digest)) return "present";
  if (base.client === target && await mountBlob(target, targetRepository, layer.digest, base.repository)) {
    return "mounted";
  }
  plan.log(
    base.client === target ? `${target.registry} declined to mount ${layer.digest} from ${base.repository}; copying it (${layer.size} bytes).` : `Copying base layer ${layer.digest} (${layer.size} bytes) from ${base.client.registry} once; later builds find it in place.`
  );
  await copyBlob(base.client, base.repository, target, targetRepository, layer);
  return "copied";
}
async function mapLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function countBy(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

// packages/image/src/builders/layer-builder.ts
async function buildWithLayer(options) {
  const { dockerfile, target, log } = options;
  const selection = selectBase(dockerfile, options.buildArgs, options.platform);
  const baseReference = selection.image === "scratch" ? void 0 : parseBase(selection.image, selection.line);
  const targetClient = await clientFor(target.registry, options, [
    `repository:${target.repository}:pull,push`,
    ...baseReference?.registry === target.registry ? [`repository:${baseReference.repository}:pull`] : []
  ]);
  const baseClient = baseReference === void 0 || baseReference.registry === target.registry ? targetClient : await clientFor(baseReference.registry, options, [`repository:${baseReference.repository}:pull`]);
  let base;
  if (baseReference) {
    base = await resolveImage(baseClient, baseReference, selection.platform);
    log(
      `Base image ${formatReference(baseReference)} → ${base.digest}${base.indexDigest ? ` (${formatPlatform(selection.platform)} of index ${base.indexDigest})` : ""}: ${base.manifest.layers.length} layers, ${formatBytes(sum(base.manifest.layers))}, not downloaded.`
    );
  } else {
    log("Base image: scratch (no layers).");
  }
  const context = buildContext(
    options.contextDir,
    walkContext(options.contextDir, DockerIgnore.read(options.contextDir, options.dockerfilePath), {
      onCredentialFile: (path) => log(credentialFileLeftOut(path))
    })
  );
  const stage = evaluateStage({
    dockerfile,
    buildArgs: options.buildArgs,
    platform: selection.platform,
    baseConfig: base?.config,
    context,
    labels: options.labels
  });
  if (stage.unusedBuildArgs.length > 0) {
    log(`Build args not declared by any ARG (ignored, as docker does): ${stage.unusedBuildArgs.join(", ")}`);
  }
  const layer = stage.layer && buildLayerBlob(stage.layer);
  if (stage.layer && layer) {
    log(
      `New layer ${layer.digest}: ${stage.layer.length} entries from line${stage.layerLines.length === 1 ? "" : "s"} ${stage.layerLines.join(", ")}, ${formatBytes(layer.data.length)} compressed.`
    );
  }
  const image = assembleImage(base, stage.config, layer);
  const baseLayers = base?.manifest.layers ?? [];
  const notPushed = (d, origin) => ({
    digest: d.digest,
    size: d.size,
    origin,
    transfer: "not pushed"
  });
  let layers = [
    ...baseLayers.map((d) => notPushed(d, "base")),
    ...image.newLayer ? [notPushed(image.newLayer, "new")] : []
  ];
  if (options.push) {
    layers = await pushImage({
      target: targetClient,
      targetRepository: target.repository,
      base: baseReference && { client: baseClient, repository: baseReference.repository, layers: baseLayers },
      newLayer: layer && image.newLayer && { descriptor: image.newLayer, data: layer.data },
      config: image.config,
      manifest: { mediaType: image.mediaType, data: image.manifestData, digest: image.digest },
      tags: options.tags,
      log,
      ...options.chunkSize ? { chunkSize: options.chunkSize } : {}
    });
  }
  const clients = baseClient === targetClient ? [targetClient] : [targetClient, baseClient];
  return {
    builder: "layer",
    digest: image.digest,
    ...options.push ? { image: `${repositoryName(target)}@${image.digest}` } : {},
    configDigest: image.config.digest,
    tags: options.tags,
    pushed: options.push,
    ...baseReference && base ? { baseImage: `${formatReference({ ...baseReference, digest: void 0 })}@${base.digest}` } : {},
    layers,
    bytesUploaded: clients.reduce((n, c) => n + c.bytesUploaded, 0),
    bytesDownloaded: clients.reduce((n, c) => n + c.bytesDownloaded, 0)
  };
}
function parseBase(image, line) {
  try {
    return parseImageReference(image);
  } catch (error) {
    if (error instanceof ImageReferenceError) {
      throw new DockerfileError(`FROM ${image} is not a valid image reference: ${error.message}`, line);
    }
    throw error;
  }
}
async function clientFor(registry, options, scopes) {
  const credentials = await options.credentials(registry);
  return new RegistryClient(registry, { ...credentials ? { credentials } : {}, scopes });
}
function sum(layers) {
  return layers.reduce((n, l) => n + l.size, 0);
}

// packages/image/src/builders/build-image.ts
var BUILDER_CHOICES = ["auto", "layer", "docker", "cloud-build"];
async function buildImage(options) {
  const dockerfile = parseDockerfile(readFileSync6(options.dockerfilePath, "utf8"));
  const common = { ...options, ...options.signal ? { signal: options.signal } : {} };
  if (options.builder === "docker") return buildWithDocker(common);
  if (options.builder === "cloud-build") {
    if (!options.cloudBuild)
      throw new Error("the cloud-build builder needs its project, region and staging settings");
    return buildWithCloudBuild({ ...common, ...options.cloudBuild });
  }
  const problem = whyNotLayerBuildable(dockerfile);
  if (options.builder === "layer") {
    if (problem) throw layerRefusal(problem);
    try {
      return await buildWithLayer({ ...common, dockerfile });
    } catch (error) {
      throw error instanceof NotLayerBuildable ? layerRefusal(error) : error;
    }
  }
  let reason = problem?.message;
  if (!problem) {
    try {
      return await buildWithLayer({ ...common, dockerfile });
    } catch (error) {
      if (!(error instanceof NotLayerBuildable)) throw error;
      reason = error.message;
    }
  }
  options.log(`builder auto: building with docker, because ${reason}.`);
  return { ...await buildWithDocker(common), fallbackReason: reason };
}
function layerRefusal(problem) {
  return new NotLayerBuildable(
    `The layer builder cannot build this Dockerfile: ${problem.message}. Use builder docker or cloud-build (or auto, which picks docker for it).`
  );
}

// packages/image/src/context/inputs-hash.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync7 } from "node:fs";
var VERSION = "mlops-actions inputs-hash v1";
function inputsTag(hash) {
  return `inputs-${hash}`;
}
function computeInputsHash(options) {
  const hash = createHash2("sha256");
  const field = (name, value) => {
    hash.update(`${name} ${Buffer.byteLength(value)}
`);
    hash.update(value);
    hash.update("\n");
  };
  field("version", VERSION);
  field("dockerfile", readFileSync7(options.dockerfilePath));
  field("target", repositoryName(options.target));
  field("platform", formatPlatform(options.platform));
  for (const [name, value] of Object.entries(options.buildArgs).sort(([a], [b]) => a < b ? -1 : 1)) {
    field("build-arg", `${name}=${value}`);
  }
  hashContext(options, field);
  return hash.digest("hex");
}
function hashContext(options, field) {
  const dockerIgnore = DockerIgnore.read(options.contextDir, options.dockerfilePath);
  const excluded = new DockerIgnore(options.exclude.join("\n"));
  const credentials = credentialFiles(options.env);
  for (const entry of walkContext(options.contextDir, bothFilters(dockerIgnore, excluded), { credentials })) {
    field("entry", `${entry.type} ${entry.mode.toString(8)} ${entry.path}`);
    if (entry.type === "symlink") field("link", entry.target ?? "");
    if (entry.type === "file") field("content", sha256Of(readFileSync7(entry.absolutePath)));
  }
}
function sha256Of(data) {
  const hash = createHash2("sha256");
  return hash.update(data).digest("hex");
}

// packages/image/src/builders/find-tagged-image.ts
async function findTaggedImage(target, tag, credentials) {
  const found = await credentials(target.registry);
  const client = new RegistryClient(target.registry, {
    ...found ? { credentials: found } : {},
    scopes: [`repository:${target.repository}:pull`]
  });
  try {
    return (await fetchManifest(client, target.repository, tag)).digest;
  } catch (error) {
    if (error instanceof RegistryError && error.status === 404) return void 0;
    throw error;
  }
}

// packages/image/src/builders/build-or-reuse.ts
async function buildOrReuse(options) {
  const inputsHash = computeInputsHash({
    contextDir: options.contextDir,
    dockerfilePath: options.dockerfilePath,
    buildArgs: options.buildArgs,
    target: options.target,
    platform: options.platform,
    exclude: options.inputsHashExclude
  });
  const tag = inputsTag(inputsHash);
  options.log(`Inputs hash ${inputsHash} (tag ${tag}).`);
  if (options.reuseExisting) {
    const digest = await findTaggedImage(options.target, tag, options.credentials);
    if (digest !== void 0) {
      const image = `${repositoryName(options.target)}@${digest}`;
      options.log(`Reusing ${image}: ${repositoryName(options.target)}:${tag} exists, so nothing is built.`);
      return { reused: true, inputsHash, image, digest, tag };
    }
    options.log(`No image is tagged ${tag} yet: building it.`);
  }
  const tags = options.tags.includes(tag) ? options.tags : [...options.tags, tag];
  return { reused: false, inputsHash, build: await buildImage({ ...options, tags }) };
}

// packages/image/src/credentials/adc-token.ts
var CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
async function adcAccessToken() {
  const { GoogleAuth } = commonJs(await import("../../../dist/chunks/src-W7WMXSQN.mjs"));
  const auth = new GoogleAuth({ scopes: [CLOUD_PLATFORM] });
  let token;
  try {
    token = await auth.getAccessToken();
  } catch (error) {
    const reason = error.message.split("\n")[0]?.replace(/\.$/, "");
    throw new CredentialsError(
      `Could not get an access token for the Google registry from Application Default Credentials: ${reason}. Its service account needs the ${ROLES.registryWriter} (for another registry, set the username and password inputs instead).`
    );
  }
  if (!token) throw new Error("Application Default Credentials gave no access token.");
  return token;
}

// packages/image/src/credentials/registry-credentials.ts
var GOOGLE_TOKEN_USER = "oauth2accesstoken";
function registryCredentials(sources) {
  let googleToken;
  return async (registry) => {
    if (registry === sources.targetRegistry && sources.username && sources.password) {
      sources.onSecret?.(sources.password);
      return { username: sources.username, password: sources.password };
    }
    if (isGoogleRegistry(registry)) {
      googleToken ??= (sources.googleToken ?? adcAccessToken)().then((token) => {
        sources.onSecret?.(token);
        return token;
      });
      return { username: GOOGLE_TOKEN_USER, password: await googleToken };
    }
    return void 0;
  };
}

// packages/image/src/platform-values.ts
var COMMON_OS = [
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "illumos",
  "ios",
  "js",
  "linux",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "wasip1",
  "windows"
];
var RARE_OS = ["hurd", "nacl", "zos"];
var COMMON_ARCH = [
  "386",
  "amd64",
  "arm",
  "arm64",
  "loong64",
  "mips",
  "mips64",
  "mips64le",
  "mipsle",
  "ppc64",
  "ppc64le",
  "riscv64",
  "s390x",
  "wasm"
];
var RARE_ARCH = [
  "amd64p32",
  "armbe",
  "arm64be",
  "mips64p32",
  "mips64p32le",
  "ppc",
  "riscv",
  "s390",
  "sparc",
  "sparc64"
];
var range = (prefix, last) => Array.from({ length: last + 1 }, (_, i) => `${prefix}${i}`);
var VARIANTS = {
  arm: { values: ["v5", "v6", "v7", "v8"], shown: "v5, v6, v7, v8" },
  arm64: {
    values: ["v8", ...range("v8.", 9), "v9", ...range("v9.", 5)],
    shown: "v8, v8.0 to v8.9, v9, v9.0 to v9.5"
  },
  amd64: { values: ["v1", "v2", "v3", "v4"], shown: "v1, v2, v3, v4" },
  ppc64le: { values: ["power8", "power9", "power10"], shown: "power8, power9, power10" },
  riscv64: { values: ["rva20u64", "rva22u64", "rva23u64"], shown: "rva20u64, rva22u64, rva23u64" }
};
var ALIASES = {
  x86_64: "amd64",
  "x86-64": "amd64",
  aarch64: "arm64",
  armhf: "arm/v7",
  armel: "arm/v6",
  i386: "386",
  i686: "386"
};
function platformProblem(platform) {
  const { os, architecture, variant } = platform;
  if (![...COMMON_OS, ...RARE_OS].includes(os)) {
    return {
      requirement: `name an operating system the OCI image spec knows (Go's GOOS values: ${COMMON_OS.join(", ")} and the rarer ones)`,
      detail: `whose operating system "${os}" is not one`
    };
  }
  if (![...COMMON_ARCH, ...RARE_ARCH].includes(architecture)) {
    const alias = ALIASES[architecture];
    return {
      requirement: `name an architecture the OCI image spec knows (Go's GOARCH values: ${COMMON_ARCH.join(", ")} and the rarer ones)`,
      detail: `whose architecture "${architecture}" is not one${alias ? ` (did you mean ${os}/${alias}?)` : ""}`
    };
  }
  if (variant === void 0) return void 0;
  const known = VARIANTS[architecture];
  if (!known) return { requirement: `use no variant for ${architecture}` };
  if (!known.values.includes(variant)) {
    return { requirement: `use a variant the OCI image spec knows for ${architecture} (${known.shown})` };
  }
  return void 0;
}

// actions/build-image/src/config.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { join as join5, relative as relative2 } from "node:path";

// actions/build-image/src/cloud-build-settings.ts
var PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
var REGION = /^(global|[a-z]+-[a-z]+\d+)$/;
var MAX_TIMEOUT_SECONDS = 24 * 3600;
function readCloudBuildSettings(inputs, target, env, parseGsUri) {
  const given = inputs.optionalString("project");
  const project = given ?? projectOfImage(target) ?? (env.GOOGLE_CLOUD_PROJECT || env.CLOUDSDK_CORE_PROJECT || void 0);
  if (project === void 0) {
    throw new InputError(
      "project",
      "",
      'Input "project" is required with builder cloud-build when the image is not in Artifact Registry or gcr.io and GOOGLE_CLOUD_PROJECT is not set; got nothing.'
    );
  }
  if (!PROJECT.test(project)) {
    throw new InputError(
      "project",
      project,
      `Input "project" must be a Google Cloud project id (6 to 30 lowercase letters, digits and hyphens, starting with a letter); got ${quote(project)}.`
    );
  }
  const region = inputs.string("region", { default: "global" });
  if (!REGION.test(region)) {
    throw new InputError(
      "region",
      region,
      `Input "region" must be global or a region such as us-central1; got ${quote(region)}.`
    );
  }
  const sourceStagingDir = inputs.optionalString("source-staging-dir") ?? `gs://${project}_cloudbuild/source`;
  parseGsUri(sourceStagingDir, "source-staging-dir");
  const timeoutMs = inputs.duration("timeout", 30 * 6e4);
  if (timeoutMs < 1e3 || timeoutMs > MAX_TIMEOUT_SECONDS * 1e3) {
    const raw = inputs.string("timeout");
    throw new InputError(
      "timeout",
      raw,
      `Input "timeout" must be a duration from 1s to 24h, such as 20m; got ${quote(raw)}.`
    );
  }
  return { project, region, sourceStagingDir, timeoutSeconds: Math.round(timeoutMs / 1e3) };
}
function projectOfImage(target) {
  const host = target.registry.toLowerCase();
  if (!host.endsWith("-docker.pkg.dev") && host !== "gcr.io" && !host.endsWith(".gcr.io")) return void 0;
  const first = target.repository.split("/")[0];
  return first && PROJECT.test(first) ? first : void 0;
}

// actions/build-image/src/reuse-inputs.ts
var ACCEPTED = 'globs relative to the context, one per line (such as models or src/**/*.py; .dockerignore syntax, no "!", no "..", not absolute)';
function readReuseSettings(inputs) {
  const raw = inputs.string("inputs-hash-exclude");
  const inputsHashExclude = inputs.list("inputs-hash-exclude");
  for (const pattern of inputsHashExclude) {
    const problem = patternProblem(pattern);
    if (problem !== void 0) {
      throw new InputError(
        "inputs-hash-exclude",
        raw,
        `Input "inputs-hash-exclude" must be ${ACCEPTED}; got ${quote(pattern)}, which ${problem}.`
      );
    }
  }
  return { inputsHashExclude, reuseExisting: inputs.boolean("reuse-existing", false) };
}
function patternProblem(pattern) {
  if (pattern.startsWith("!")) return "would add paths back; list only what to leave out";
  if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern)) return "is absolute";
  if (pattern.split(/[\\/]/).includes("..")) return "leaves the context";
  const parts = pattern.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.length === 0) return "names the whole context, so the hash would cover no file";
  if (parts.every((part) => /^\*+$/.test(part))) return "matches every file, so the hash would cover no file";
  return void 0;
}

// actions/build-image/src/config.ts
function readConfig(inputs, context, parseGsUri, env = process.env) {
  const builder = inputs.enumeration("builder", BUILDER_CHOICES, "auto");
  const target = readImage(inputs.requiredString("image"));
  const tags = readTags(inputs.list("tags"), context.sha);
  const contextInput = inputs.string("context", { default: "." });
  const contextDir = resolveFolderInside("context", contextInput, context.workspace);
  const dockerfilePath = readDockerfile(inputs.optionalString("dockerfile"), contextDir, context.workspace);
  const platform = readPlatform(inputs.string("platform", { default: "linux/amd64" }));
  const buildArgs = readBuildArgs(inputs.map("build-args"), inputs.string("build-args"));
  const push = inputs.boolean("push", true);
  const reuse = readReuseSettings(inputs);
  const username = inputs.optionalString("username");
  const password = inputs.optionalString("password");
  if (username === void 0 !== (password === void 0)) {
    const [given, missing] = username === void 0 ? ["password", "username"] : ["username", "password"];
    throw new InputError(
      missing,
      "",
      `Input ${quote(missing)} must be set together with ${quote(given)}; got only ${quote(given)}.`
    );
  }
  let cloudBuild;
  if (builder === "cloud-build") {
    if (!parseGsUri) throw new Error("the cloud-build settings need the gs:// URI parser");
    cloudBuild = readCloudBuildSettings(inputs, target, env, parseGsUri);
  }
  if (builder === "cloud-build" && !push) {
    throw new InputError(
      "push",
      "false",
      'Input "push" must be true with builder cloud-build, which always pushes; got "false". Use builder layer or docker to build without pushing.'
    );
  }
  return {
    builder,
    target,
    tags,
    contextDir,
    dockerfilePath,
    platform,
    buildArgs,
    push,
    username,
    password,
    cloudBuild,
    ...reuse
  };
}
function readImage(value) {
  try {
    return parseRepository(value);
  } catch (error) {
    if (!(error instanceof ImageReferenceError)) throw error;
    throw new InputError(
      "image",
      value,
      `Input "image" must be an image repository such as us-docker.pkg.dev/my-project/my-repo/pipeline; got ${quote(value)}, which ${error.message.replace(/^it /, "")}.`
    );
  }
}
function readTags(lines, sha) {
  if (lines.length === 0) {
    if (sha === "") {
      throw new InputError(
        "tags",
        "",
        'Input "tags" is required when the commit sha (GITHUB_SHA) is unknown; got nothing.'
      );
    }
    return [sha];
  }
  for (const tag of lines) {
    if (!isValidTag(tag)) {
      throw new InputError(
        "tags",
        tag,
        `Input "tags" must be image tags, one per line (letters, digits, _ . -, not starting with . or -, at most 128 characters); got ${quote(tag)}.`
      );
    }
  }
  return [...new Set(lines)];
}
function readDockerfile(value, contextDir, workspace) {
  const shown = value ?? relative2(workspace, join5(contextDir, "Dockerfile"));
  const path = value === void 0 ? join5(contextDir, "Dockerfile") : resolveInside("dockerfile", value, workspace);
  if (!existsSync2(path) || !statSync(path).isFile()) {
    throw new InputError(
      "dockerfile",
      value ?? "",
      `Input "dockerfile" must be a file inside the workspace; got ${quote(shown)}, which ${existsSync2(path) ? "is not a file" : "does not exist"}.`
    );
  }
  return path;
}
function readPlatform(value) {
  const platform = parsePlatform(value);
  if (!platform) {
    throw new InputError(
      "platform",
      value,
      `Input "platform" must be os/arch or os/arch/variant, such as linux/amd64 or linux/arm64/v8; got ${quote(value)}.`
    );
  }
  const problem = platformProblem(platform);
  if (problem) {
    throw new InputError(
      "platform",
      value,
      `Input "platform" must ${problem.requirement}; got ${quote(value)}${problem.detail ? `, ${problem.detail}` : ""}.`
    );
  }
  return platform;
}
function readBuildArgs(args, raw) {
  for (const name of Object.keys(args)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(
        "build-args",
        raw,
        `Input "build-args" must be NAME=value lines whose names are ARG names (letters, digits, _; not starting with a digit); got the name ${quote(name)}.`
      );
    }
  }
  return args;
}

// actions/build-image/src/gcs-build-storage.ts
function gcsBuildStorage(gcs) {
  const storage = gcs.createStorage();
  return {
    async uploadIfAbsent(uri, data, contentType) {
      const result2 = await gcs.writeObjectIfAbsent(
        storage,
        gcs.parseGsUri(uri, "source-staging-dir"),
        data,
        contentType
      );
      return result2.created ? "uploaded" : "present";
    },
    async readFrom(uri, offset) {
      try {
        const data = await gcs.readObject(storage, gcs.parseGsUri(uri, "logsBucket"));
        return data.subarray(offset);
      } catch (error) {
        if (error instanceof gcs.NotFoundError) return Buffer.alloc(0);
        throw error;
      }
    }
  };
}

// actions/build-image/src/labels.ts
function ociLabels(context) {
  return {
    ...context.repository ? { "org.opencontainers.image.source": `${context.serverUrl}/${context.repository}` } : {},
    ...context.sha ? { "org.opencontainers.image.revision": context.sha } : {}
  };
}

// actions/build-image/src/summary.ts
var TRANSFER = {
  uploaded: "uploaded",
  mounted: "mounted from the base repository",
  present: "already there",
  copied: "copied from the base registry",
  "not pushed": "not pushed"
};
function summaryMarkdown(result2) {
  const rows = [
    ["Image", result2.image ? rawMarkdown(code(result2.image)) : "not pushed: nothing to pull"],
    ["Tags", rawMarkdown(result2.tags.map(code).join(" "))],
    [
      "Builder",
      result2.fallbackReason ? `${result2.builder} (auto: ${result2.fallbackReason})` : result2.builder
    ],
    ...result2.baseImage ? [["Base image", rawMarkdown(code(result2.baseImage))]] : [],
    ...result2.cloudBuild ? [["Cloud Build", rawMarkdown(link(result2.cloudBuild.id, result2.cloudBuild.logUrl))]] : [],
    ...result2.digest ? [["Digest", rawMarkdown(code(result2.digest))]] : [],
    ...result2.configDigest ? [["Config digest", rawMarkdown(code(result2.configDigest))]] : [],
    ...result2.bytesUploaded !== void 0 ? [["Bytes uploaded", formatBytes(result2.bytesUploaded)]] : [],
    ...result2.bytesDownloaded !== void 0 ? [["Bytes downloaded", formatBytes(result2.bytesDownloaded)]] : []
  ];
  const layers = result2.layers ?? [];
  return `${joinBlocks(
    heading(`✅ Image ${result2.pushed ? "pushed" : "built, not pushed,"} with ${result2.builder}`, 3),
    table(["", ""], rows),
    layers.length > 0 && heading("Layers", 4),
    layers.length > 0 && table(
      ["#", "Layer", "Size", "From", "Transfer"],
      layers.map((layer, i) => [
        i + 1,
        rawMarkdown(code(layer.digest.slice(0, 19))),
        formatBytes(layer.size),
        layer.origin === "new" ? "new" : "base image",
        TRANSFER[layer.transfer]
      ]),
      { align: ["right", "left", "right", "left", "left"] }
    )
  )}
`;
}
function reusedSummaryMarkdown(reused) {
  return `${joinBlocks(
    heading("♻️ Image reused: nothing built", 3),
    table(
      ["", ""],
      [
        ["Image", rawMarkdown(code(reused.image))],
        ["Found by tag", rawMarkdown(code(reused.tag))],
        ["Digest", rawMarkdown(code(reused.digest))]
      ]
    )
  )}
`;
}

// actions/build-image/src/upload-ignore.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join6, relative as relative3 } from "node:path";
function readUploadIgnore(gcs, contextDir, workspace) {
  const shownFolder = relative3(workspace, contextDir) || ".";
  const file = join6(contextDir, gcs.IGNORE_FILE_NAME);
  const rules = existsSync3(file) ? gcs.readIgnoreFile(file, join6(shownFolder, gcs.IGNORE_FILE_NAME)) : gcs.defaultIgnoreRules(contextDir, shownFolder);
  const files = rules.files.join(", ");
  return {
    patterns: rules.patterns,
    describedAs: rules.isDefault ? `gcloud's default${files ? ` with ${files}` : ""}` : files
  };
}

// actions/build-image/src/main.ts
function run() {
  return runAction("build-image", async () => {
    const context = readRunContext();
    const inputs = createInputs();
    const gcs = inputs.string("builder") === "cloud-build" ? await import("../../../dist/chunks/src-224NU5VW.mjs") : void 0;
    const config = readConfig(inputs, context, gcs?.parseGsUri);
    if (config.password) maskSecret(config.password);
    const uploadIgnore = gcs && readUploadIgnore(gcs, config.contextDir, context.workspace);
    const outcome = await untilTerminated(
      (signal) => buildOrReuse({
        inputsHashExclude: config.inputsHashExclude,
        reuseExisting: config.reuseExisting,
        builder: config.builder,
        dockerfilePath: config.dockerfilePath,
        contextDir: config.contextDir,
        target: config.target,
        tags: config.tags,
        buildArgs: config.buildArgs,
        platform: config.platform,
        push: config.push,
        labels: ociLabels(context),
        credentials: registryCredentials({
          targetRegistry: config.target.registry,
          ...config.username ? { username: config.username } : {},
          ...config.password ? { password: config.password } : {},
          onSecret: maskSecret
        }),
        // Docker's and Cloud Build's output is the repository's text: no line may act as a command.
        log: infoUntrusted,
        tempDir: context.runnerTemp,
        signal,
        ...config.cloudBuild && gcs && uploadIgnore ? {
          cloudBuild: {
            ...config.cloudBuild,
            uploadIgnore,
            storage: gcsBuildStorage(gcs),
            buildTags: context.runId ? [`run-${context.runId}-${context.runAttempt}`] : []
          }
        } : {}
      })
    );
    const inputsHash = outcome.inputsHash;
    if (outcome.reused) {
      setOutputs({
        image: outcome.image,
        digest: outcome.digest,
        "config-digest": "",
        tags: [],
        builder: "",
        "inputs-hash": inputsHash,
        reused: true
      });
      await writeSummary(reusedSummaryMarkdown(outcome));
      return;
    }
    const result2 = outcome.build;
    infoUntrusted(
      result2.image ? `Image ${result2.image} (${result2.builder})` : `Image built, not pushed (${result2.builder}): ${[result2.digest && `digest ${result2.digest}`, result2.configDigest && `config ${result2.configDigest}`].filter(Boolean).join(", ")}`
    );
    setOutputs({
      image: result2.image ?? "",
      digest: result2.digest ?? "",
      "config-digest": result2.configDigest ?? "",
      tags: result2.tags,
      builder: result2.builder,
      "inputs-hash": inputsHash,
      reused: false
    });
    await writeSummary(summaryMarkdown(result2));
  });
}

// actions/build-image/src/index.ts
await run();
