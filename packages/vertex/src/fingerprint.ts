import { createHash } from 'node:crypto';

/**
 * Labels that say what a pipeline job was created from, so that a later create under the same id
 * can tell "this is my job, created on an earlier try" from "someone else's job": the spec's
 * SHA-256 and a SHA-256 of everything else that shapes the run (parameters, pipeline root, service
 * account, network, key). Label values hold at most 63 characters: the first 32 hex digits (128 bits).
 */
export const SPEC_LABEL = 'mlops-spec-sha256';
export const CONFIG_LABEL = 'mlops-config-sha256';
const HEX_DIGITS = 32;

export interface Fingerprint {
  spec: string;
  config: string;
}

export function fingerprintOf(specSha256: string, config: unknown): Fingerprint {
  return {
    spec: specSha256.toLowerCase().slice(0, HEX_DIGITS),
    config: createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, HEX_DIGITS),
  };
}

export function fingerprintLabels(fingerprint: Fingerprint): Record<string, string> {
  return { [SPEC_LABEL]: fingerprint.spec, [CONFIG_LABEL]: fingerprint.config };
}

/** How an existing job's labels compare with a fingerprint. */
export function compareFingerprint(
  labels: Record<string, string> | null | undefined,
  fingerprint: Fingerprint,
): 'same' | 'other-spec' | 'other-config' | 'unlabelled' {
  const spec = labels?.[SPEC_LABEL];
  if (spec === undefined) return 'unlabelled';
  if (spec !== fingerprint.spec) return 'other-spec';
  return labels?.[CONFIG_LABEL] === fingerprint.config ? 'same' : 'other-config';
}

/** JSON with object keys sorted at every level and undefined members left out: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}
