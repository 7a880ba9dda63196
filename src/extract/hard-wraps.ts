import type { Evidence } from '../model/common.js';
import type { ReportData } from '../model/report.js';
import { isHanUnit } from './han.js';
import { holdsStop, isBlankLine, wrapsSentence } from './line-wraps.js';

/*
 * A document whose lines were broken at the page's width by the tool that made it text (copied out of a PDF, saved by
 * pdftotext): its sentences, and the cue words in them, run over line breaks (组织全县行政执法⏎人员培训22场次; 调解
 * 成功210⏎人次). Where most of its lines only wrap, the text is read with those breaks taken out — the words and figures
 * whole again — and each position maps back to the one written, so evidence still gives the file's own line and column.
 * A document with a few wrapped lines (a long title, a list's last item) is read as written: its breaks are judged
 * one by one (line-wraps.ts) and do not end a sentence.
 */

/** A document is hard-wrapped when at least this many of its line breaks only wrap a sentence … */
const MIN_WRAPS = 5;
/**
 * A short document (a page's text) wraps fewer lines: as few as these, when the lines wrapped are one width to a few
 * characters (a page's, digits narrower: 乡调委会受⏎理纠纷37件 in lines of 51–55) and a line of its body ends a
 * sentence with its stop (…未进行专门述法。) — a writer who ends sentences at line ends with no stop written (…局长年终
 * 述职时一并述法⏎结合国际档案日开展…) breaks no sentence.
 */
const FEW_WRAPS = 3;
const SAME_WIDTH = 4;
const SENTENCE_STOPS = new Set([...'。！？']);
/** … and they are at least this share of its lines of text. */
const MIN_WRAP_SHARE = 0.15;
/** A line runs to the page's width when it is at least this share of it (a punctuation mark moved, digits narrower). */
const FULL_LINE = 0.8;
/** The page's width is the length this share of the lines of text reach or fall short of. */
const WIDTH_RANK = 0.9;

/** The page's width, as the document's lines ([start, break, end] triples) show it: the length WIDTH_RANK reach. */
function pageWidth(lines: number[]): number {
  const lengths: number[] = [];
  for (let k = 0; k < lines.length; k += 3) lengths.push(lines[k + 2]! - lines[k]!);
  lengths.sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * WIDTH_RANK))]!;
}

/** The breaks taken out of a hard-wrapped text: where each cut starts in the read text, and how long it was. */
export class HardWraps {
  private constructor(
    /** cut k starts at from[k] in the written text */
    private readonly from: Int32Array,
    /** and takes out width[k] characters (the break, blank lines, a footer made blank, the next line's indent) */
    private readonly width: Int32Array,
    /** where cut k falls in the read text: the written text's from[k] less the characters cut before it */
    private readonly readAt: Int32Array,
  ) {}

  /** The cuts of a hard-wrapped text, or undefined for one read as written (nearly every document). */
  static of(text: string): HardWraps | undefined {
    // every line of text: where it starts, its break, where its text ends (its trailing blanks go with the break)
    const lines: number[] = [];
    for (let start = 0; start < text.length; ) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      if (!isBlankLine(text, start, nl)) lines.push(start, nl, trailingBlanksFrom(text, start, nl));
      start = nl + 1;
    }
    const count = lines.length / 3;
    if (count < FEW_WRAPS) return asWritten(text, lines);
    // the page's width: nearly every line of a hard-wrapped text runs to it; a break in a shorter line (a heading
    // with a comma, a list's last item) is no page's and stays — and is not judged, so most documents judge few lines
    const full = FULL_LINE * pageWidth(lines);
    // the document is hard-wrapped when enough lines at the width only wrap a sentence (line-wraps.ts); then every
    // line of its body at the width that ends no sentence and runs into no part or item wraps too, while the header
    // above the body's first stop (a title as wide as the page, a 文号) does not
    const cuts: number[] = [];
    let atWidth = 0;
    let body = false;
    let stopped = false;
    let shortest = Number.POSITIVE_INFINITY;
    let longest = 0;
    for (let k = 0; k < lines.length; k += 3) {
      const start = lines[k]!;
      const nl = lines[k + 1]!;
      const end = lines[k + 2]!;
      if (end - start >= full) {
        const wraps = wrapsSentence(text, nl, start);
        if (wraps) {
          atWidth++;
          shortest = Math.min(shortest, end - start);
          longest = Math.max(longest, end - start);
        }
        if (wraps || (body && wrapsSentence(text, nl, start, true))) cuts.push(end, nextTextAt(text, nl));
      }
      body ||= holdsStop(text, start, end);
      if (body && end > start && SENTENCE_STOPS.has(text[end - 1]!)) stopped = true;
    }
    const few = atWidth >= FEW_WRAPS && longest - shortest <= SAME_WIDTH && stopped;
    if ((atWidth < MIN_WRAPS && !few) || atWidth < count * MIN_WRAP_SHARE) return asWritten(text, lines);
    // (a short line's break inside a figure too: …活动1⏎9场次 below the page's width)
    return HardWraps.fromCuts(withFigureBreaks(cuts, figureBreaks(text, lines)));
  }

  /** Cuts given as [start, end) pairs in the written text, ascending and apart (gloss-cuts.ts makes its own so). */
  static fromCuts(cuts: number[]): HardWraps {
    const n = cuts.length / 2;
    const from = new Int32Array(n);
    const width = new Int32Array(n);
    const readAt = new Int32Array(n);
    let removed = 0;
    for (let k = 0; k < n; k++) {
      from[k] = cuts[2 * k]!;
      width[k] = cuts[2 * k + 1]! - cuts[2 * k]!;
      readAt[k] = from[k]! - removed;
      removed += width[k]!;
    }
    return new HardWraps(from, width, readAt);
  }

  /** The text with the cuts taken out: the written text, or one the same length (its footers blanked, digits ASCII). */
  apply(text: string): string {
    const pieces: string[] = [];
    let kept = 0;
    for (let k = 0; k < this.from.length; k++) {
      pieces.push(text.slice(kept, this.from[k]!));
      kept = this.from[k]! + this.width[k]!;
    }
    pieces.push(text.slice(kept));
    return pieces.join('');
  }

  /** The written position of a position in the read text. */
  written(offset: number): number {
    // the cuts at or before it: a binary search over where they fall in the read text
    let lo = 0;
    let hi = this.readAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.readAt[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? offset : offset - this.readAt[lo - 1]! + this.from[lo - 1]! + this.width[lo - 1]!;
  }
}

