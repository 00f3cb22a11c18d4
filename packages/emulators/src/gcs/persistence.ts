import type { BucketRecord, ObjectRecord } from './model.ts';

/**
 * Where the store keeps bucket and object state beyond its in-memory index. The store calls these
 * synchronously, so a request never sees half of a change.
 */
export interface Persistence {
  load(): { buckets: BucketRecord[]; objects: ObjectRecord[] };
  saveBucket(bucket: BucketRecord): void;
  removeBucket(name: string): void;
  /** Stores the bytes of a new live generation. */
  writeData(record: ObjectRecord, data: Buffer): void;
  readData(record: ObjectRecord): Buffer;
  /** A live generation became noncurrent; its bytes stay readable by generation. */
  demote(record: ObjectRecord): void;
  removeData(record: ObjectRecord): void;
  /** Every generation of one object after a change, oldest first; empty once it is gone. */
  saveObject(bucket: string, name: string, versions: readonly ObjectRecord[]): void;
}

const key = (record: ObjectRecord) => `${record.bucket}\0${record.name}\0${record.generation}`;

export class MemoryPersistence implements Persistence {
  private readonly data = new Map<string, Buffer>();

  load() {
    return { buckets: [], objects: [] };
  }
  saveBucket(): void {}
  removeBucket(): void {}
  writeData(record: ObjectRecord, data: Buffer): void {
    this.data.set(key(record), data);
  }
  readData(record: ObjectRecord): Buffer {
    const data = this.data.get(key(record));
    if (!data) throw new Error(`no data for ${record.bucket}/${record.name}#${record.generation}`);
    return data;
  }
  demote(): void {}
  removeData(record: ObjectRecord): void {
    this.data.delete(key(record));
  }
  saveObject(): void {}
}
