import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  IGNORE_FILE_NAME,
  IgnoreFileError,
  applySync,
  createSelection,
  createStorage,
  defaultIgnoreRules,
  globProblem,
  planSync,
  readIgnoreFile,
  singleFileTree,
  walkFolder
} from "../../../dist/chunks/chunk-4LN2NMAJ.mjs";
import "../../../dist/chunks/chunk-QW7CM5VB.mjs";
import "../../../dist/chunks/chunk-NQ33GZKI.mjs";
import "../../../dist/chunks/chunk-MY3XDB4R.mjs";
import "../../../dist/chunks/chunk-5AOMNDTN.mjs";
import "../../../dist/chunks/chunk-3FTY7FXV.mjs";
import {
  objectUri,
  parseGsUri
} from "../../../dist/chunks/chunk-GZHDFKOW.mjs";
import "../../../dist/chunks/chunk-GPU257TG.mjs";
import "../../../dist/chunks/chunk-DG4EUAX2.mjs";
import {
  ActionError,
  InputError,
  code,
  createInputs,
  credentialFileLeftOut,
  details,
  escapeMarkdown,
  formatBytes,
  group,
  heading,
  info,
  infoUntrusted,
  joinBlocks,
  link,
  parseProjectId,
  plural,
  quote,
  rawMarkdown,
  readRunContext,
  resolveInside,
  runAction,
  setOutputs,
  table,
  warning,
  writeSummary
} from "../../../dist/chunks/chunk-J7N4K3SP.mjs";
import "../../../dist/chunks/chunk-LCBWELZU.mjs";

// actions/copy-modules/src/config.ts
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
function readConfig(inputs, context) {
  const pathInput = inputs.requiredString("path");
  const path = readPath(pathInput, context.workspace);
  const isFile = statSync(path).isFile();
  const destination = parseGsUri(inputs.requiredString("destination"), "destination");
  const versioned = inputs.boolean("versioned", true);
  const deleteExtraneous = inputs.boolean("delete-extraneous", false);
  if (deleteExtraneous && !versioned && destination.path.replace(/\/+$/, "") === "") {
    throw new InputError(
      "destination",
      inputs.string("destination"),
      `Input "destination" must name a folder in the bucket (gs://<bucket>/<prefix>) when delete-extraneous is true and versioned is false; got ${quote(inputs.string("destination"))}, where it would delete every other object in the bucket.`
    );
  }
  return {
    pathInput,
    path,
    isFile,
    destination,
    versioned,
    sha: versioned ? readSha(context.sha) : "",
    include: readGlobs(inputs, "include"),
    exclude: readGlobs(inputs, "exclude"),
    ignore: readIgnoreInput(inputs.optionalString("ignore-file"), isFile, path, context.workspace),
    deleteExtraneous,
    concurrency: inputs.integer("concurrency", { default: 16, min: 1, max: 64 }),
    dryRun: inputs.boolean("dry-run", false),
    project: parseProjectId("project", inputs.optionalString("project"))
  };
}
function readPath(value, workspace) {
  const path = resolveInside("path", value, workspace);
  if (!existsSync(path)) {
    throw new InputError(
      "path",
      value,
      `Input "path" must be a folder or file inside the workspace; got ${quote(value)}, which does not exist.`
    );
  }
  const stats = statSync(path);
  if (!stats.isDirectory() && !stats.isFile()) {
    throw new InputError(
      "path",
      value,
      `Input "path" must be a folder or file inside the workspace; got ${quote(value)}, which is neither.`
    );
  }
  return path;
}
function readSha(sha) {
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new InputError(
      "versioned",
      "true",
      `Input "versioned" is true, which needs the commit sha from GITHUB_SHA; got ${quote(sha)}. Set versioned: false to upload without a commit folder.`
    );
  }
  return sha;
}
function readGlobs(inputs, name) {
  const globs = inputs.list(name);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem !== void 0) {
      throw new InputError(
        name,
        glob,
        `Input ${quote(name)} must be glob patterns relative to path, one per line, such as *_test.py or utils/**; got ${quote(glob)}, which ${problem}.`
      );
    }
  }
  return globs;
}
function readIgnoreInput(value, isFile, path, workspace) {
  if (!isFile) return readIgnoreRules(value, path, workspace);
  if (value !== void 0) readIgnoreRules(value, dirname(path), workspace);
  return void 0;
}
function readIgnoreRules(value, folder, workspace) {
  const shownFolder = relative(workspace, folder) || ".";
  if (value === void 0) {
    const candidate = join(folder, IGNORE_FILE_NAME);
    return existsSync(candidate) ? readIgnoreFile(candidate, join(shownFolder, IGNORE_FILE_NAME)) : defaultIgnoreRules(folder, shownFolder);
  }
  const path = resolveInside("ignore-file", value, workspace);
  try {
    return readIgnoreFile(path, relative(workspace, path));
  } catch (error) {
    if (!(error instanceof IgnoreFileError)) throw error;
    throw new InputError(
      "ignore-file",
      value,
      `Input "ignore-file" must be a readable file in .gcloudignore syntax; got ${quote(value)}: ${error.message}`
    );
  }
}

