import type { Evidence } from '../model/common.js';
import { placed } from './evidence-shapes.js';
import { isBlankLine, withoutPageFooters, wrapsSentence } from './line-wraps.js';
import { HardWraps } from './hard-wraps.js';

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
const isClauseOnlyEnd = (c: number) => c === FULL_COMMA || c === COMMA || c === 0xff1a || c === 0x3a;
/**
 * A half-width full stop after a Chinese character or closing mark: not before a digit (1.5 stays a number), not after
 * a Chinese numeral (二.存在的不足 numbers a heading).
 */
const HALF_WIDTH_STOPS = /((?![一二三四五六七八九十〇零])[\u3400-\u9fff）”])\.(?![\d.])/gu;
/**
 * A figure alone in brackets between a Chinese word and a unit or word (学法（4）次, 活动(32)场): a form's blank filled in.
 * Not after a line's start or a mark, where brackets number an item (（1）加强学法).
 */
const BLANK_FIGURES = /([\u3400-\u9fff])[（(](\d{1,6})[）)](?=[\u3400-\u9fff%％])/gu;
/** The cell separators of a table copied as text: a tab, | or ｜. */
const isCellEnd = (c: number) => c === 0x09 || c === 0x7c || c === 0xff5c;
/**
 * A list of short items (itemList): how long an item, a lead sharing its line and a heading line above it may be,
 * and how many items a list may run to either side.
 */
const LIST_ITEM_LENGTH = 16;
const LIST_LEAD_LENGTH = 40;
const LIST_HEADING_LENGTH = 20;
const MAX_ITEMS = 12;
/** What marksIn finds in a span: a comma (or 、) outranks a colon. */
const COMMA_MARK = 2;
const COLON_MARK = 1;
const LINE_FEED = 0x0a;
/**
 * A scanned page's OCR, read as a careful reader does (each replacement keeps the text's length, so offsets stay the
 * written text's): a figure's single digits spaced apart (1 2 8件, 1 O 7 件) read joined, the blanks moved before them (as zero-width
 * spaces);
 * the letters O, o, l, I among a figure's digits (2O1件, l2场, 2O25年) read as 0 and 1; 末 and 己 where only 未 and 已
 * make words (述法工作末实现全覆盖, 己实现全覆盖), not in 年末, 末位, 自己.
 */
function ocrRead(text: string): string {
  let t = text;
  if (OCR_SPACED.test(t)) t = t.replace(OCR_SPACED_ALL, joinSpacedDigits);
  if (OCR_LETTERS.test(t)) t = t.replace(OCR_LETTERS_ALL, digitsForLetters);
  if (t.includes('末')) t = t.replace(MO_FOR_WEI, '$1未');
  if (t.includes('己')) t = t.replace(JI_FOR_YI, '$1已');
  return t;
}

/**
 * A web page's copy with its HTML entities left in (&ldquo;谁执法谁普法&rdquo;, 1&#44;320, 98&#37;): each read as the
 * character it stands for, the rest of its length zero-width spaces after it (so offsets stay the written text's); a
 * thousands separator's entity between digits is dropped and the padding put before the figure, which reads whole.
 */
function webRead(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(ENTITY_SEPARATED_FIGURE, groupedFigure)
    .replace(ENTITY_BLANK_BEFORE_UNIT, figureBeforeUnit)
    .replace(ENTITY, entityChar);
}

