import { CharFilter } from './char-filter.js';

/**
 * Finds every occurrence of every cue word in one pass over the text, instead of one
 * `indexOf` sweep per cue (a pack has ~150 cues): a filter of first-and-second character pairs
 * says whether a cue can start at a position, and only the cues of that pair are compared.
 * Occurrences of one cue do not overlap each other, as with `indexOf(cue, at + cue.length)`;
 * different cues may overlap.
 */
export class CueScanner {
  /** first characters that are a whole cue: no second character to check */
  private readonly single = new CharFilter();
  /**
   * a filter on the first two characters, one byte per hashed pair (a load, not a bit's shift and
   * mask, at every position): 0 means no cue starts with that pair (法 is everywhere; 法律顾问 is not);
   * else LONGER when cues of three or more characters start with it, TWO when two-character ones do
   */
  private readonly pairs = new Uint8Array(PAIR_TABLE);
  /** cues of one character, by that character */
  private readonly singles = new Map<number, number[]>();
  /**
   * The cues by bucket of their first three characters (bucketOf; a two-character cue's third is
   * -1), so a candidate compares only the cues its characters may start (1–2), not every cue
   * sharing its first two (执法 starts 18): the ids of bucket b are pairIds[pairStart[b] ..
   * pairStart[b + 1]). 4,096 buckets, not a table of every hash: one of 2^16 was 256 KB, and its
   * look-ups missed the cache.
   */
  private readonly pairStart = new Int32Array(BUCKETS + 1);
  private readonly pairIds: Int32Array;
  private readonly cues: string[];
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  /** third characters (-1 for shorter cues): most pair candidates differ there, before a whole comparison */
  private readonly thirds: Int32Array;
  readonly ids = new Map<string, number>();

  constructor(cues: Iterable<string>) {
    this.cues = [...new Set(cues)].filter((c) => c.length > 0);
    this.firsts = new Int32Array(this.cues.length);
    this.seconds = new Int32Array(this.cues.length);
    this.thirds = new Int32Array(this.cues.length);
    const hashes: number[] = [];
    this.cues.forEach((cue, id) => {
      this.ids.set(cue, id);
      const c = cue.charCodeAt(0);
      this.firsts[id] = c;
      this.seconds[id] = cue.length > 1 ? cue.charCodeAt(1) : -1;
      this.thirds[id] = cue.length > 2 ? cue.charCodeAt(2) : -1;
      if (cue.length === 1) {
        this.single.add(c);
        const list = this.singles.get(c);
        if (list) list.push(id);
        else this.singles.set(c, [id]);
        return;
      }
      const h = pairHash(c, cue.charCodeAt(1));
      this.pairs[h]! |= cue.length > 2 ? LONGER : TWO;
      const b = bucketOf(h, this.thirds[id]!);
      hashes.push(b, id);
      this.pairStart[b + 1]!++;
    });
    for (let b = 0; b < BUCKETS; b++) this.pairStart[b + 1]! += this.pairStart[b]!;
    this.pairIds = new Int32Array(hashes.length / 2);
    const fill = this.pairStart.slice(0, BUCKETS);
    for (let k = 0; k < hashes.length; k += 2) this.pairIds[fill[hashes[k]!]!++] = hashes[k + 1]!;
  }

  /**
   * Each cue's start offsets in the text, ascending, by cue id. The pair filter is asked first, at
   * every position: a first-character test passed one character in five, unpredictably, and each
   * such branch cost more than the pair look-up it spared.
   */
  scanIds(text: string): Array<number[] | undefined> {
    const n = this.cues.length;
    const hits: Array<number[] | undefined> = new Array(n);
    const nextFree = new Int32Array(n);
    const { pairs, pairStart } = this;
    const singles = this.singles.size > 0;
    const length = text.length;
    // -1 past the end, not charCodeAt's NaN: a read out of bounds made V8 drop the loop's optimised code
    let next = length > 0 ? text.charCodeAt(0) : -1;
    for (let i = 0; i < length; i++) {
      const c = next;
      next = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (singles && this.single.mayHave(c)) this.singleHits(c, i, hits, nextFree);
      const h = pairHash(c, next);
      const kinds = pairs[h]!;
      if (kinds === 0) continue;
      if ((kinds & LONGER) !== 0) {
        const b = bucketOf(h, i + 2 < length ? text.charCodeAt(i + 2) : -1);
        this.bucketHits(pairStart[b]!, pairStart[b + 1]!, text, i, c, next, hits, nextFree);
      }
      if ((kinds & TWO) !== 0) {
        const b = bucketOf(h, -1);
        this.bucketHits(pairStart[b]!, pairStart[b + 1]!, text, i, c, next, hits, nextFree);
      }
    }
    return hits;
  }