// actions/copy-modules/src/failure.ts
var LISTED = 10;
function failureMessage(target, plan, outcome) {
  const uploadsFailed = outcome.failed.filter((f) => f.change === "upload");
  const deletesFailed = outcome.failed.filter((f) => f.change === "delete");
  const parts = [];
  if (uploadsFailed.length > 0) {
    parts.push(
      `${uploadsFailed.length} of ${plural(plan.uploads.length, "file")} to upload did not make it to ${target.folderUri}: ${listed(uploadsFailed)}.`,
      `The ${plural(outcome.uploaded.length, "object")} uploaded and the ${plural(plan.skips.length, "unchanged one")} are in place${outcome.deletesHeldBack.length > 0 ? `, and no extraneous object was deleted (${outcome.deletesHeldBack.length} held back)` : ""}.`
    );
  }
  if (deletesFailed.length > 0) {
    parts.push(
      `${plural(deletesFailed.length, "extraneous object")} could not be deleted: ${listed(deletesFailed)}.`
    );
  }
  parts.push(...new Set(outcome.failed.flatMap((f) => f.advice === void 0 ? [] : [f.advice])));
  parts.push("Re-run the job to finish: files already uploaded are skipped.");
  return parts.join(" ");
}
function listed(failures) {
  const shown = failures.slice(0, LISTED).map((f) => `${f.path ?? f.name} (${f.reason})`);
  const more2 = failures.length - shown.length;
  return more2 > 0 ? `${shown.join("; ")}; and ${more2} more (see the job summary)` : shown.join("; ");
}

// actions/copy-modules/src/local-files.ts
function localFilesOf(config) {
  const tree = config.isFile ? singleFileTree(config.path) : walkFolder(
    config.path,
    createSelection({ ignore: config.ignore, include: config.include, exclude: config.exclude })
  );
  if (tree.files.length === 0) {
    const leftOut = tree.leftOut.slice(0, 5).map((entry) => `${quote(entry.path)} (${entry.reason})`);
    const also = leftOut.length === 0 ? "" : ` Left out: ${leftOut.join(", ")}${tree.leftOut.length > leftOut.length ? ", …" : ""}.`;
    throw new ActionError(
      `No file to upload in ${quote(config.pathInput)} after the ignore rules, include and exclude; nothing was written. Check those inputs.${also}`
    );
  }
  return tree;
}

// actions/copy-modules/src/bytes.ts
function totalSize(items) {
  return items.reduce((sum, item) => sum + item.size, 0);
}

// actions/copy-modules/src/log.ts
async function logTree(tree, config) {
  const rules = config.ignore;
  const source = rules === void 0 ? "" : rules.files.length > 0 ? ` (ignore rules from ${rules.files.join(", ")}${rules.isDefault ? ", gcloud's default" : ""})` : rules.isDefault && rules.patterns.length > 0 ? " (gcloud's default ignore rules)" : "";
  infoUntrusted(
    `Found ${plural(tree.files.length, "file")} (${formatBytes(totalSize(tree.files))}) in ${quote(config.pathInput)}${source}.`
  );
  await group("Files", () => infoUntrusted(tree.files.map((file) => file.path).join("\n")));
  for (const path of tree.credentialFiles) infoUntrusted(credentialFileLeftOut(path));
  if (tree.leftOut.length > 0) {
    warning(
      `Left out ${plural(tree.leftOut.length, "entry", "entries")} of ${quote(config.pathInput)}; see the job summary.`
    );
    infoUntrusted(tree.leftOut.map((entry) => `  ${entry.path}: ${entry.reason}`).join("\n"));
  }
}
function logPlan(plan, target, dryRun) {
  const verb = dryRun ? "would upload" : "to upload";
  info(
    `${target.folderUri}: ${plural(plan.uploads.length, "file")} ${verb}, ${plural(plan.skips.length, "file")} unchanged${plan.deletes.length > 0 ? `, ${plural(plan.deletes.length, "extraneous object")} ${dryRun ? "would be deleted" : "to delete"}` : ""}.`
  );
}
function logUploaded(object) {
  infoUntrusted(`↑ ${object.name} (${formatBytes(object.size)}, ${object.reason})`);
}
function logFailed(failure) {
  infoUntrusted(`✗ ${failure.name}: ${failure.reason}`);
}

// actions/copy-modules/src/outputs.ts
function outputsFor(target, plan, outcome) {
  const written = outcome === void 0 ? plan.uploads.map((u) => u.name) : outcome.uploaded.map((u) => u.name);
  return {
    uri: target.uri,
    uploaded: String(written.length),
    skipped: String(plan.skips.length),
    deleted: String(outcome === void 0 ? plan.deletes.length : outcome.deleted.length),
    files: JSON.stringify(written)
  };
}

