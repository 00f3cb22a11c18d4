import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ActionError } from '@mlops-actions/kit';
import { type ParsedPipeline, PipelineSpecError, parsePipelineFile } from '@mlops-actions/pipeline-spec';
import { fetchPipelineTemplate, type VertexConnection } from '@mlops-actions/vertex';
import type { SpecSource } from './spec-source.ts';

/**
 * Reads and parses the compiled pipeline. Cloud Storage's client is imported only for a gs://
 * spec, so the other paths never load it. A file that is not a pipeline fails with the place and
 * the reason.
 */
export async function loadSpec(
  source: SpecSource,
  workspace: string,
  auth: VertexConnection['auth'],
): Promise<ParsedPipeline> {
  const text = await readText(source, auth);
  try {
    return parsePipelineFile(text, source.kind === 'file' ? relative(workspace, source.path) : source.shown);
  } catch (error) {
    if (error instanceof PipelineSpecError) {
      throw new ActionError(`The spec is not a compiled pipeline: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

async function readText(source: SpecSource, auth: VertexConnection['auth']): Promise<string> {
  switch (source.kind) {
    case 'file':
      return readFileSync(source.path, 'utf8');
    case 'gcs': {
      const { createStorage, readObject } = await import('@mlops-actions/gcs');
      try {
        return (await readObject(createStorage(), source.uri)).toString('utf8');
      } catch (error) {
        throw new ActionError(`Could not read the spec: ${(error as Error).message}`, { cause: error });
      }
    }
    case 'template': {
      if (auth === undefined) throw new Error('Downloading a pipeline template needs credentials.');
      return await fetchPipelineTemplate(source.url, auth);
    }
  }
}
