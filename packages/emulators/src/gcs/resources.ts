import { createHash } from 'node:crypto';
import type { BucketRecord, ObjectRecord } from './model.ts';

/**
 * JSON API resources (https://cloud.google.com/storage/docs/json_api/v1/objects#resource and
 * …/buckets#resource). Numbers that can exceed 2^53 (size, generation, metageneration) are
 * strings, as GCS sends them. Links point at the stand-in itself so a client can follow them.
 */
export function objectResource(record: ObjectRecord, origin: string): Record<string, unknown> {
  const encoded = encodeURIComponent(record.name);
  const resource: Record<string, unknown> = {
    kind: 'storage#object',
    id: `${record.bucket}/${record.name}/${record.generation}`,
    selfLink: `${origin}/storage/v1/b/${record.bucket}/o/${encoded}`,
    mediaLink: `${origin}/download/storage/v1/b/${record.bucket}/o/${encoded}?generation=${record.generation}&alt=media`,
    name: record.name,
    bucket: record.bucket,
    generation: String(record.generation),
    metageneration: String(record.metageneration),
    contentType: record.contentType,
    storageClass: record.storageClass,
    size: String(record.size),
  };
  if (record.md5Hash !== undefined) resource.md5Hash = record.md5Hash;
  resource.crc32c = record.crc32c;
  if (record.componentCount !== undefined) resource.componentCount = record.componentCount;
  resource.etag = objectEtag(record);
  resource.timeCreated = record.timeCreated;
  resource.updated = record.updated;
  resource.timeStorageClassUpdated = record.timeCreated;
  resource.timeFinalized = record.timeCreated;
  if (record.timeDeleted !== undefined) resource.timeDeleted = record.timeDeleted;
  for (const field of [
    'contentEncoding',
    'contentDisposition',
    'contentLanguage',
    'cacheControl',
    'customTime',
  ] as const) {
    if (record[field] !== undefined) resource[field] = record[field];
  }
  if (record.metadata !== undefined) resource.metadata = record.metadata;
  return resource;
}

export function bucketResource(
  record: BucketRecord,
  origin: string,
  projectId: string,
): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    kind: 'storage#bucket',
    selfLink: `${origin}/storage/v1/b/${record.name}`,
    id: record.name,
    name: record.name,
    projectNumber: projectNumber(projectId),
    metageneration: String(record.metageneration),
    location: record.location,
    storageClass: record.storageClass,
    etag: varintEtag([[1, record.metageneration]]),
    timeCreated: record.timeCreated,
    updated: record.updated,
    iamConfiguration: {
      bucketPolicyOnly: { enabled: false },
      uniformBucketLevelAccess: { enabled: false },
      publicAccessPrevention: 'inherited',
    },
    locationType: locationType(record.location),
    rpo: 'DEFAULT',
  };
  if (record.versioning) resource.versioning = { enabled: true };
  if (record.labels && Object.keys(record.labels).length > 0) resource.labels = record.labels;
  return resource;
}

/**
 * Object ETags are base64 of a small protobuf: field 1 the generation, field 2 the
 * metageneration (e.g. "CKih16GjycICEAE="), so they change with either.
 */
export function objectEtag(record: ObjectRecord): string {
  return varintEtag([
    [1, record.generation],
    [2, record.metageneration],
  ]);
}

function varintEtag(fields: [number, number][]): string {
  const bytes: number[] = [];
  for (const [field, value] of fields) {
    bytes.push(field << 3);
    let rest = BigInt(value);
    do {
      const low = Number(rest & 0x7fn);
      rest >>= 7n;
      bytes.push(rest > 0n ? low | 0x80 : low);
    } while (rest > 0n);
  }
  return Buffer.from(bytes).toString('base64');
}

/** A stable 12-digit number per project id, standing in for the real project number. */
function projectNumber(projectId: string): string {
  const digest = createHash('sha256').update(projectId).digest();
  return String((digest.readUIntBE(0, 6) % 900_000_000_000) + 100_000_000_000);
}

function locationType(location: string): string {
  if (['US', 'EU', 'ASIA'].includes(location)) return 'multi-region';
  if (['NAM4', 'EUR4', 'ASIA1', 'EUR5', 'EUR7', 'EUR8'].includes(location)) return 'dual-region';
  return 'region';
}
