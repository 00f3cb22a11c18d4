import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';
import type { PipelineSpec } from './types.ts';

/** sha256 (hex) of the spec in canonical form: the same for the same pipeline however it was written. */
export function specSha256(spec: PipelineSpec): string {
  return createHash('sha256').update(canonicalJson(spec), 'utf8').digest('hex');
}
