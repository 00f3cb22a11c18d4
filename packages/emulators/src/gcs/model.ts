/** What the stand-in keeps per bucket and per object generation; rendered to JSON by resources.ts. */

export interface BucketRecord {
  name: string;
  timeCreated: string;
  updated: string;
  metageneration: number;
  location: string;
  storageClass: string;
  versioning: boolean;
  labels?: Record<string, string>;
}

/** Object metadata a caller may set on upload, patch, rewrite or compose. */
export interface WritableMetadata {
  contentType?: string;
  contentEncoding?: string;
  contentDisposition?: string;
  contentLanguage?: string;
  cacheControl?: string;
  customTime?: string;
  storageClass?: string;
  metadata?: Record<string, string>;
}

/** One generation of an object. */
export interface ObjectRecord extends WritableMetadata {
  bucket: string;
  name: string;
  generation: number;
  metageneration: number;
  size: number;
  /** Absent on composite objects, as on GCS. */
  md5Hash?: string;
  crc32c: string;
  componentCount?: number;
  contentType: string;
  storageClass: string;
  timeCreated: string;
  updated: string;
  /** Set when a newer generation replaced this one, or it was deleted (versioned buckets). */
  timeDeleted?: string;
}

export const WRITABLE_FIELDS = [
  'contentType',
  'contentEncoding',
  'contentDisposition',
  'contentLanguage',
  'cacheControl',
  'customTime',
  'storageClass',
  'metadata',
] as const;
