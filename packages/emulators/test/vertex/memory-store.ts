import type { ObjectStore, StoredObjectInfo } from '../../src/object-store.ts';

/** A tiny in-memory ObjectStore for the Vertex tests (the Cloud Storage stand-in has its own). */
export class MemoryStore implements ObjectStore {
  private readonly buckets = new Map<string, Map<string, { data: Buffer; info: StoredObjectInfo }>>();
  private generation = 1;

  createBucket(bucket: string): this {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, new Map());
    return this;
  }

  async read(bucket: string, name: string): Promise<Buffer | undefined> {
    return this.buckets.get(bucket)?.get(name)?.data;
  }

  async write(bucket: string, name: string, data: Buffer, contentType = 'application/octet-stream') {
    const objects = this.buckets.get(bucket);
    if (!objects) throw new Error(`bucket ${bucket} does not exist`);
    const info = { bucket, name, size: data.length, generation: String(this.generation++), contentType };
    objects.set(name, { data, info });
    return info;
  }

  async list(bucket: string, prefix: string): Promise<StoredObjectInfo[]> {
    return [...(this.buckets.get(bucket)?.values() ?? [])]
      .map((entry) => entry.info)
      .filter((info) => info.name.startsWith(prefix))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** Every object name in a bucket, for assertions. */
  names(bucket: string): string[] {
    return [...(this.buckets.get(bucket)?.keys() ?? [])].sort();
  }

  text(bucket: string, name: string): string | undefined {
    return this.buckets.get(bucket)?.get(name)?.data.toString('utf8');
  }
}
