import { existsSync, readFileSync } from 'node:fs';
import { ActionError, quote } from '@mlops-actions/kit';
import {
  diffSpecs,
  type ParsedPipeline,
  PipelineSpecError,
  parsePipelineFile,
  type SpecDiff,
} from '@mlops-actions/pipeline-spec';
import type { Baseline } from './baseline-input.ts';

export type LoadedBaseline = { parsed: ParsedPipeline; shown: string } | { missing: string };

/**
 * The previous spec to compare with. One that does not exist yet (the first run) is not an error:
 * the result says so and there is no diff. One that cannot be parsed, or a bucket that does not
 * exist, is.
 */
export async function loadBaseline(baseline: Baseline): Promise<LoadedBaseline> {
  const text = baseline.kind === 'file' ? readLocal(baseline) : await readRemote(baseline);
  if (text === undefined) {
    return { missing: `The baseline ${quote(baseline.value)} does not exist (yet), so there is no diff.` };
  }
  try {
    return { parsed: parsePipelineFile(text, baseline.value), shown: baseline.value };
  } catch (error) {
    if (error instanceof PipelineSpecError)
      throw new ActionError(`The baseline cannot be read: ${error.message}`);
    throw error;
  }
}

function readLocal(baseline: Extract<Baseline, { kind: 'file' }>): string | undefined {
  return existsSync(baseline.path) ? readFileSync(baseline.path, 'utf8') : undefined;
}

async function readRemote(baseline: Extract<Baseline, { kind: 'gcs' }>): Promise<string | undefined> {
  // Loaded here only: the Cloud Storage SDK is large, and most runs have no gs:// baseline.
  const { createStorage, readObject, NotFoundError } = await import('@mlops-actions/gcs');
  try {
    const bytes = await readObject(createStorage(), { bucket: baseline.bucket, path: baseline.object });
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof NotFoundError && error.missing === 'object') return undefined;
    throw error;
  }
}

export type Comparison = { diff: SpecDiff; baseline: string } | { missing: string };

/** The diff of `current` against the baseline, or why there is none. */
export async function compareWithBaseline(baseline: Baseline, current: ParsedPipeline): Promise<Comparison> {
  const loaded = await loadBaseline(baseline);
  if ('missing' in loaded) return loaded;
  const jobs = {
    ...(loaded.parsed.job === undefined ? {} : { beforeJob: loaded.parsed.job }),
    ...(current.job === undefined ? {} : { afterJob: current.job }),
  };
  return { diff: diffSpecs(loaded.parsed.spec, current.spec, jobs), baseline: loaded.shown };
}
