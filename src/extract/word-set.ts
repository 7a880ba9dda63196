import { CharFilter } from './char-filter.js';

/**
 * A pack-supplied word list searched inside a bounded window: words are grouped by first
 * character, so a window of w characters costs w look-ups plus the few candidates that share
 * a first character — never a pass over the whole list per position.
 */
export class WordSet {
  private readonly byFirst = new Map<number, string[]>();
  /** first characters of the words: a small filter, confirmed by byFirst */
  private readonly starts = new CharFilter();
  readonly size: number;
  private readonly maxLength: number;
  /**
   * The word whose start lastStart last returned: its caller reads it here rather than finding it again with
   * `at` (a second look-up per place, and a second helper inlined into every judging function's optimised code).
   */
  lastWord = '';

  constructor(words: Iterable<string> = []) {
    const unique = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    this.size = unique.length;
    this.maxLength = unique[0]?.length ?? 0;
    for (const w of unique) {
      const c = w.charCodeAt(0);
      this.starts.add(c);
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /** The first characters of the words, as UTF-16 codes. */
  firstCodes(): number[] {
    return [...this.byFirst.keys()];
  }

  /** Whether any word stands anywhere in the text: a native search per word, for a once-a-document look. */
  occursIn(text: string): boolean {
    for (const list of this.byFirst.values())
      for (let k = 0; k < list.length; k++) if (text.includes(list[k]!)) return true;
    return false;
  }

  /** Whether any word (not only the longest at a place) lies wholly inside [from, to). */
  anyWithin(text: string, from: number, to: number): boolean {
    const starts = this.starts;
    for (let i = Math.max(0, from); i < to; i++) {
      if (!starts.mayHave(text.charCodeAt(i))) continue;
      const list = this.byFirst.get(text.charCodeAt(i));
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) if (i + list[k]!.length <= to && text.startsWith(list[k]!, i)) return true;
    }
    return false;
  }

  /** The longest word starting at offset, if any. */
  at(text: string, offset: number): string | undefined {
    const c = text.charCodeAt(offset);
    if (!this.starts.mayHave(c)) return undefined;
    const list = this.byFirst.get(c);
    if (!list) return undefined;
    // by index, not for…of: until V8 optimises this, the iterator protocol cost more than the comparisons
    for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, offset)) return list[k];
    return undefined;
  }

  /** Every occurrence (longest at each start) lying wholly inside [from, to), in text order. */
  find(text: string, from: number, to: number): Array<{ at: number; word: string }> {
    const out: Array<{ at: number; word: string }> = [];
    if (this.size === 0) return out;
    for (let i = Math.max(0, from); i < to; i++) {
      const w = this.at(text, i);
      if (w && i + w.length <= to) out.push({ at: i, word: w });
    }
    return out;
  }

  /**
   * The last offset in [from, before) where the longest word starting there ends by `to` (that word
   * left in lastWord), or -1: the scan of lastJudging, with the filter and lists read in the loop, not
   * through `at` — the judging runs interpreted for the first hundreds of documents, where each call
   * per character costs more than its look-up.
   */
  lastStart(text: string, from: number, before: number, to: number): number {
    const floor = Math.max(0, from);
    const starts = this.starts;
    for (let i = starts.lastIn(text, floor, before); i >= 0; i = starts.lastIn(text, floor, i)) {
      const list = this.byFirst.get(text.charCodeAt(i));
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const w = list[k]!;
        if (!text.startsWith(w, i)) continue;
        // the longest word at i decides, as `at` gives it: a shorter one there is not tried
        if (i + w.length > to) break;
        this.lastWord = w;
        return i;
      }
    }
    return -1;
  }

  /** One of the words ending right at `end` (开展 before 全县…), the longest; else undefined. */
  endingAt(text: string, end: number): string | undefined {
    for (let k = Math.min(this.maxLength, end); k >= 1; k--) {
      const list = this.byFirst.get(text.charCodeAt(end - k));
      if (list === undefined) continue;
      for (let j = 0; j < list.length; j++)
        if (list[j]!.length === k && text.startsWith(list[j]!, end - k)) return list[j];
    }
    return undefined;
  }

  /**
   * The last occurrence inside [from, to) — or the longer word it lies inside (县委 inside
   * 依法治县委员会 is that word, not 县委).
   */
  last(text: string, from: number, to: number): { at: number; word: string } | undefined {
    if (this.size === 0) return undefined;
    const i = this.lastStart(text, from, to, to);
    if (i < 0) return undefined;
    const w = this.lastWord;
    for (let j = Math.max(from, i - this.maxLength + 1); j < i; j++) {
      const outer = this.at(text, j);
      if (outer && j + outer.length >= i + w.length && j + outer.length <= to) return { at: j, word: outer };
    }
    return { at: i, word: w };
  }

  /**
   * Whether [at, at+len) lies inside an occurrence of one of these words (looked for at most `reach`
   * characters back).
   */
  covers(text: string, at: number, len: number, reach: number): boolean {
    if (this.size === 0) return false;
    const floor = Math.max(0, at - reach);
    const starts = this.starts;
    for (let i = starts.lastIn(text, floor, at + 1); i >= 0; i = starts.lastIn(text, floor, i)) {
      const list = this.byFirst.get(text.charCodeAt(i));
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const w = list[k]!;
        if (i + w.length >= at + len && text.startsWith(w, i)) return true;
      }
    }
    return false;
  }
}

/** Whether the text from `start` opens, after blanks, with a word of the set (a clause opening with 其中). */
export function opensWith(set: WordSet, text: string, start: number): boolean {
  let p = start;
  while (p < text.length && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) p++;
  return set.at(text, p) !== undefined;
}