// actions/copy-modules/src/summary.ts
var LISTED2 = 200;
function summaryMarkdown({ target, tree, plan, outcome }) {
  const dryRun = outcome === void 0;
  const failed = outcome?.failed ?? [];
  const mark = dryRun ? "🔍" : failed.length > 0 ? "❌" : "✅";
  const title = dryRun ? "Dry run: modules would sync to" : failed.length > 0 ? "Modules partly synced to" : "Modules synced to";
  const uploaded = outcome?.uploaded ?? plan.uploads.map((u) => ({ name: u.name, size: u.file.size, reason: u.reason }));
  const deleted = outcome?.deleted ?? plan.deletes;
  return `${joinBlocks(
    // The URI in a code span: escaped as plain text it would read gs://my\-bucket when copied.
    `### ${mark} ${escapeMarkdown(title)} ${code(target.folderUri)}`,
    countsTable(plan, uploaded, deleted, outcome),
    link("Open in the Cloud console", consoleUrl(target)),
    dryRun && "Nothing was written: this was a dry run.",
    failed.length > 0 && joinBlocks(
      heading(`Did not make it (${failed.length})`, 4),
      table(
        ["Object", "Change", "Reason"],
        failed.slice(0, LISTED2).map((f) => [rawMarkdown(code(f.name)), f.change, f.reason])
      ),
      more(failed.length)
    ),
    listing(dryRun ? "To upload" : "Uploaded", uploaded, (u) => [
      rawMarkdown(code(u.name)),
      formatBytes(u.size),
      u.reason
    ]),
    listing(dryRun ? "To delete" : "Deleted", deleted, (d) => [
      rawMarkdown(code(d.name)),
      formatBytes(d.size),
      "extraneous"
    ]),
    listing("Unchanged", plan.skips, (s) => [
      rawMarkdown(code(s.name)),
      formatBytes(s.file.size),
      "same MD5"
    ]),
    (outcome?.deletesHeldBack.length ?? 0) > 0 && escapeMarkdown(
      `${plural(outcome?.deletesHeldBack.length ?? 0, "extraneous object")} not deleted because an upload failed.`
    ),
    tree.leftOut.length > 0 && details(
      `Left out (${tree.leftOut.length})`,
      table(
        ["Path", "Why"],
        tree.leftOut.slice(0, LISTED2).map((l) => [rawMarkdown(code(l.path)), l.reason])
      )
    )
  )}
`;
}
function countsTable(plan, uploaded, deleted, outcome) {
  const rows = [
    [outcome ? "Uploaded" : "To upload", uploaded.length, formatBytes(totalSize(uploaded))],
    ["Unchanged", plan.skips.length, formatBytes(totalSize(plan.skips.map((s) => s.file)))],
    [outcome ? "Deleted" : "To delete", deleted.length, formatBytes(totalSize(deleted))]
  ];
  if (outcome && outcome.failed.length > 0) rows.push(["Failed", outcome.failed.length, ""]);
  return table(["", "Objects", "Size"], rows, { align: ["left", "right", "right"] });
}
function listing(title, items, row) {
  if (items.length === 0) return false;
  return details(
    `${title} (${items.length})`,
    joinBlocks(
      table(["Object", "Size", "Why"], items.slice(0, LISTED2).map(row), { align: ["left", "right", "left"] }),
      more(items.length)
    )
  );
}
function more(count) {
  return count > LISTED2 && `… and ${count - LISTED2} more.`;
}
function consoleUrl(target) {
  const { bucket, prefix } = target.destination;
  const path = [bucket, ...prefix.split("/").filter((part) => part !== "")].map(encodeURIComponent).join("/");
  return `https://console.cloud.google.com/storage/browser/${path}`;
}

// actions/copy-modules/src/target.ts
import { basename } from "node:path";
function targetOf(config) {
  const { bucket } = config.destination;
  const folder = [config.destination.path.replace(/\/+$/, ""), config.sha].filter((part) => part !== "").join("/");
  const prefix = folder === "" ? "" : `${folder}/`;
  const folderUri = `gs://${bucket}/${prefix}`;
  return {
    destination: { bucket, prefix },
    uri: config.isFile ? objectUri(bucket, prefix + basename(config.path)) : folderUri,
    folderUri
  };
}

// actions/copy-modules/src/main.ts
function run() {
  return runAction("copy-modules", async () => {
    const context = readRunContext();
    const config = readConfig(createInputs(), context);
    const target = targetOf(config);
    const tree = localFilesOf(config);
    await logTree(tree, config);
    const storage = createStorage(config.project === void 0 ? {} : { projectId: config.project });
    const plan = await planSync(storage, tree.files, target.destination, {
      deleteExtraneous: config.deleteExtraneous,
      concurrency: config.concurrency
    });
    logPlan(plan, target, config.dryRun);
    const outcome = config.dryRun ? void 0 : await group(
      `Syncing to ${target.folderUri}`,
      () => applySync(storage, plan, {
        concurrency: config.concurrency,
        onUploaded: logUploaded,
        onFailed: logFailed
      })
    );
    setOutputs(outputsFor(target, plan, outcome));
    await writeSummary(summaryMarkdown({ target, tree, plan, outcome }));
    if (outcome !== void 0 && outcome.failed.length > 0)
      throw new ActionError(failureMessage(target, plan, outcome));
  });
}

// actions/copy-modules/src/index.ts
await run();
