/**
 * Hands on results in the order their work was started, though the work finishes in any order:
 * the listing comes sorted by name and the manifest must be too, so nothing is sorted at the end
 * and nothing is held for it. Work may start at most `size` places past the oldest unfinished
 * item, so one slow object holds back at most `size` results, however long the listing.
 */
export class OrderedWindow<T> {
  private oldest = 0;
  private readonly finished = new Map<number, T>();
  private readonly waiting: { index: number; go: () => void }[] = [];
  private abandoned = false;

  private readonly size: number;
  private readonly handOn: (result: T) => void;

  constructor(size: number, handOn: (result: T) => void) {
    this.size = size;
    this.handOn = handOn;
  }

  /** Waits until item `index` may start; false once the window is abandoned (do no work then). */
  async enter(index: number): Promise<boolean> {
    if (!this.abandoned && index >= this.oldest + this.size) {
      await new Promise<void>((go) => this.waiting.push({ index, go }));
    }
    return !this.abandoned;
  }

  /** Item `index` is done: hands on every result now in order. Call exactly once per index entered. */
  finish(index: number, result: T): void {
    this.finished.set(index, result);
    try {
      while (this.finished.has(this.oldest)) {
        const next = this.finished.get(this.oldest) as T;
        this.finished.delete(this.oldest);
        this.oldest += 1;
        if (!this.abandoned) this.handOn(next);
      }
    } finally {
      this.wake();
    }
  }

  /** After a failure: every waiting and later item starts at once and does nothing. */
  abandon(): void {
    this.abandoned = true;
    this.wake();
  }

  /** Results held because an older item is still running (what the window bounds). */
  get held(): number {
    return this.finished.size;
  }

  private wake(): void {
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const waiter = this.waiting[i] as (typeof this.waiting)[number];
      if (this.abandoned || waiter.index < this.oldest + this.size) {
        this.waiting.splice(i, 1);
        waiter.go();
      }
    }
  }
}
