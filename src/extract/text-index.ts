import { asciiDigits, brokenGroupsRead, formRead, markdownRead, ocrRead, struckRead, webRead } from './copied-text.js';
import type { Evidence } from '../model/common.js';
import { placed } from './evidence-shapes.js';
import { isBlankLine, withoutPageFooters, wrapsSentence } from './line-wraps.js';
import { CutsInTurn, HardWraps, type WrittenMap } from './hard-wraps.js';
import { glossCuts } from './gloss-cuts.js';

/**
 * Ends a clause: sentence ends (。；;！!？? and line breaks), commas (not thousands separators),
 * colons and table cell separators. A dozen comparisons, not a 64 KB table per set.
 */
const COMMA = 0x2c;
const IDEOGRAPHIC_FULL_STOP = 0x3002;
const FULL_COMMA = 0xff0c;
export const isSentenceEnd = (c: number) =>
  c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f || c === 0x0a;
export const isSemicolon = (c: number) => c === 0xff1b || c === 0x3b;
export const isComma = (c: number) => c === FULL_COMMA || c === COMMA;
export const isColon = (c: number) => c === 0xff1a || c === 0x3a;
const isClauseOnlyEnd = (c: number) => isComma(c) || isColon(c);
/** The cell separators of a table copied as text: a tab, | or ｜. */
const isCellEnd = (c: number) => c === 0x09 || c === 0x7c || c === 0xff5c;
const LINE_FEED = 0x0a;
/** Whatever ends a clause: a sentence's end, a comma or a colon. */
export const isClauseEnd = (c: number) => isSentenceEnd(c) || isClauseOnlyEnd(c);
export const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** A document's text with the positions evidence needs: offset → line and column (1-based, in characters). */
export class TextIndex {
  private readonly lineStarts: number[] = [0];
  /** the text as written, for quotes (`text` may have its full-width digits made ASCII) */
  private readonly written: string;
  /** whether the text has surrogate pairs: columns then count code points */
  private readonly surrogates: boolean;
  /** offsets of the characters that end a clause (every sentence end, commas, colons), ascending */
  private readonly clauseEnds: number[] = [];
  /** offsets of the characters that end a sentence (。；;！!？? and line breaks), ascending */
  readonly sentenceEnds: number[] = [];
  /** whether the text has a full-width digit, ％ or ．, which asciiDigits would change */
  private readonly fullWidth: boolean;

  /**
   * A document's index over its text with full-width digits made ASCII (asciiDigits). The pass
   * that finds the boundaries also sees whether there are any, so a text without them (nearly
   * all) is not searched a second time; one with them is indexed again over the changed text.
   */
  static of(written: string): TextIndex {
    // a web page's copy keeps its HTML entities (&ldquo;, 1&#44;320): read as the characters they stand for
    let plain = webRead(withoutPageFooters(written));
    let shown = written;
    // a mirror page's pinyin glosses (自治區(qū)) are read as gone (gloss-cuts.ts)
    const glosses = glossCuts(plain);
    if (glosses) {
      plain = glosses.apply(plain);
      shown = glosses.apply(shown);
    }
    // a text hard-wrapped at the page's width is read with its wrapping breaks taken out (hard-wraps.ts)
    const wraps = HardWraps.of(plain);
    if (wraps) {
      shown = wraps.apply(shown);
      plain = wraps.apply(plain);
    }
    const cuts = glosses && wraps ? new CutsInTurn(glosses, wraps) : (glosses ?? wraps);
    // a half-width full stop after a Chinese character (…未发生行政诉讼.) ends a sentence as 。 does: read as one, the
    // quote keeps the stop as written
    // (each replacement keeps the text's length, so offsets stay the written text's)
    // a figure written into brackets as a form's blank (开展普法宣传活动（32）场) is read as the figure it is
    // a draft's struck figure (~~3场次~~ 5场次) is read as gone, the one that stands after it as the figure
    // and a markdown editor's heading and bold marks as blanks (## 某镇…报告, **（一）…**)
    plain = brokenGroupsRead(formRead(struckRead(markdownRead(plain))));
    const index = new TextIndex(ocrRead(plain), shown, cuts ? { cuts, written } : undefined);
    return index.fullWidth ? new TextIndex(ocrRead(asciiDigits(plain)), shown, index.source) : index;
  }

