import { objectOrEmpty } from './json-object.ts';
import type { PipelineSpec } from './types.ts';

/** `pipelineInfo.name`, or "" when the spec has none (the validator reports that). */
export function pipelineName(spec: PipelineSpec): string {
  const name = objectOrEmpty(spec.pipelineInfo).name;
  return typeof name === 'string' ? name : '';
}
