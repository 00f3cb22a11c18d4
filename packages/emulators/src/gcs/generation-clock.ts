/**
 * Object generations: microseconds since the epoch, as GCS's look, and strictly increasing even
 * when two writes share a microsecond or the wall clock steps back. Seeded from stored objects
 * so a restarted stand-in never reuses one.
 */
export class GenerationClock {
  private last = 0;

  observe(generation: number): void {
    if (generation > this.last) this.last = generation;
  }

  next(): number {
    const now = Math.floor((performance.timeOrigin + performance.now()) * 1000);
    this.last = Math.max(this.last + 1, now);
    return this.last;
  }
}
