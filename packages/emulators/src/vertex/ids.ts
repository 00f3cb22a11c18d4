/**
 * Numeric ids like the ones Vertex AI generates for jobs, models, operations and tasks (19 digits,
 * int64-safe). Sequential, so runs are reproducible; each stand-in starts its own sequence.
 */
export class IdSource {
  private next: bigint;

  constructor(start = 1_000_000_000_000_000_000n) {
    this.next = start;
  }

  id(): string {
    this.next += 7919n; // a prime stride: ids look less like a counter, stay ordered
    return this.next.toString();
  }
}
