import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { assertSupported, parseExpression, parseTemplate } from './expression.ts';
import { conditionScope, defaultsScope, validationContexts } from './expression-scope.ts';

export interface ActionInput {
  description?: string;
  required: boolean;
  default?: string;
  deprecationMessage?: string;
}

export interface ActionRuns {
  using: 'node20' | 'node24';
  main: string;
  pre?: string;
  /** Defaults to always(), as in the runner and the metadata docs. */
  preIf: string;
  post?: string;
  /** Defaults to always(). */
  postIf: string;
}

export interface ActionMetadata {
  name?: string;
  description?: string;
  author?: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string }>;
  runs: ActionRuns;
  actionDir: string;
  manifestPath: string;
}

const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage'];
const OUTPUT_KEYS = ['description', 'value'];
const RUNS_KEYS = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if'];

/**
 * Reads and validates action.yml (or action.yaml, which the runner tries second). Stricter than the
 * runner where that catches our own mistakes: unknown keys in an input, unsupported expressions, and
 * only node20 / node24 JavaScript actions.
 */
export function readActionMetadata(actionDir: string): ActionMetadata {
  const dir = resolve(actionDir);
  const manifestPath = ['action.yml', 'action.yaml']
    .map((name) => join(dir, name))
    .find((p) => existsSync(p));
  if (manifestPath === undefined) throw new Error(`No action.yml or action.yaml in ${dir}`);

  let root: unknown;
  try {
    root = parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`${manifestPath} is not valid YAML: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  const metadata = validate(root, dir, manifestPath, problems);
  if (metadata === undefined || problems.length > 0) {
    throw new Error(`Invalid ${manifestPath}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return metadata;
}

function validate(
  root: unknown,
  dir: string,
  manifestPath: string,
  problems: string[],
): ActionMetadata | undefined {
  if (!isMapping(root)) {
    problems.push('the file must be a mapping');
    return undefined;
  }
  const text = (value: unknown, where: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') problems.push(`${where} must be a string`);
    return typeof value === 'string' ? value : undefined;
  };
  const inputs: Record<string, ActionInput> = {};
  for (const [name, spec] of entries(root.inputs, 'inputs', problems)) {
    inputs[name] = validateInput(name, spec, problems);
  }
  const outputs: Record<string, { description?: string }> = {};
  for (const [name, spec] of entries(root.outputs, 'outputs', problems)) {
    if (!isMapping(spec)) {
      problems.push(`outputs.${name} must be a mapping`);
      continue;
    }
    for (const key of Object.keys(spec)) {
      if (!OUTPUT_KEYS.includes(key))
        problems.push(`outputs.${name}.${key} is not a valid key (${OUTPUT_KEYS.join(', ')})`);
    }
    const description = text(spec.description, `outputs.${name}.description`);
    outputs[name] = description === undefined ? {} : { description };
  }
  const runs = validateRuns(root.runs, dir, manifestPath, problems);
  if (runs === undefined) return undefined;
  const metadata: ActionMetadata = { inputs, outputs, runs, actionDir: dir, manifestPath };
  const name = text(root.name, 'name');
  const description = text(root.description, 'description');
  const author = text(root.author, 'author');
  if (name !== undefined) metadata.name = name;
  if (description !== undefined) metadata.description = description;
  if (author !== undefined) metadata.author = author;
  return metadata;
}

function validateInput(name: string, spec: unknown, problems: string[]): ActionInput {
  const input: ActionInput = { required: false };
  if (spec === null || spec === undefined) return input;
  if (!isMapping(spec)) {
    problems.push(`inputs.${name} must be a mapping`);
    return input;
  }
  for (const key of Object.keys(spec)) {
    if (!INPUT_KEYS.includes(key))
      problems.push(`inputs.${name}.${key} is not a valid key (${INPUT_KEYS.join(', ')})`);
  }
  if (spec.description !== undefined) {
    if (typeof spec.description === 'string') input.description = spec.description;
    else problems.push(`inputs.${name}.description must be a string`);
  }
  const required = spec.required;
  if (required === true || required === 'true') input.required = true;
  else if (required !== undefined && required !== false && required !== 'false') {
    problems.push(`inputs.${name}.required must be true or false`);
  }
  if (spec.deprecationMessage !== undefined) {
    if (typeof spec.deprecationMessage === 'string') input.deprecationMessage = spec.deprecationMessage;
    else problems.push(`inputs.${name}.deprecationMessage must be a string`);
  }
  const fallback = spec.default;
  if (fallback !== undefined && fallback !== null) {
    // The runner's YAML reader turns scalars into strings where a string is expected.
    if (typeof fallback === 'object') problems.push(`inputs.${name}.default must be a string`);
    else {
      input.default = String(fallback);
      try {
        const scope = defaultsScope(validationContexts());
        for (const part of parseTemplate(input.default))
          if (typeof part !== 'string') assertSupported(part, scope);
      } catch (error) {
        problems.push(`inputs.${name}.default: unsupported expression: ${(error as Error).message}`);
      }
    }
  }
  return input;
}

function validateRuns(
  runs: unknown,
  dir: string,
  manifestPath: string,
  problems: string[],
): ActionRuns | undefined {
  if (!isMapping(runs)) {
    problems.push(`top level 'runs:' section is required for ${manifestPath}`);
    return undefined;
  }
  for (const key of Object.keys(runs)) {
    if (!RUNS_KEYS.includes(key))
      problems.push(`runs.${key} is not valid for a JavaScript action (${RUNS_KEYS.join(', ')})`);
  }
  const using = runs.using;
  if (using !== 'node20' && using !== 'node24') {
    problems.push(
      using === undefined
        ? "runs.using is missing: use 'node24'"
        : `'using: ${String(using)}' is not supported, use 'node24' (or 'node20') instead`,
    );
  }
  const script = (key: 'main' | 'pre' | 'post'): string | undefined => {
    const value = runs[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '') {
      problems.push(`runs.${key} must be a non-empty string`);
      return undefined;
    }
    const file = join(dir, value);
    if (!existsSync(file) || !statSync(file).isFile()) problems.push(`runs.${key}: file not found: ${file}`);
    return value;
  };
  const main = script('main');
  if (runs.main === undefined) {
    problems.push(
      `you are using a JavaScript action but there is not an entry JavaScript file (runs.main) in ${manifestPath}`,
    );
  }
  const pre = script('pre');
  const post = script('post');
  const condition = (key: 'pre-if' | 'post-if'): string => {
    const value = runs[key];
    if (value === undefined) return 'always()';
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`runs.${key} must be a non-empty string`);
      return 'always()';
    }
    try {
      assertSupported(
        parseExpression(unwrapCondition(value)),
        conditionScope(validationContexts(), 'success'),
      );
    } catch (error) {
      problems.push(`runs.${key}: unsupported expression: ${(error as Error).message}`);
    }
    return value;
  };
  const preIf = condition('pre-if');
  const postIf = condition('post-if');
  if (main === undefined || (using !== 'node20' && using !== 'node24')) return undefined;
  const result: ActionRuns = { using, main, preIf, postIf };
  if (pre !== undefined) result.pre = pre;
  if (post !== undefined) result.post = post;
  return result;
}

/** A condition may be written bare (`failure()`) or wrapped (`${{ failure() }}`). */
export function unwrapCondition(condition: string): string {
  const trimmed = condition.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed);
  return wrapped?.[1] === undefined ? trimmed : wrapped[1].trim();
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown, where: string, problems: string[]): Array<[string, unknown]> {
  if (value === undefined || value === null) return [];
  if (!isMapping(value)) {
    problems.push(`${where} must be a mapping`);
    return [];
  }
  return Object.entries(value);
}
