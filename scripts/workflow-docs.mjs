// The root README's tables of each reusable workflow (on: workflow_call): the permissions its
// caller grants, its inputs, secrets and outputs, generated from the workflow file between
// `<!-- workflow-docs:start <file> -->` and `<!-- workflow-docs:end -->`. The workflow file is the
// source of truth: `node scripts/action-metadata.mjs --write` regenerates, the lint step checks.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const README = 'README.md';
const WORKFLOWS = '.github/workflows';
const startMarker = (file) => `<!-- workflow-docs:start ${file} -->`;
const END = '<!-- workflow-docs:end -->';
const LEVELS = { none: 0, read: 1, write: 2 };

/** Every reusable workflow of the repository, as `.github/workflows/<name>`, with its parsed YAML. */
export function reusableWorkflows(root) {
  const dir = join(root, WORKFLOWS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ file: `${WORKFLOWS}/${name}`, workflow: parse(readFileSync(join(dir, name), 'utf8')) }))
    .filter(({ workflow }) => workflow?.on?.workflow_call !== undefined);
}

// A table cell: one line, pipes escaped, and `<name>` placeholders outside code spans kept
// visible (GitHub would read them as HTML tags and show nothing).
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|');

const code = (text) => (String(text).includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** What the calling job's `permissions:` must grant: the most any job of the workflow asks for. */
export function callerPermissions(workflow) {
  const granted = new Map();
  for (const job of Object.values(workflow.jobs ?? {})) {
    const permissions = job?.permissions;
    if (typeof permissions === 'string') granted.set('(all)', permissions);
    if (typeof permissions !== 'object' || permissions === null) continue;
    for (const [scope, level] of Object.entries(permissions)) {
      if ((LEVELS[level] ?? 0) > (LEVELS[granted.get(scope)] ?? 0)) granted.set(scope, level);
    }
  }
  return [...granted].map(([scope, level]) => `${scope}: ${level}`);
}

/** The generated block for one reusable workflow, markers included. */
export function workflowDocs(file, workflow) {
  const call = workflow.on.workflow_call ?? {};
  const longDefaults = [];
  const inputs = Object.entries(call.inputs ?? {}).map(([name, spec]) => {
    let shown = '';
    if (spec.default !== undefined && spec.default !== '') {
      const text = String(spec.default);
      if (text.trim().includes('\n')) {
        longDefaults.push([name, text]);
        shown = `see [below](#default-of-${name})`;
      } else shown = code(text);
    }
    return `| \`${name}\` | ${spec.type ?? 'string'} | ${spec.required ? 'yes' : 'no'} | ${shown} | ${cell(spec.description)} |`;
  });
  const secrets = Object.entries(call.secrets ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${spec?.required ? 'yes' : 'no'} | ${cell(spec?.description)} |`,
  );
  const outputs = Object.entries(call.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec?.description)} |`,
  );
  const permissions = callerPermissions(workflow);
  const lines = [
    startMarker(file),
    `Generated from [\`${file}\`](${file}) by \`node scripts/action-metadata.mjs --write\`.`,
    '',
    '### Permissions',
    '',
    permissions.length > 0
      ? `The calling job grants at least: ${permissions.map((permission) => `\`${permission}\``).join(', ')}.`
      : 'The workflow needs no permissions.',
    '',
    '### Inputs',
    '',
    '| name | type | required | default | description |',
    '| --- | --- | --- | --- | --- |',
    ...inputs,
  ];
  if (secrets.length > 0)
    lines.push('', '### Secrets', '', '| name | required | description |', '| --- | --- | --- |', ...secrets);
  lines.push('', '### Outputs', '', '| name | description |', '| --- | --- |', ...outputs);
  for (const [name, text] of longDefaults) {
    // An id GitHub keeps (it prefixes its own heading anchors), for the table's link.
    const fence = /^[\w-]+:/m.test(text) ? 'yaml' : 'text';
    lines.push(
      '',
      `<a id="default-of-${name}"></a>Default of \`${name}\`:`,
      '',
      `\`\`\`${fence}`,
      text.replace(/\n$/, ''),
      '```',
    );
  }
  lines.push(END);
  return lines.join('\n');
}

/**
 * Problems with the README's workflow tables: a reusable workflow without its block, or a block
 * that differs from what the workflow file generates (rewritten instead with `write`).
 */
export function checkWorkflowDocs(root, { write = false } = {}) {
  const problems = [];
  const readmePath = join(root, README);
  let readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
  let changed = false;
  for (const { file, workflow } of reusableWorkflows(root)) {
    const start = readme.indexOf(startMarker(file));
    const end = readme.indexOf(END, start);
    if (start < 0 || end < 0) {
      problems.push(
        `${README}: missing the ${startMarker(file)} … ${END} block for the reusable workflow ${file}`,
      );
      continue;
    }
    const expected = workflowDocs(file, workflow);
    if (readme.slice(start, end + END.length) === expected) continue;
    if (write) {
      readme = readme.slice(0, start) + expected + readme.slice(end + END.length);
      changed = true;
    } else
      problems.push(
        `${README}: the tables of ${file} differ from the workflow file (node scripts/action-metadata.mjs --write)`,
      );
  }
  if (changed) writeFileSync(readmePath, readme);
  return problems;
}
