import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineSpecError, parsePipelineFile, pipelineName, serialisePipeline } from '../src/index.ts';
import { INVALID_PATH, kfp, seed, seedText } from './seed.ts';

function syntaxError(text: string, source: string): PipelineSpecError {
  try {
    parsePipelineFile(text, source);
  } catch (error) {
    if (error instanceof PipelineSpecError) return error;
    throw error;
  }
  throw new Error('expected a PipelineSpecError');
}

describe('parsePipelineFile', () => {
  it('reads the TFX PipelineJob: spec unwrapped, job fields kept', () => {
    const parsed = seed();
    expect(parsed.format).toBe('json');
    expect(pipelineName(parsed.spec)).toBe('img-classification');
    expect(parsed.spec.schemaVersion).toBe('2.0.0');
    expect(parsed.job).toEqual({
      displayName: 'img-classification',
      labels: { tfx_py_version: '3-8', tfx_runner: 'kubeflow_v2', tfx_version: '1-9-0' },
      runtimeConfig: {
        gcsOutputDirectory: 'gs://gcp-ml-172005-complete-mlops/tfx_pipeline_output/img-classification',
      },
    });
    expect(parsed.platformSpec).toBeUndefined();
  });

  it('reads a bare PipelineSpec', () => {
    const parsed = parsePipelineFile(JSON.stringify(seed().spec), 'pipeline.json');
    expect(parsed.job).toBeUndefined();
    expect(pipelineName(parsed.spec)).toBe('img-classification');
  });

  it('reads KFP YAML with its platform spec as the second document', () => {
    const parsed = kfp();
    expect(parsed.format).toBe('yaml');
    expect(pipelineName(parsed.spec)).toBe('conditional-training');
    expect(parsed.spec.schemaVersion).toBe('2.1.0');
    expect(parsed.platformSpec).toMatchObject({ platforms: { kubernetes: expect.any(Object) } });
  });

  it('tells JSON from YAML by content when the name has no extension', () => {
    expect(parsePipelineFile(seedText(), 'spec').format).toBe('json');
    expect(parsePipelineFile('pipelineInfo:\n  name: x\n', 'spec').format).toBe('yaml');
  });

  it('reports the Python-literal file (trailing commas) with line and column', () => {
    const error = syntaxError(readFileSync(INVALID_PATH, 'utf8'), INVALID_PATH);
    expect(error.message).toBe(
      `${INVALID_PATH}: invalid JSON at line 7, column 5: a trailing comma before "}" is not allowed in JSON.`,
    );
    expect([error.line, error.column]).toEqual([7, 5]);
    expect(error.source).toBe(INVALID_PATH);
  });

  it.each([
    ['{\n  "a": [1, 2,]\n}', 2, 14, 'a trailing comma before "]" is not allowed in JSON'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes; found "\'"'],
    ['{"a": None}', 1, 7, 'expected a value; only true, false and null may be unquoted'],
    ['{"a": 1} {}', 1, 10, 'unexpected text after the end of the JSON document'],
    ['{"a": "x\ny"}', 1, 9, 'a line break or control character inside a string must be escaped'],
    ['{"a": 1', 1, 8, 'expected "," or "}" after a property value; found the end of the file'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name; found "1"'],
  ])('JSON syntax error in %j at %i:%i', (text, line, column, reason) => {
    const error = syntaxError(text, 'p.json');
    expect(error.message).toBe(`p.json: invalid JSON at line ${line}, column ${column}: ${reason}.`);
    expect([error.line, error.column]).toEqual([line, column]);
  });

  it('never quotes the text around a JSON error (it could be part of a secret)', () => {
    const token = ['ghp', '_', 'x'.repeat(36)].join('');
    const error = syntaxError(`{"token": "${token}" oops}`, 'p.json');
    expect(error.message).not.toContain('ghp');
    expect(error.message).toContain('line 1, column');
  });

  it('reports YAML syntax errors with line and column and without an excerpt', () => {
    const error = syntaxError('pipelineInfo:\n  name: [a\nroot: {}\n', 'p.yaml');
    expect(error.message).toMatch(/^p\.yaml: invalid YAML at line 3, column 1: .+\.$/);
    expect(error.message).not.toContain('\n');
    expect(error.line).toBe(3);
  });

  it('refuses a document that is neither a spec nor a job', () => {
    expect(() => parsePipelineFile('[1, 2]', 'p.json')).toThrow(
      'p.json: a pipeline file must hold a PipelineSpec or PipelineJob object; found a list.',
    );
    expect(() => parsePipelineFile('{"name": "x"}', 'p.json')).toThrow(
      /neither a PipelineSpec .* nor a PipelineJob/,
    );
    expect(() => parsePipelineFile('{"pipelineSpec": "x"}', 'p.json')).toThrow(
      "p.json: pipelineSpec: the PipelineJob's pipelineSpec must be an object; found a string.",
    );
    expect(() => parsePipelineFile('a: 1\n---\nb: 2\n---\nc: 3\n', 'p.yaml')).toThrow(/found 3 documents/);
  });

  it('writes a pipeline back in its own format', () => {
    const json = seed();
    expect(parsePipelineFile(serialisePipeline(json), 'again.json')).toMatchObject({
      spec: json.spec,
      job: json.job,
    });
    const yaml = kfp();
    const again = parsePipelineFile(serialisePipeline(yaml), 'again.yaml');
    expect(again.spec).toEqual(yaml.spec);
    expect(again.platformSpec).toEqual(yaml.platformSpec);
  });
});
