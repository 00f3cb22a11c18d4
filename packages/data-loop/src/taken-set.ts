import { entryOfKey, takenKey } from './taken-lines.ts';

/** Every (name, generation) that published spans took. */
export interface TakenSet {
  has(name: string, generation: string): boolean;
  /** The span that took this version, or undefined. */
  spanOf(name: string, generation: string): number | undefined;
  /** Distinct (name, generation) pairs. */
  size: number;
  /** Published span numbers, ascending as numbers (9 before 10). */
  spans: number[];
  /** Versions found in more than one published span: a broken exactly-once promise, reported not hidden. */
  overlaps: { name: string; generation: string; spans: number[] }[];
}

/** Keys are the taken lines themselves (takenKey): the reader stores slices of the file, no objects. */
export class MutableTakenSet implements TakenSet {
  private readonly bySpan = new Map<string, number>();
  spans: number[] = [];
  overlaps: { name: string; generation: string; spans: number[] }[] = [];

  get size(): number {
    return this.bySpan.size;
  }

  has(name: string, generation: string): boolean {
    return this.bySpan.has(takenKey(name, generation));
  }

  spanOf(name: string, generation: string): number | undefined {
    return this.bySpan.get(takenKey(name, generation));
  }

  addKeys(span: number, keys: readonly string[]): void {
    for (const key of keys) {
      const earlier = this.bySpan.get(key);
      if (earlier === undefined) this.bySpan.set(key, span);
      else if (earlier !== span) this.overlaps.push({ ...entryOfKey(key), spans: [earlier, span] });
    }
  }
}
