import { GcsError, invalid } from './errors.ts';
import { WRITABLE_FIELDS, type WritableMetadata } from './model.ts';

/** GCS caps custom metadata at 8 KiB per object (https://cloud.google.com/storage/quotas). */
const MAX_CUSTOM_METADATA_BYTES = 8 * 1024;

/**
 * The writable fields of an object resource sent by a client (upload metadata, rewrite or compose
 * destination, patch body). `null` is kept: on a patch it clears the field. Output-only fields
 * (size, md5Hash, generation…) are ignored here; callers that honour some of them read them apart.
 */
export function writableMetadata(resource: Record<string, unknown>): MetadataInput {
  const out: Record<string, unknown> = {};
  for (const field of WRITABLE_FIELDS) {
    if (!(field in resource)) continue;
    const value = resource[field];
    if (value === null) {
      out[field] = null;
    } else if (field === 'metadata') {
      out[field] = customMetadata(value);
    } else if (typeof value === 'string') {
      out[field] = value;
    } else {
      throw invalid(`Invalid value for ${field}: a string is required.`);
    }
  }
  return out as MetadataInput;
}

/** Writable fields as sent: a null asks a patch to clear the field (or, in `metadata`, a key). */
export type MetadataInput = {
  [K in Exclude<keyof WritableMetadata, 'metadata'>]?: WritableMetadata[K] | null;
} & { metadata?: Record<string, string | null> | null };

/** The fields that are set, for a new object (where null means the same as absent). */
export function withoutNulls(input: MetadataInput): WritableMetadata {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    out[key] =
      key === 'metadata'
        ? Object.fromEntries(Object.entries(value as object).filter(([, item]) => item !== null))
        : value;
  }
  return out as WritableMetadata;
}

/** Custom metadata: string values (numbers and booleans are written as strings); null deletes on patch. */
function customMetadata(value: unknown): Record<string, string | null> {
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw invalid('Invalid value for metadata: an object of string values is required.');
  }
  const out: Record<string, string | null> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null) out[key] = null;
    else if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean')
      out[key] = String(item);
    else throw invalid(`Invalid value for metadata.${key}: a string is required.`);
  }
  return out;
}

export function assertMetadataSize(metadata: Record<string, string> | undefined): void {
  if (!metadata) return;
  let bytes = 0;
  for (const [key, value] of Object.entries(metadata))
    bytes += Buffer.byteLength(key) + Buffer.byteLength(value);
  if (bytes > MAX_CUSTOM_METADATA_BYTES) throw invalid('Metadata part is too large.');
}

/** Parses a JSON request body strictly: invalid UTF-8 or JSON is a 400, as GCS answers. */
export function parseJsonBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw invalid('The request body is not valid UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GcsError(400, 'parseError', 'Parse Error');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('The request body must be a JSON object.');
  return value as Record<string, unknown>;
}