/**
 * The breaks that wrap a sentence inside a figure (…开展“法律进乡村”活动1⏎9场次、…): cut, the figure whole again (19, not
 * 1 and 9) — in a document read as written too, where nothing else is cut.
 */
function figureBreaks(text: string, lines: number[]): number[] {
  const cuts: number[] = [];
  for (let k = 0; k < lines.length; k += 3) {
    const end = lines[k + 2]!;
    if (end <= lines[k]! || !isAsciiDigit(text.charCodeAt(end - 1))) continue;
    const next = nextTextAt(text, lines[k + 1]!);
    if (!isAsciiDigit(text.charCodeAt(next))) continue;
    // a sentence's wrap, or a figure run between words on both sides (受理纠纷6⏎7件，: a line as short as a narrow page's)
    if (wrapsSentence(text, lines[k + 1]!, lines[k]!) || betweenWords(text, lines[k]!, end, next)) cuts.push(end, next);
  }
  return cuts;
}

/** A document read as written: only its figures' breaks cut, if any (nearly never). */
function asWritten(text: string, lines: number[]): HardWraps | undefined {
  const cuts = figureBreaks(text, lines);
  return cuts.length > 0 ? HardWraps.fromCuts(cuts) : undefined;
}

/** The page's cuts and the figures' breaks merged in order, each break once (both lists ascending [start, end) pairs). */
function withFigureBreaks(cuts: number[], figures: number[]): number[] {
  if (figures.length === 0) return cuts;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < cuts.length || j < figures.length) {
    const fromCuts = j >= figures.length || (i < cuts.length && cuts[i]! <= figures[j]!);
    const pair = fromCuts ? cuts : figures;
    const k = fromCuts ? i : j;
    // (a break the page's cuts hold already: once)
    if (merged.length === 0 || merged[merged.length - 2] !== pair[k]) merged.push(pair[k]!, pair[k + 1]!);
    if (fromCuts) i += 2;
    else j += 2;
  }
  return merged;
}
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Whether the digits ending the line [start, end) follow a Han character of a line of words (MIN_WORDS_LINE or more, not
 * a label: 附件1) and those opening the next line at `next` end in a counting unit (受理纠纷6⏎7件; not 附件1⏎2024年度…).
 */
function betweenWords(text: string, start: number, end: number, next: number): boolean {
  let b = end - 1;
  while (b > start && isAsciiDigit(text.charCodeAt(b - 1))) b--;
  let a = next;
  while (a < text.length && isAsciiDigit(text.charCodeAt(a))) a++;
  return b - start >= MIN_WORDS_LINE && isHanUnit(text.charCodeAt(b - 1)) && UNITS.includes(text.charAt(a));
}
const MIN_WORDS_LINE = 6;
/** The characters a count's unit opens with (件, 场次, 人次, 卷, 万人次; 余, 多 after an approximate figure). */
const UNITS = '件场次人名卷个项期份家起宗批万余多%％';

/** Where the blanks ending the line [start, end) begin: they go with the break. */
function trailingBlanksFrom(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isBlankCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The first character of text after the break at `nl`, past blank lines and the next line's indent. */
function nextTextAt(text: string, nl: number): number {
  let p = nl + 1;
  while (p < text.length && (isBlankCode(text.charCodeAt(p)) || text.charCodeAt(p) === 0x0a)) p++;
  return p;
}

const isBlankCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d;

/** Maps a position in the text as read back to the one written. */
export interface WrittenMap {
  written(offset: number): number;
}

/** Two sets of cuts made one after the other (a mirror page's glosses, then its wrapping breaks): mapped back in turn. */
export class CutsInTurn implements WrittenMap {
  constructor(
    private readonly first: WrittenMap,
    private readonly then: WrittenMap,
  ) {}

  written(offset: number): number {
    return this.first.written(this.then.written(offset));
  }
}

/** Every evidence's offset made the written text's: the report's facts, parts, metadata and conflicts. */
export function writtenOffsets(report: ReportData, cuts: WrittenMap): void {
  const place = (e: Evidence) => {
    if (e.offset !== undefined) e.offset = cuts.written(e.offset);
  };
  for (const ev of Object.values(report.evidence ?? {})) {
    if (Array.isArray(ev)) for (let k = 0; k < ev.length; k++) place(ev[k]!);
    else place(ev);
  }
  for (const ev of Object.values(report.sectionEvidence ?? {})) place(ev);
  for (const ev of Object.values(report.reportEvidence ?? {})) place(ev);
  for (const c of report.conflicts ?? []) place(c.evidence);
}