/** A figure, then blank entities, then its unit (46&nbsp;场次): the figure moved to its unit, the padding before it. */
const ENTITY_BLANK_BEFORE_UNIT =
  /(\d+(?:\.\d+)?)((?:&nbsp;|&ensp;|&emsp;|&#160;|\s)*(?:&nbsp;|&ensp;|&emsp;|&#160;)(?:&nbsp;|&ensp;|&emsp;|&#160;|\s)*)(?=[%％件场次人名卷项个起宗份期])/gu;
function figureBeforeUnit(_run: string, figure: string, blanks: string): string {
  return ZERO_WIDTH.repeat(blanks.length) + figure;
}

const ENTITY = /&(?:#(\d{1,6})|#[xX]([\da-fA-F]{1,5})|([a-zA-Z]{2,6}));/gu;
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  emsp: '\u3000',
  ensp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  middot: '·',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  hellip: '…',
};
function entityChar(entity: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
  const c =
    code !== undefined
      ? code > 0 && code <= 0xffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCharCode(code)
        : undefined
      : NAMED_ENTITIES[name!];
  return c === undefined ? entity : c + ZERO_WIDTH.repeat(entity.length - 1);
}
/** A figure whose thousands separator is an entity (1&#44;320): read whole, the padding before it. */
const ENTITY_SEPARATED_FIGURE = /(?<![\d.])\d{1,3}(?:&#(?:44|65292);\d{3})+(?![\d])/gu;
function groupedFigure(run: string): string {
  const digits = run.replace(/&#\d+;/gu, '');
  return ZERO_WIDTH.repeat(run.length - digits.length) + digits;
}

/** Single digits (or O, l read for them) each parted by one blank, then a unit, a % or a Han character: OCR's spacing. */
const OCR_SPACED = /(?<![\dOolI])(?<![\dOolI] )(?=[\dOolI ]*\d)[\dOolI](?: [\dOolI]){1,5} ?(?=[%％\u4e00-\u9fff])/u;
const OCR_SPACED_ALL = new RegExp(OCR_SPACED.source, 'gu');
function joinSpacedDigits(run: string): string {
  const digits = run.replace(/ /gu, '');
  // zero-width spaces keep the length without a run of blanks, which would read as a table's cell divider
  return ZERO_WIDTH.repeat(run.length - digits.length) + digits;
}
const ZERO_WIDTH = '\u200b';
/** 末 between Han characters where no word with 末 stands (年末, 月末, 期末, 周末, 本末; 末位, 末尾, 末端, 末次): 未. */
const MO_FOR_WEI = /((?![年月期周季旬本岁底始])[\u4e00-\u9fff])末(?=(?![位尾端梢次日年期])[\u4e00-\u9fff])/gu;
/** 己 after a Han character that makes no word with it (自己, 知己, 利己, 异己, 克己, 舍己, 一己, 己任): 已. */
const JI_FOR_YI = /((?![自知利异克舍一])[\u4e00-\u9fff])己(?![任见])/gu;

/** A run of digits and the letters O, o, l, I that OCR reads for 0 and 1, holding a digit, then a unit or %. */
const OCR_LETTERS = /(?<![A-Za-z\d])(?=[\dOolI]*\d)(?=[\dOolI]*[OolI])[\dOolI]{2,}(?=[%％.\u4e00-\u9fff])/u;
const OCR_LETTERS_ALL = new RegExp(OCR_LETTERS.source, 'gu');
function digitsForLetters(run: string): string {
  return run.replace(/[Oo]/gu, '0').replace(/[lI]/gu, '1');
}

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
    // a text hard-wrapped at the page's width is read with its wrapping breaks taken out (hard-wraps.ts)
    const wraps = HardWraps.of(plain);
    const shown = wraps ? wraps.apply(written) : written;
    if (wraps) plain = wraps.apply(plain);
    // a half-width full stop after a Chinese character (…未发生行政诉讼.) ends a sentence as 。 does: read as one, the
    // quote keeps the stop as written
    // (each replacement keeps the text's length, so offsets stay the written text's)
    plain = plain.replace(HALF_WIDTH_STOPS, '$1。');
    // a figure written into brackets as a form's blank (开展普法宣传活动（32）场) is read as the figure it is
    plain = plain.replace(BLANK_FIGURES, '$1 $2 ');
    const index = new TextIndex(ocrRead(plain), shown, wraps ? { wraps, written } : undefined);
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

  /**
   * The list of short items joined by semicolons that the sentence holding offset is one of (行政复议：收案58件；
   * 审结55件；撤销9件；变更1件): the items share the list's subject, as one sentence's clauses do. A sentence that is
   * no such item (longer, or with a comma in it) is its own span.
   */
  itemList(offset: number): [number, number] {
    const own = this.span(offset, false);
    if (!this.isListItem(own[0], own[1])) return own;
    let s = own[0];
    let e = own[1];
    for (let k = 0; k < MAX_ITEMS; k++) {
      const before = this.itemBefore(s);
      if (before < 0) break;
      const span = this.span(before, false);
      // the list's lead may be longer: it names the subject before a colon (本年度行政复议办理情况：新收案件41件)
      if (!this.isListItem(span[0], span[1])) {
        if (this.isListLead(span[0], span[1], true)) s = span[0];
        break;
      }
      s = span[0];
    }
    for (let k = 0; k < MAX_ITEMS; k++) {
      const after = this.itemAfter(e);
      if (after < 0) break;
      const span = this.span(after, false);
      if (!this.isListItem(span[0], span[1])) break;
      e = span[1];
    }
    // items set one a line (审结案件：62件；⏎撤销：5件；) are led by the heading line above them ((三）行政复议)
    if ((s < own[0] || e > own[1]) && s > 0 && this.text.charCodeAt(s - 1) === LINE_FEED) {
      const line = this.span(s - 1, false);
      if (this.isListLead(line[0], line[1], false)) s = line[0];
    }
    return [s, e];
  }

  /** Where the item before the one starting at s ends, when a semicolon (and a line break) parts them; else -1. */
  private itemBefore(s: number): number {
    const text = this.text;
    if (s > 0 && isSemicolon(text.charCodeAt(s - 1))) return s - 1;
    if (s > 1 && text.charCodeAt(s - 1) === LINE_FEED && isSemicolon(text.charCodeAt(s - 2))) return s - 2;
    return -1;
  }

  /** Where the item after the one ending at e starts, when a semicolon (and a line break) parts them; else -1. */
  private itemAfter(e: number): number {
    const text = this.text;
    if (e >= text.length || !isSemicolon(text.charCodeAt(e))) return -1;
    const next = text.charCodeAt(e + 1) === LINE_FEED ? e + 2 : e + 1;
    return next < text.length ? next : -1;
  }

  /**
   * A list's lead: a sentence with no comma, short enough to be one subject (and its first item), with a colon
   * when it shares its line with the list, or a heading line above it.
   */
  private isListLead(s: number, e: number, colonNeeded: boolean): boolean {
    if (e - s > (colonNeeded ? LIST_LEAD_LENGTH : LIST_HEADING_LENGTH)) return false;
    const marks = this.marksIn(s, e);
    return marks !== COMMA_MARK && (marks === COLON_MARK || !colonNeeded);
  }

  /** A list item: a short sentence with no comma (审结55件, 行政复议：收案58件). */
  private isListItem(s: number, e: number): boolean {
    return e - s <= LIST_ITEM_LENGTH && this.marksIn(s, e) !== COMMA_MARK;
  }

  /** COMMA_MARK when [s, e) holds a comma or 、, else COLON_MARK when it holds a colon, else 0. */
  private marksIn(s: number, e: number): number {
    let marks = 0;
    for (let i = s; i < e; i++) {
      const c = this.text.charCodeAt(i);
      if (c === FULL_COMMA || c === COMMA || c === 0x3001) return COMMA_MARK;
      if (c === 0xff1a || c === 0x3a) marks = COLON_MARK;
    }
    return marks;
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
  const w = source.wraps.written(at);
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

/** A hard-wrapped document's cuts and its text as written (with that text's line starts, found when first asked). */
interface WrittenSource {
  wraps: HardWraps;
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

/**
 * Full-width digits, ％ and a full-width decimal point between digits made ASCII, so one
 * value pattern reads １２件 and ９５．５％. Every replacement is one UTF-16 unit for one, so
 * offsets (and evidence positions) stay those of the text as written.
 */
export function asciiDigits(text: string): string {
  // no u flag: the class is BMP characters only, and V8 scans a non-unicode class faster
  if (!/[\uff05\uff0e\uff10-\uff19]/.test(text)) return text;
  return text
    .replace(/[\uff10-\uff19\uff05]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\uff0e(?=\d)/gu, '.');
}
