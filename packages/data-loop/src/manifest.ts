/** One object version, as listed: the generation pins the exact bytes. */
export interface ObjectVersion {
  name: string;
  /** Decimal string: generations exceed 2^53 on some buckets' clocks' horizon, and are ids, not amounts. */
  generation: string;
  size: number;
  /** Base64 big-endian CRC32C, as Cloud Storage reports it; absent when the source did not give it. */
  crc32c?: string;
}

export interface ManifestEntry extends ObjectVersion {
  records?: number;
  lines?: number;
  label?: string;
}

/** The snapshot count-data writes; batch-evaluate and trigger-retraining read exactly these versions. */
export interface Manifest {
  version: 1;
  /** gs:// URI of the counted folder. */
  source: string;
  /** gs:// URI of the state folder. */
  state: string;
  pattern: string;
  unit: string;
  createdAt: string;
  run: { repository: string; runId: string; job: string; sha: string };
  count: number;
  objects: number;
  bytes: number;
  perLabel?: Record<string, number>;
  /** Sorted by name, one entry per name. */
  entries: ManifestEntry[];
  corrupt?: { name: string; generation: string; reason: string }[];
}

export const MANIFEST_VERSION = 1;

/** Everything in a manifest but its entries: what fits in memory whatever the object count. */
export type ManifestHeader = Omit<Manifest, 'entries'>;
