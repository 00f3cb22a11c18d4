// The real TFX 1.9.0 PipelineJob (packages/testing/fixtures/seed, never edited) and specs derived from it.
import { readFileSync } from 'node:fs';
import { seedFixture } from '@mlops-actions/testing';
import { type ParsedPipeline, type PipelineSpec, parsePipelineFile } from '../src/index.ts';

export const SEED_PATH = seedFixture('img-classification.pipeline.json');
export const INVALID_PATH = seedFixture('invalid-python-literal.pipeline.json');
export const KFP_PATH = new URL('fixtures/kfp-2.1.0-conditional.yaml', import.meta.url).pathname;

export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
export const seed = (): ParsedPipeline => parsePipelineFile(seedText(), SEED_PATH);
export const kfp = (): ParsedPipeline => parsePipelineFile(readFileSync(KFP_PATH, 'utf8'), KFP_PATH);

/** Specs edited by JSON path in tests: deliberately untyped, since tests break them on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type EditableJson = any;

/** A fresh copy of the seed's PipelineSpec, changed by `edit`. */
export function derivedSpec(edit: (spec: EditableJson) => void = () => {}): PipelineSpec {
  const spec = structuredClone(seed().spec);
  edit(spec);
  return spec;
}

/** A fresh, editable copy of the KFP 2.1.0 spec. */
export const kfpSpec = (): EditableJson => structuredClone(kfp().spec);

/** A fake credential assembled at run time, so no scanner mistakes this file for a leak. */
export const fakeGitHubToken = (): string => ['ghp', '_', 'Zq7'.repeat(12)].join('');