  /** The cues of pairIds[from .. to) (one bucket) that start at `i`, whose first two characters are c, next. */
  private bucketHits(
    from: number,
    to: number,
    text: string,
    i: number,
    c: number,
    next: number,
    hits: Array<number[] | undefined>,
    nextFree: Int32Array,
  ): void {
    const { pairIds, cues, firsts, seconds, thirds } = this;
    for (let k = from; k < to; k++) {
      const id = pairIds[k]!;
      if (firsts[id] !== c || seconds[id] !== next || i < nextFree[id]!) continue;
      const cue = cues[id]!;
      if (cue.length > 2 && (text.charCodeAt(i + 2) !== thirds[id] || (cue.length > 3 && !text.startsWith(cue, i))))
        continue;
      recordHit(hits, nextFree, id, i, cue.length);
    }
  }

  /** The one-character cues `c` is, found at `i`. */
  private singleHits(c: number, i: number, hits: Array<number[] | undefined>, nextFree: Int32Array): void {
    const ids = this.singles.get(c);
    if (ids === undefined) return;
    for (const id of ids) if (i >= nextFree[id]!) recordHit(hits, nextFree, id, i, 1);
  }

  /** Each cue's start offsets in the text, ascending. */
  scan(text: string): Map<string, number[]> {
    const byId = this.scanIds(text);
    const hits = new Map<string, number[]>();
    byId.forEach((list, id) => {
      if (list) hits.set(this.cues[id]!, list);
    });
    return hits;
  }
}

/** Cue `id` found at `i`: its next occurrence may start only after this one ends. */
function recordHit(
  hits: Array<number[] | undefined>,
  nextFree: Int32Array,
  id: number,
  i: number,
  length: number,
): void {
  nextFree[id] = i + length;
  const list = hits[id];
  if (list) list.push(i);
  else hits[id] = [i];
}

/** pairs hash into 2^16 bytes: a cue list has a few hundred pairs */
const PAIR_TABLE = 1 << 16;
/** the cue lists of 2^12 buckets (16 KB of starts) */
const BUCKETS = 1 << 12;
/** pairs' flags: a cue of three or more characters starts with the pair; a two-character cue is it */
const LONGER = 1;
const TWO = 2;
/** A bucket for a pair hash and a third character (-1: none, a two-character cue). */
const bucketOf = (h: number, third: number) => ((h * 31) ^ third) & (BUCKETS - 1);
const pairHash = (a: number, b: number) => ((a * 40503) ^ b) & (PAIR_TABLE - 1);

const NONE: readonly number[] = [];

/**
 * One text's cue occurrences, scanned when made. Not on first use: a lazy scan behind `ofId` and `anyOf` got
 * inlined by V8 into each of their callers' optimised code, and compiling the scan loop over again into every
 * one of them was a large part of TurboFan's work during the first hundreds of documents.
 */
export class CueHits {
  private readonly hits: Array<number[] | undefined>;
  constructor(
    private readonly scanner: CueScanner,
    text: string,
  ) {
    this.hits = scanner.scanIds(text);
  }
  of(cue: string): readonly number[] {
    return this.ofId(this.scanner.ids.get(cue) ?? -1);
  }

  /** Whether any of the cues numbered `ids` occurs (ids of the scanner, none -1). */
  anyOf(ids: Int32Array): boolean {
    const hits = this.hits;
    for (let k = 0; k < ids.length; k++) if (hits[ids[k]!] !== undefined) return true;
    return false;
  }

  /** The occurrences of the cue the scanner numbers `id` (its `ids`; -1 for none). */
  ofId(id: number): readonly number[] {
    return id < 0 ? NONE : (this.hits[id] ?? NONE);
  }
}
