// A slider step decides, tie by tie, what to show and what to hide, and may change its mind (a merged
// tie loses one member and gains another); the graph is then changed once per group. Slots in typed
// arrays rather than a map keyed by element: at 50,000 ties a map rebuilt its table on every step,
// and garbage in a step is what V8's incremental marking charges the step for.

/**
 * Show and hide decisions for a fixed number of slots. The item in a slot is looked up when the
 * decisions are drained, so a slot's item may be made after a decision about it (a line drawn late).
 */
export class PendingDisplay<T> {
  private readonly decision: Int8Array;
  private readonly named: Uint32Array;
  private count = 0;

  constructor(
    private readonly size: number,
    private readonly itemAt: (slot: number) => T,
  ) {
    this.decision = new Int8Array(size);
    this.named = new Uint32Array(size);
  }

  /** Records a decision; the last one for a slot wins. */
  set(slot: number, shown: boolean): void {
    if (slot < 0 || slot >= this.size) throw new RangeError(`No item in slot ${slot} (there are ${this.size}).`);
    if (this.decision[slot] === 0) this.named[this.count++] = slot;
    this.decision[slot] = shown ? 1 : -1;
  }

  /** The items to show and to hide, in the order they were first named, and forgets them. */
  drain(): { toShow: T[]; toHide: T[] } {
    const toShow: T[] = [];
    const toHide: T[] = [];
    for (let index = 0; index < this.count; index += 1) {
      const slot = this.named[index]!;
      (this.decision[slot] === 1 ? toShow : toHide).push(this.itemAt(slot));
      this.decision[slot] = 0;
    }
    this.count = 0;
    return { toShow, toHide };
  }
}
