import { stringify } from 'yaml';
import type { ParsedPipeline, PipelineSpec } from './types.ts';

/**
 * The file text of a parsed pipeline with its spec replaced (e.g. after pinning images), in the
 * format it was read in: a PipelineJob stays a PipelineJob, KFP's platform spec stays the second
 * YAML document. JSON is indented by two spaces.
 */
export function serialisePipeline(parsed: ParsedPipeline, spec: PipelineSpec = parsed.spec): string {
  const document = parsed.job === undefined ? spec : { ...parsed.document, pipelineSpec: spec };
  if (parsed.format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  const options = { lineWidth: 0, aliasDuplicateObjects: false } as const;
  const main = stringify(document, options);
  return parsed.platformSpec === undefined ? main : `${main}---\n${stringify(parsed.platformSpec, options)}`;
}
