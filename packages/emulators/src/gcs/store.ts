import type { ObjectStore, StoredObjectInfo } from '../object-store.ts';
import { checksums } from './checksums.ts';
import { bucketNotFound, conflict, objectNotFound } from './errors.ts';
import { GenerationClock } from './generation-clock.ts';
import { assertMetadataSize, withoutNulls } from './metadata-input.ts';
import type { BucketRecord, ObjectRecord, WritableMetadata } from './model.ts';
import { assertBucketName, assertObjectName, compareNames } from './names.ts';
import type { Persistence } from './persistence.ts';
import { checkExisting, checkWrite, type Preconditions } from './preconditions.ts';

export interface BucketOptions {
  location?: string;
  storageClass?: string;
  versioning?: boolean;
  labels?: Record<string, string>;
}

export interface InsertOptions {
  preconditions?: Preconditions;
  /** Checksums the caller already computed (resumable uploads hash as chunks arrive). */
  hashes?: { md5Hash?: string; crc32c: string };
  componentCount?: number;
}

interface BucketState {
  record: BucketRecord;
  /** Every generation per object name, oldest first; the live one is last and has no timeDeleted. */
  objects: Map<string, ObjectRecord[]>;
  /** Names with at least one generation, in listing order; rebuilt after a name comes or goes. */
  sorted: string[] | undefined;
}

/**
 * The buckets and objects behind the stand-in: an index in memory, bytes and (in directory mode)
 * metadata in a Persistence. Every change is synchronous, so preconditions are checked and applied
 * atomically with respect to other requests. Also the ObjectStore other stand-ins read and write.
 */
export class GcsStore implements ObjectStore {
  private readonly buckets = new Map<string, BucketState>();
  private readonly clock = new GenerationClock();
  private readonly persistence: Persistence;

  constructor(persistence: Persistence) {
    this.persistence = persistence;
    const { buckets, objects } = persistence.load();
    for (const record of buckets)
      this.buckets.set(record.name, { record, objects: new Map(), sorted: undefined });
    for (const object of objects.sort((a, b) => a.generation - b.generation)) {
      const state = this.buckets.get(object.bucket);
      if (!state) continue;
      const versions = state.objects.get(object.name) ?? [];
      versions.push(object);
      state.objects.set(object.name, versions);
      this.clock.observe(object.generation);
    }
  }

  // --- buckets

  createBucket(name: string, options: BucketOptions = {}): BucketRecord {
    assertBucketName(name);
    if (this.buckets.has(name)) {
      throw conflict('Your previous request to create the named bucket succeeded and you already own it.');
    }
    const now = new Date().toISOString();
    const record: BucketRecord = {
      name,
      timeCreated: now,
      updated: now,
      metageneration: 1,
      location: (options.location ?? 'US').toUpperCase(),
      storageClass: options.storageClass ?? 'STANDARD',
      versioning: options.versioning ?? false,
      ...(options.labels ? { labels: options.labels } : {}),
    };
    this.buckets.set(name, { record, objects: new Map(), sorted: undefined });
    this.persistence.saveBucket(record);
    return record;
  }

  bucket(name: string): BucketRecord {
    return this.state(name).record;
  }

  hasBucket(name: string): boolean {
    return this.buckets.has(name);
  }

  listBuckets(): BucketRecord[] {
    return [...this.buckets.values()]
      .map((state) => state.record)
      .sort((a, b) => compareNames(a.name, b.name));
  }

  patchBucket(
    name: string,
    patch: { versioning?: boolean; labels?: Record<string, string | null> },
  ): BucketRecord {
    const record = this.state(name).record;
    if (patch.versioning !== undefined) record.versioning = patch.versioning;
    if (patch.labels) {
      const labels = { ...record.labels };
      for (const [key, value] of Object.entries(patch.labels)) {
        if (value === null) delete labels[key];
        else labels[key] = value;
      }
      record.labels = labels;
    }
    record.metageneration += 1;
    record.updated = new Date().toISOString();
    this.persistence.saveBucket(record);
    return record;
  }

  /** Deletes an empty bucket; 409 while it holds objects (noncurrent generations count, as on GCS). */
  deleteBucket(name: string): void {
    const state = this.state(name);
    if (state.objects.size > 0) throw conflict('The bucket you tried to delete is not empty.');
    this.buckets.delete(name);
    this.persistence.removeBucket(name);
  }

  // --- objects

  /** The live generation, or undefined. */
  live(bucket: string, name: string): ObjectRecord | undefined {
    const last = this.state(bucket).objects.get(name)?.at(-1);
    return last && last.timeDeleted === undefined ? last : undefined;
  }

  /** A generation (the live one when `generation` is undefined); 404 when it does not exist. */
  get(bucket: string, name: string, generation?: number): ObjectRecord {
    const state = this.state(bucket);
    const record =
      generation === undefined
        ? this.live(bucket, name)
        : state.objects.get(name)?.find((version) => version.generation === generation);
    if (!record) throw objectNotFound(bucket, name);
    return record;
  }

  /** Reads a generation under preconditions (412, or 304 for a failed *NotMatch). */
  getChecked(bucket: string, name: string, generation: number | undefined, pre: Preconditions): ObjectRecord {
    const record = this.get(bucket, name, generation);
    checkExisting(pre, record, true);
    return record;
  }

