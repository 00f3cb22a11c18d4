/**
 * What one stand-in needs of another's storage: the Vertex AI stand-in reads batch prediction
 * inputs from, and writes results to, the Cloud Storage stand-in through this, in-process.
 */
export interface StoredObjectInfo {
  bucket: string;
  name: string;
  size: number;
  generation: string;
  contentType: string;
}

export interface ObjectStore {
  /** The object's bytes, or undefined when the bucket or the object does not exist. */
  read(bucket: string, name: string): Promise<Buffer | undefined>;
  /** Creates or replaces an object (a new generation). Throws when the bucket does not exist. */
  write(bucket: string, name: string, data: Buffer, contentType?: string): Promise<StoredObjectInfo>;
  /** Objects whose names start with `prefix`, in lexicographic order. */
  list(bucket: string, prefix: string): Promise<StoredObjectInfo[]>;
}

/** `gs://bucket/some/prefix` → { bucket, name }; undefined for anything else. */
export function parseGsUri(uri: string): { bucket: string; name: string } | undefined {
  const match = /^gs:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return match ? { bucket: match[1] as string, name: match[2] as string } : undefined;
}