  /**
   * Line starts, clause and sentence boundaries and whether columns need code-point counting
   * come from one pass over the text: extraction asks for thousands of spans per document,
   * and each separate whole-text pass cost as much as a stage of the judging.
   */
  constructor(
    readonly text: string,
    written?: string,
    /** a hard-wrapped document: its cuts and the text as written, which evidence's lines and columns are of */
    readonly source?: WrittenSource,
  ) {
    this.written = written ?? text;
    const { lineStarts, clauseEnds, sentenceEnds } = this;
    let surrogates = false;
    let fullWidth = false;
    let lastDigit = -1;
    let wrapped = false;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      // Han characters and letters end nothing: one range test passes over most of the text
      if (c > 0x3f && c < 0xd800 && c !== IDEOGRAPHIC_FULL_STOP && c !== 0x7c) continue;
      if (isSentenceEnd(c)) {
        if (c === 0x0a) {
          // a break that only wraps a sentence (…审结⏎155件) ends neither it nor a clause
          // so does a blank or page-footer line's break inside a wrapped sentence
          const start = lineStarts[lineStarts.length - 1]!;
          wrapped = isBlankLine(text, start, i) ? wrapped : wrapsSentence(text, i, start);
          lineStarts.push(i + 1);
          if (wrapped) continue;
        }
        sentenceEnds.push(i);
        clauseEnds.push(i);
        // 1,203 keeps its thousands separator inside the clause
      } else if (isClauseOnlyEnd(c)) {
        if (
          !(
            (c === COMMA || c === FULL_COMMA) &&
            isDigitCode(text.charCodeAt(i - 1)) &&
            isDigitCode(text.charCodeAt(i + 1))
          )
        )
          clauseEnds.push(i);
      } else if (isCellEnd(c)) {
        // a cell with a figure ends its claim (收案 102件 | 上年结转 7件); a label's cell reads on into its
        // figure's (行政诉讼案件 | 19件)
        if (lastDigit > (clauseEnds.length > 0 ? clauseEnds[clauseEnds.length - 1]! : -1)) clauseEnds.push(i);
      } else if (isDigitCode(c)) lastDigit = i;
      else if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      else if (c >= 0xff05 && c <= 0xff19 && (c === 0xff05 || c === 0xff0e || c >= 0xff10)) fullWidth = true;
    }
    this.surrogates = surrogates;
    this.fullWidth = fullWidth;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // columns count characters (code points), as editors show them; without surrogate pairs that is the UTF-16 distance
    const start = this.lineStarts[lo]!;
    return { line: lo + 1, column: (this.surrogates ? codePointLength(this.text, start, offset) : offset - start) + 1 };
  }

  /** Offset of a line's first character. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /**
   * Where the line holding `offset` starts: one past the last line break before it, as `text.lastIndexOf('\n', offset -
   * 1) + 1` gives it (so too at offset 0 or before). A binary search in the line starts, not a scan back: a document
   * set as one long line (a web page's text) made that scan cost the line's length at every cue judged in it.
   */
  lineStartOf(offset: number): number {
    if (offset <= 0) return this.text.lastIndexOf('\n', offset - 1) + 1;
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const end = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\n$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** [start, end) of the clause holding offset: between commas, colons, semicolons and sentence ends. */
  clause(offset: number): [number, number] {
    return this.span(offset, true);
  }

  /** [start, end) of the sentence holding offset. */
  sentence(offset: number): [number, number] {
    return this.span(offset, false);
  }

  /**
   * Where the statement holding offset starts: its sentence, carried back over the semicolons that
   * join clauses sharing one subject (局主要负责人…；在年终述职中专门述法), at most `reach` characters.
   */
  statementStart(offset: number, reach: number, overLines = false): number {
    let s = this.span(offset, false)[0];
    const floor = offset - reach;
    for (;;) {
      // over lines, one ending in a semicolon goes on in the next (受理…92件，…；⏎审结88件)
      const before = overLines && s > 1 && this.text.charCodeAt(s - 1) === LINE_FEED ? s - 2 : s - 1;
      if (!(before >= 0 && before > floor && isSemicolon(this.text.charCodeAt(before)))) return s;
      s = this.span(before, false)[0];
    }
  }

  /** Clause and sentence spans: a binary search in the boundary tables the constructor built. */
  private span(offset: number, clause: boolean): [number, number] {
    const ends = clause ? this.clauseEnds : this.sentenceEnds;
    // the first boundary at or after offset ends the span; the one before it starts it
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    const end = lo < ends.length ? ends[lo]! : this.text.length;
    const start = lo > 0 ? ends[lo - 1]! + 1 : 0;
    return [start, end];
  }

  /**
   * Evidence for [start, end): the trimmed text, where it starts, whether it is approximate, and a note
   * when there is one.
   */
  evidence(start: number, end: number, approximate = false, note?: string): Evidence {
    const raw = this.written.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const quote = raw.trim().replace(/\s+/g, ' ');
    const at = start + lead;
    const { line, column } = this.source ? writtenPosition(this.source, at) : this.position(at);
    return placed(quote, line, column, at, approximate, note);
  }
}

/**
 * Line and column in the text as written of a position in a hard-wrapped document's read text (an evidence's offset
 * stays a read position while the facts are judged: extract.ts makes it a written one when the report is done).
 */
function writtenPosition(source: WrittenSource, at: number): { line: number; column: number } {
  const text = source.written;
  const w = source.cuts.written(at);
  if (source.lineStarts === undefined) {
    source.lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) source.lineStarts.push(i + 1);
  }
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= w) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: codePointLength(text, starts[lo]!, w) + 1 };
}

/**
 * A hard-wrapped or glossed document's cuts and its text as written (with that text's line starts, found when first
 * asked).
 */
interface WrittenSource {
  cuts: WrittenMap;
  written: string;
  lineStarts?: number[];
}

function codePointLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
