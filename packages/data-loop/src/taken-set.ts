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

/** Object names cannot contain LF, so `generation \n name` is an unambiguous key. */
const key = (name: string, generation: string) => `${generation}\n${name}`;

export class MutableTakenSet implements TakenSet {
  private readonly bySpan = new Map<string, number>();
  spans: number[] = [];
  overlaps: { name: string; generation: string; spans: number[] }[] = [];

  get size(): number {
    return this.bySpan.size;
  }

  has(name: string, generation: string): boolean {
    return this.bySpan.has(key(name, generation));
  }

  spanOf(name: string, generation: string): number | undefined {
    return this.bySpan.get(key(name, generation));
  }

  add(span: number, entries: readonly { name: string; generation: string }[]): void {
    for (const entry of entries) {
      const k = key(entry.name, entry.generation);
      const earlier = this.bySpan.get(k);
      if (earlier === undefined) this.bySpan.set(k, span);
      else if (earlier !== span) this.overlaps.push({ ...entry, spans: [earlier, span] });
    }
  }
}
