import { createHash, randomUUID } from 'node:crypto';

/**
 * Custom metadata key holding a random id per write. When a write's answer is lost and its retry
 * meets 412 (the object exists now), the id tells "our own earlier attempt created it" from
 * "another writer did".
 */
export const WRITE_ID_KEY = 'mlops-write-id';

export function newWriteId(): string {
  return randomUUID();
}

/** Base64 MD5, as GCS reports md5Hash and accepts it to validate an upload. */
export function md5Base64(data: Buffer | string): string {
  return createHash('md5').update(data).digest('base64');
}

/** The write id an object's metadata carries, if any. */
export function writeIdOf(metadata: { metadata?: Record<string, unknown> | null } | undefined): unknown {
  return metadata?.metadata?.[WRITE_ID_KEY];
}