  data(record: ObjectRecord): Buffer {
    return this.persistence.readData(record);
  }

  /** Creates a new live generation; the previous one is deleted, or kept as noncurrent if versioning is on. */
  insert(
    bucket: string,
    name: string,
    data: Buffer,
    metadata: WritableMetadata,
    options: InsertOptions = {},
  ): ObjectRecord {
    const state = this.state(bucket);
    assertObjectName(name);
    assertMetadataSize(metadata.metadata);
    const previous = this.live(bucket, name);
    checkWrite(options.preconditions ?? {}, previous);
    const hashes = options.hashes ?? checksums(data);
    const now = new Date().toISOString();
    const record: ObjectRecord = {
      bucket,
      name,
      generation: this.clock.next(),
      metageneration: 1,
      size: data.length,
      ...(hashes.md5Hash !== undefined ? { md5Hash: hashes.md5Hash } : {}),
      crc32c: hashes.crc32c,
      ...(options.componentCount !== undefined ? { componentCount: options.componentCount } : {}),
      ...withoutNulls(metadata),
      contentType: metadata.contentType || 'application/octet-stream',
      storageClass: metadata.storageClass ?? state.record.storageClass,
      timeCreated: now,
      updated: now,
    };
    const versions = state.objects.get(name) ?? [];
    if (previous) this.retire(state, previous, versions, now);
    this.persistence.writeData(record, data);
    versions.push(record);
    this.setVersions(state, name, versions);
    return record;
  }

  /** Applies a metadata change to a generation: metageneration goes up by one. */
  patch(
    bucket: string,
    name: string,
    generation: number | undefined,
    pre: Preconditions,
    change: (record: ObjectRecord) => void,
  ): ObjectRecord {
    const state = this.state(bucket);
    const record = this.get(bucket, name, generation);
    checkExisting(pre, record, false);
    const updated = { ...record };
    change(updated);
    assertMetadataSize(updated.metadata);
    updated.metageneration = record.metageneration + 1;
    updated.updated = new Date().toISOString();
    const versions = state.objects.get(name) ?? [];
    versions[versions.indexOf(record)] = updated;
    this.persistence.saveObject(bucket, name, versions);
    return updated;
  }

  /** Deletes the live generation (kept as noncurrent when versioning is on) or, given one, a generation for good. */
  delete(bucket: string, name: string, generation: number | undefined, pre: Preconditions): void {
    const state = this.state(bucket);
    const record = this.get(bucket, name, generation);
    checkExisting(pre, record, false);
    const versions = state.objects.get(name) ?? [];
    if (generation === undefined) {
      this.retire(state, record, versions, new Date().toISOString());
    } else {
      this.persistence.removeData(record);
      versions.splice(versions.indexOf(record), 1);
    }
    this.setVersions(state, name, versions);
  }

  /** Names that have at least one generation, in listing order. */
  sortedNames(bucket: string): readonly string[] {
    const state = this.state(bucket);
    state.sorted ??= [...state.objects.keys()].sort(compareNames);
    return state.sorted;
  }

  /** Every generation of one name, oldest first. */
  versions(bucket: string, name: string): readonly ObjectRecord[] {
    return this.state(bucket).objects.get(name) ?? [];
  }

  // --- ObjectStore, for other stand-ins in the same process

  async read(bucket: string, name: string): Promise<Buffer | undefined> {
    if (!this.buckets.has(bucket)) return undefined;
    const record = this.live(bucket, name);
    return record ? this.data(record) : undefined;
  }

  async write(bucket: string, name: string, data: Buffer, contentType?: string): Promise<StoredObjectInfo> {
    return info(this.insert(bucket, name, data, contentType ? { contentType } : {}));
  }

  async list(bucket: string, prefix: string): Promise<StoredObjectInfo[]> {
    if (!this.buckets.has(bucket)) return [];
    const out: StoredObjectInfo[] = [];
    for (const name of this.sortedNames(bucket)) {
      if (!name.startsWith(prefix)) continue;
      const record = this.live(bucket, name);
      if (record) out.push(info(record));
    }
    return out;
  }

  // --- internals

  private state(bucket: string): BucketState {
    const state = this.buckets.get(bucket);
    if (!state) throw bucketNotFound();
    return state;
  }

  /** The live generation stops being live: noncurrent in a versioned bucket, gone otherwise. */
  private retire(state: BucketState, record: ObjectRecord, versions: ObjectRecord[], now: string): void {
    if (state.record.versioning) {
      this.persistence.demote(record);
      record.timeDeleted = now;
    } else {
      this.persistence.removeData(record);
      versions.splice(versions.indexOf(record), 1);
    }
  }

  private setVersions(state: BucketState, name: string, versions: ObjectRecord[]): void {
    const existed = state.objects.has(name);
    if (versions.length > 0) state.objects.set(name, versions);
    else state.objects.delete(name);
    if (existed !== versions.length > 0) state.sorted = undefined;
    this.persistence.saveObject(state.record.name, name, versions);
  }
}

function info(record: ObjectRecord): StoredObjectInfo {
  return {
    bucket: record.bucket,
    name: record.name,
    size: record.size,
    generation: String(record.generation),
    contentType: record.contentType,
  };
}
