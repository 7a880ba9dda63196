/**
 * Finds every occurrence of every cue word in one pass over the text, instead of one
 * `indexOf` sweep per cue (a pack has ~150 cues): a table of first characters says where a
 * cue can start, and only there are the candidates compared (second character first). Occurrences of one cue do not
 * overlap each other, as with `indexOf(cue, at + cue.length)`; different cues may overlap.
 */
export class CueScanner {
  private readonly starts = new Uint8Array(65536);
  /** first characters that are a whole cue: no second character to check */
  private readonly single = new Uint8Array(65536);
  /** a filter on the first two characters: 0 means no cue starts with that pair (法 is everywhere; 法律顾问 is not) */
  private readonly pairs = new Uint8Array(PAIR_TABLE);
  private readonly byFirst = new Map<number, number[]>();
  private readonly cues: string[];
  private readonly seconds: Int32Array;
  readonly ids = new Map<string, number>();

  constructor(cues: Iterable<string>) {
    this.cues = [...new Set(cues)].filter((c) => c.length > 0);
    this.seconds = new Int32Array(this.cues.length);
    this.cues.forEach((cue, id) => {
      this.ids.set(cue, id);
      this.seconds[id] = cue.length > 1 ? cue.charCodeAt(1) : -1;
      const c = cue.charCodeAt(0);
      this.starts[c] = 1;
      if (cue.length === 1) this.single[c] = 1;
      else this.pairs[pairHash(c, cue.charCodeAt(1))] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(id);
      else this.byFirst.set(c, [id]);
    });
  }

  /** Each cue's start offsets in the text, ascending, by cue id. */
  scanIds(text: string): Array<number[] | undefined> {
    const n = this.cues.length;
    const hits: Array<number[] | undefined> = new Array(n);
    const nextFree = new Int32Array(n);
    const { starts, single, pairs, byFirst, cues, seconds } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      const next = text.charCodeAt(i + 1);
      if (single[c] === 0 && pairs[pairHash(c, next)] === 0) continue;
      for (const id of byFirst.get(c)!) {
        const s = seconds[id]!;
        if ((s !== -1 && s !== next) || i < nextFree[id]!) continue;
        const cue = cues[id]!;
        if (cue.length > 2 && !text.startsWith(cue, i)) continue;
        nextFree[id] = i + cue.length;
        const list = hits[id];
        if (list) list.push(i);
        else hits[id] = [i];
      }
    }
    return hits;
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

const PAIR_TABLE = 1 << 20;
const pairHash = (a: number, b: number) => ((a * 40503) ^ b) & (PAIR_TABLE - 1);

const NONE: readonly number[] = [];

/** One text's cue occurrences, scanned on first use. */
export class CueHits {
  private hits: Array<number[] | undefined> | undefined;
  constructor(
    private readonly scanner: CueScanner,
    private readonly text: string,
  ) {}
  of(cue: string): readonly number[] {
    this.hits ??= this.scanner.scanIds(this.text);
    const id = this.scanner.ids.get(cue);
    return id === undefined ? NONE : (this.hits[id] ?? NONE);
  }
}
