import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { BucketRecord, ObjectRecord } from './model.ts';
import type { Persistence } from './persistence.ts';

/**
 * Buckets and objects as plain files, so a demo's bucket can be inspected with `ls`:
 *
 *   DIR/BUCKET/.%bucket.json          the bucket
 *   DIR/BUCKET/runs/1/model.pkl        the live generation of object `runs/1/model.pkl`
 *   DIR/BUCKET/.%meta/SHA256.json      every generation's metadata of one object, and where its bytes are
 *   DIR/BUCKET/.%versions/SHA256-GEN   bytes of noncurrent generations (versioned buckets)
 *   DIR/BUCKET/.%objects/SHA256        bytes of a live object that cannot take its readable path
 *
 * Each `/`-separated part of a name is kept as is except `%`, control characters, `.` and `..`,
 * which are percent-encoded, and an empty part (`dir/` placeholders), which becomes `%`. A `%`
 * not followed by two hex digits never comes out of that encoding, so the `.%…` entries cannot
 * clash with objects. An object whose readable path is taken (`a` when `a/b` exists, or the
 * reverse) or too long for the file system goes to `.%objects/` instead; the sidecar says where.
 */
export class DirectoryPersistence implements Persistence {
  private readonly root: string;
  /** Where each generation's bytes are, relative to its bucket's directory. */
  private readonly paths = new Map<string, string>();

  constructor(root: string) {
    this.root = root;
    mkdirSync(root, { recursive: true });
  }

  load(): { buckets: BucketRecord[]; objects: ObjectRecord[] } {
    const buckets: BucketRecord[] = [];
    const objects: ObjectRecord[] = [];
    for (const entry of readdirSync(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const bucketFile = join(this.root, entry.name, '.%bucket.json');
      if (!existsSync(bucketFile)) continue;
      buckets.push(JSON.parse(readFileSync(bucketFile, 'utf8')) as BucketRecord);
      const metaDir = join(this.root, entry.name, '.%meta');
      if (!existsSync(metaDir)) continue;
      for (const file of readdirSync(metaDir)) {
        if (!file.endsWith('.json')) continue;
        const sidecar = JSON.parse(readFileSync(join(metaDir, file), 'utf8')) as Sidecar;
        for (const { data, ...record } of sidecar.versions) {
          this.paths.set(versionKey(record), data);
          objects.push(record);
        }
      }
    }
    return { buckets, objects };
  }

  saveBucket(bucket: BucketRecord): void {
    this.writeAtomically(join(this.root, bucket.name, '.%bucket.json'), JSON.stringify(bucket, null, 2));
  }

  removeBucket(name: string): void {
    rmSync(join(this.root, name), { recursive: true, force: true });
  }

  writeData(record: ObjectRecord, data: Buffer): void {
    const bucketDir = join(this.root, record.bucket);
    let path = readablePath(record.name);
    if (path === undefined || !this.fits(bucketDir, path)) path = join('.%objects', nameHash(record.name));
    this.writeAtomically(join(bucketDir, path), data);
    this.paths.set(versionKey(record), path);
  }

  readData(record: ObjectRecord): Buffer {
    return readFileSync(join(this.root, record.bucket, this.pathOf(record)));
  }

  demote(record: ObjectRecord): void {
    const bucketDir = join(this.root, record.bucket);
    const from = this.pathOf(record);
    const to = join('.%versions', `${nameHash(record.name)}-${record.generation}`);
    mkdirSync(join(bucketDir, '.%versions'), { recursive: true });
    renameSync(join(bucketDir, from), join(bucketDir, to));
    this.paths.set(versionKey(record), to);
    this.prune(bucketDir, from);
  }

  removeData(record: ObjectRecord): void {
    const bucketDir = join(this.root, record.bucket);
    const path = this.pathOf(record);
    rmSync(join(bucketDir, path), { force: true });
    this.paths.delete(versionKey(record));
    this.prune(bucketDir, path);
  }

  saveObject(bucket: string, name: string, versions: readonly ObjectRecord[]): void {
    const file = join(this.root, bucket, '.%meta', `${nameHash(name)}.json`);
    if (versions.length === 0) {
      rmSync(file, { force: true });
      return;
    }
    const sidecar: Sidecar = {
      name,
      versions: versions.map((record) => ({ ...record, data: this.pathOf(record) })),
    };
    this.writeAtomically(file, JSON.stringify(sidecar, null, 2));
  }

  private pathOf(record: ObjectRecord): string {
    const path = this.paths.get(versionKey(record));
    if (path === undefined)
      throw new Error(`no data for ${record.bucket}/${record.name}#${record.generation}`);
    return path;
  }

  /** True when no ancestor of `path` is a file and `path` itself is not a directory. */
  private fits(bucketDir: string, path: string): boolean {
    const parts = path.split(sep);
    let current = bucketDir;
    for (const [index, part] of parts.entries()) {
      current = join(current, part);
      if (!existsSync(current)) return true;
      const isDirectory = statSync(current).isDirectory();
      if (index < parts.length - 1 ? !isDirectory : isDirectory) return false;
    }
    return true;
  }

  /** Removes directories emptied by a delete, up to the bucket's own. */
  private prune(bucketDir: string, path: string): void {
    let dir = dirname(join(bucketDir, path));
    while (dir.startsWith(bucketDir + sep) && dir !== bucketDir) {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
      dir = dirname(dir);
    }
  }

  private writeAtomically(file: string, data: string | Buffer): void {
    mkdirSync(dirname(file), { recursive: true });
    const temp = join(dirname(file), `.%tmp-${randomUUID()}`);
    writeFileSync(temp, data);
    renameSync(temp, file);
  }
}

interface Sidecar {
  name: string;
  versions: (ObjectRecord & { data: string })[];
}

const versionKey = (record: ObjectRecord) => `${record.bucket}\0${record.name}\0${record.generation}`;

const nameHash = (name: string) => createHash('sha256').update(name).digest('hex');

/** The readable relative path of an object name, or undefined when a part is too long for a file name. */
function readablePath(name: string): string | undefined {
  const parts = name.split('/').map(encodePart);
  if (parts.some((part) => Buffer.byteLength(part) > 255)) return undefined;
  return parts.join(sep);
}

function encodePart(part: string): string {
  if (part === '') return '%';
  if (part === '.') return '%2E';
  if (part === '..') return '%2E%2E';
  let out = '';
  for (const c of part) {
    const code = c.charCodeAt(0);
    out +=
      c === '%' || code < 0x20 || code === 0x7f ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : c;
  }
  return out;
}
