/**
 * A set of UTF-16 units in 512 bytes, for the hot loops' question “can a word start here?”.
 * An exact 65,536-entry table per word list costs 64 KB each, and extraction keeps some twenty
 * such lists; CJK characters spread their look-ups over all of it. Units 4,096 apart share a
 * bit, so `mayHave` can say yes wrongly: callers confirm a yes (their lists of words by first
 * character do).
 */
export class CharFilter {
  private readonly bits = new Int32Array(128);

  add(c: number): void {
    this.bits[(c >>> 5) & 127]! |= 1 << (c & 31);
  }

  /** Adds every unit of another filter. */
  addAll(other: CharFilter): void {
    for (let k = 0; k < 128; k++) this.bits[k]! |= other.bits[k]!;
  }

  mayHave(c: number): boolean {
    return (this.bits[(c >>> 5) & 127]! & (1 << (c & 31))) !== 0;
  }

  /**
   * The last offset in [from, before) whose unit the filter may have, or -1 (from ≥ 0). One call
   * per candidate, not per character: the windows judged are scanned interpreted at first.
   */
  lastIn(text: string, from: number, before: number): number {
    const bits = this.bits;
    for (let i = before - 1; i >= from; i--) {
      const c = text.charCodeAt(i);
      if ((bits[(c >>> 5) & 127]! & (1 << (c & 31))) !== 0) return i;
    }
    return -1;
  }
}
