// Checks every action.yml the way a user would meet it, and keeps each action README's
// inputs/outputs tables in sync with it, and the root README's tables of each reusable workflow
// (on: workflow_call) in sync with the workflow file. One command regenerates them all:
//   node scripts/action-metadata.mjs --write [ROOT]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkWorkflowDocs } from './workflow-docs.mjs';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';

export function actionDirs(root) {
  if (!existsSync(join(root, 'actions'))) return [];
  return readdirSync(join(root, 'actions'))
    .sort()
    .map((name) => join(root, 'actions', name))
    .filter((dir) => existsSync(join(dir, 'action.yml')));
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

export function docsTables(metadata) {
  const inputs = Object.entries(metadata.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(metadata.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return [
    START,
    '### Inputs',
    '',
    '| name | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| name | description |',
    '| --- | --- |',
    ...outputs,
    END,
  ].join('\n');
}

export function checkActionMetadata(root, { write = false } = {}) {
  const problems = [];
  for (const dir of actionDirs(root)) {
    const name = dir.split('/').at(-1);
    const where = `actions/${name}/action.yml`;
    const metadata = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));
    if (!metadata.name || !metadata.description) problems.push(`${where}: name and description are required`);
    if (metadata.runs?.using !== 'node24') problems.push(`${where}: runs.using must be node24`);
    for (const step of ['main', 'pre', 'post']) {
      const file = metadata.runs?.[step];
      if (file && !existsSync(join(dir, file)))
        problems.push(`${where}: runs.${step} ${file} does not exist (run pnpm build)`);
    }
    for (const kind of ['inputs', 'outputs']) {
      for (const [key, spec] of Object.entries(metadata[kind] ?? {})) {
        if (!KEBAB.test(key)) problems.push(`${where}: ${kind} "${key}" must be kebab-case`);
        if (!spec?.description) problems.push(`${where}: ${kind} "${key}" needs a description`);
      }
    }
    const readmePath = join(dir, 'README.md');
    const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) {
      problems.push(`actions/${name}/README.md: missing the ${START} … ${END} block`);
      continue;
    }
    const expected = docsTables(metadata);
    if (readme.slice(start, end + END.length) !== expected) {
      if (write)
        writeFileSync(readmePath, readme.slice(0, start) + expected + readme.slice(end + END.length));
      else
        problems.push(
          `actions/${name}/README.md: inputs/outputs tables differ from action.yml (node scripts/action-metadata.mjs --write)`,
        );
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const write = process.argv.includes('--write');
  const root =
    process.argv.slice(2).find((arg) => arg !== '--write') ?? new URL('..', import.meta.url).pathname;
  const problems = [...checkActionMetadata(root, { write }), ...checkWorkflowDocs(root, { write })];
  for (const problem of problems) console.error(problem);
  process.exit(problems.length > 0 ? 1 : 0);
}
