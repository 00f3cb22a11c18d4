import { parseAllDocuments } from 'yaml';
import { isObject } from './json-object.ts';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax-error.ts';
import { PipelineSpecError } from './pipeline-spec-error.ts';
import type { JsonObject, ParsedPipeline, PipelineJobFields, PipelineSpec } from './types.ts';

/**
 * Reads a compiled pipeline: JSON or YAML (KFP's YAML may hold a second document with the
 * platform spec), either a bare PipelineSpec or a PipelineJob that wraps one in `pipelineSpec`.
 * `source` names the file in messages. Syntax errors throw a PipelineSpecError with line and column.
 */
export function parsePipelineFile(text: string, source: string): ParsedPipeline {
  const format = formatOf(text, source);
  const documents = format === 'json' ? [parseJson(text, source)] : parseYaml(text, source);
  const [document, platformSpec] = documents;
  if (!isObject(document)) {
    throw new PipelineSpecError(
      source,
      `${source}: a pipeline file must hold a PipelineSpec or PipelineJob object; found ${kindOf(document)}.`,
    );
  }
  const parsed = unwrap(document, source);
  return {
    ...parsed,
    ...(platformSpec === undefined ? {} : { platformSpec }),
    format,
    document,
  };
}

/** By extension first; otherwise a file that starts with `{` or `[` is JSON (never re-read as YAML). */
function formatOf(text: string, source: string): 'json' | 'yaml' {
  if (/\.json$/i.test(source)) return 'json';
  if (/\.ya?ml$/i.test(source)) return 'yaml';
  return /^\s*[[{]/.test(stripBom(text)) ? 'json' : 'yaml';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseJson(text: string, source: string): unknown {
  const body = stripBom(text);
  try {
    return JSON.parse(body);
  } catch {
    const problem = findJsonSyntaxError(body) ?? { offset: 0, reason: 'not valid JSON' };
    const at = lineAndColumn(body, problem.offset);
    throw new PipelineSpecError(
      source,
      `${source}: invalid JSON at line ${at.line}, column ${at.column}: ${problem.reason}.`,
      at,
    );
  }
}

function parseYaml(text: string, source: string): unknown[] {
  const parsed = parseAllDocuments(stripBom(text));
  const documents = Array.isArray(parsed) ? parsed : [];
  for (const document of documents) {
    const [problem] = document.errors;
    if (problem === undefined) continue;
    // The library's message ends with an excerpt of the file; keep only the reason, since the
    // excerpt could show a secret.
    const reason = problem.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').split('\n')[0];
    const at = problem.linePos?.[0];
    const position = at === undefined ? undefined : { line: at.line, column: at.col };
    const where = position === undefined ? '' : ` at line ${position.line}, column ${position.column}`;
    throw new PipelineSpecError(source, `${source}: invalid YAML${where}: ${reason}.`, position);
  }
  const values = documents.map((document) => {
    try {
      return document.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new PipelineSpecError(source, `${source}: invalid YAML: ${reason}.`);
    }
  });
  const nonEmpty = values.filter((value) => value !== null && value !== undefined);
  if (nonEmpty.length > 2) {
    throw new PipelineSpecError(
      source,
      `${source}: expected one YAML document (the pipeline), optionally followed by its platform spec; found ${nonEmpty.length} documents.`,
    );
  }
  return nonEmpty;
}

const SPEC_KEYS = ['root', 'components', 'deploymentSpec', 'pipelineInfo', 'schemaVersion'];

function unwrap(document: JsonObject, source: string): Pick<ParsedPipeline, 'spec' | 'job'> {
  if ('pipelineSpec' in document) {
    const spec = document.pipelineSpec;
    if (!isObject(spec)) {
      throw new PipelineSpecError(
        source,
        `${source}: pipelineSpec: the PipelineJob's pipelineSpec must be an object; found ${kindOf(spec)}.`,
      );
    }
    return { spec: spec as PipelineSpec, job: jobFields(document) };
  }
  if (!SPEC_KEYS.some((key) => key in document)) {
    throw new PipelineSpecError(
      source,
      `${source}: neither a PipelineSpec (it has none of ${SPEC_KEYS.join(', ')}) nor a PipelineJob (it has no pipelineSpec).`,
    );
  }
  return { spec: document as PipelineSpec };
}

function jobFields(document: JsonObject): PipelineJobFields {
  const job: PipelineJobFields = {};
  if (typeof document.displayName === 'string') job.displayName = document.displayName;
  if (isObject(document.labels)) job.labels = document.labels as Record<string, string>;
  if (isObject(document.runtimeConfig)) {
    job.runtimeConfig = document.runtimeConfig as NonNullable<PipelineJobFields['runtimeConfig']>;
  }
  return job;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'nothing';
  return `a ${typeof value}`;
}
