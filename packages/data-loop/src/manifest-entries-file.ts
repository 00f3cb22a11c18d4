import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntryCheck, type EntryTotals } from './entry-check.ts';
import type { ManifestEntry } from './manifest.ts';
import { entryLine } from './manifest-json.ts';

/** Lines are written in pieces of this size: few system calls, little memory. */
const FLUSH_AT = 256 << 10;

/**
 * A manifest's entries on local disk, in the exact text formatManifest gives them, so a count of
 * 100,000 objects holds none of them in memory. Entries must come sorted by name (the order Cloud
 * Storage lists them in): each is checked as it is added, as readManifest would check it.
 * The file lives in a fresh folder under `folder` (the runner's RUNNER_TEMP in an action).
 */
export class ManifestEntriesFile {
  readonly path: string;
  private readonly folder: string;
  private readonly check = new EntryCheck();
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly units = new Set<'records' | 'lines' | 'objects'>();

  constructor(folder: string = process.env.RUNNER_TEMP || tmpdir()) {
    this.folder = mkdtempSync(join(folder, 'manifest-'));
    this.path = join(this.folder, 'entries.json-lines');
    this.fd = openSync(this.path, 'w');
  }

  /** Appends one entry; throws when it is invalid or not after the previous one by name. */
  add(entry: ManifestEntry): void {
    if (this.fd === undefined) throw new Error(`${this.path} is closed: no entry can be added`);
    const problem = this.check.add(entry);
    if (problem !== undefined) throw new Error(`Refusing an invalid manifest entry: ${problem}.`);
    this.units.add(entry.records !== undefined ? 'records' : entry.lines !== undefined ? 'lines' : 'objects');
    const line = `${this.check.totals.objects === 1 ? '' : ','}\n${entryLine(entry)}`;
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  /** What the entries added so far add up to. */
  get totals(): Readonly<EntryTotals> {
    return this.check.totals;
  }

  /** The kinds of count the entries had: one kind names the unit of an `auto` count. */
  get unitKinds(): ReadonlySet<'records' | 'lines' | 'objects'> {
    return this.units;
  }

  /** Writes what is pending and closes the file; nothing can be added after. */
  close(): void {
    if (this.fd === undefined) return;
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** The entries' text, from the start (the file must be closed). */
  read(): AsyncIterable<Buffer> {
    if (this.fd !== undefined) throw new Error(`${this.path} is still open for writing`);
    return createReadStream(this.path, { highWaterMark: 1 << 20 });
  }

  /** Deletes the file and its folder (safe to call twice). */
  remove(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.folder, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.fd === undefined || this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }
}
