/**
 * Text converted from PDF or Word arrives with its lines broken where the page ran out, not where a sentence
 * ends (…审结⏎155件), and with page footers between them (— 5 —, 第 2 页 共 4 页). A line break ends a sentence
 * unless it only wraps one; a footer is no text of the report.
 */

/** A line that is only a page footer: — 5 —, －5－, - 5 -, 第 2 页 共 4 页, 第3页, 3 / 8. */
const FOOTER =
  /^[ \t\u3000]*(?:[—–－-]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[—–－-]+|第[ \t\u3000]*\d{1,3}[ \t\u3000]*页(?:[ \t\u3000]*[，,]?[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*页)?|\d{1,3}[ \t\u3000]*\/[ \t\u3000]*\d{1,3})[ \t\u3000]*$/u;

/**
 * The text with its page-footer lines made spaces: the same length, so offsets and lines stay those written. Only a
 * line whose first character (past blanks) can open a footer is tried: a multiline pattern over the whole text was
 * tried at every position, and cost as much as a stage of the judging.
 */
export function withoutPageFooters(text: string): string {
  // the text between footers and the blanks for them, joined once at the end: not a copy of the text per footer
  let pieces: string[] | undefined;
  let kept = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let p = start;
    while (p < end && isBlank(text.charCodeAt(p))) p++;
    if (p < end && FOOTER_FIRST.has(text[p]!) && end - start <= MAX_FOOTER && FOOTER.test(text.slice(start, end))) {
      pieces ??= [];
      pieces.push(text.slice(kept, start), ' '.repeat(end - start));
      kept = end;
    }
    start = end + 1;
  }
  if (!pieces) return text;
  pieces.push(text.slice(kept));
  return pieces.join('');
}

/** The characters a footer line opens with, and the longest footer line. */
const FOOTER_FIRST = new Set([...'—–－-第0123456789']);
const MAX_FOOTER = 40;

/** Characters a sentence or a heading's lead may end a line with: the break there is a real one. */
const ENDS_LINE = new Set([...'。；;！!？?：:…”"）)】']);
/** A wrapped line is at least this long: shorter ones are titles, names, dates and headings. */
const MIN_WRAPPED = 12;
/** Marks a sentence never ends with: the line after carries it on. */
const OPEN_END = new Set([...'、，,']);
/** A line that opens a part or an item: 一、 （一） (1) 1. 1、 第一 一是 ① (not 98.9%) */
const OPENS_ITEM =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+|[①-⑳])/u;

/**
 * Whether the line break at `i` only wraps a sentence: the line before it (from `lineStart`) is long, holds a
 * comma, semicolon or full stop (a sentence's text, not a title or a heading), ends with none of a sentence's
 * ends, and the next line with text (past blank and footer lines) opens no part or item. In a hard-wrapped document
 * (hard-wraps.ts) a line of its body that runs to the page's width (`atWidth`) need hold no stop — the page ended it —
 * unless it opens an item itself (a heading as long as the page: （一）加强执法队伍建设和规范执法行为的主要举措).
 */
export function wrapsSentence(text: string, i: number, lineStart: number, atWidth = false): boolean {
  let e = i - 1;
  while (e >= lineStart && isBlank(text.charCodeAt(e))) e--;
  if (e - lineStart + 1 < MIN_WRAPPED || ENDS_LINE.has(text[e]!)) return false;
  // a line ending in a list's or a clause's comma (…112件、⏎行政…9件) runs on, whatever else it holds
  if (!OPEN_END.has(text[e]!) && !holdsStop(text, lineStart, e)) {
    if (!atWidth) return false;
    OPENS_ITEM.lastIndex = 0;
    if (OPENS_ITEM.test(text.slice(lineStart, lineStart + LABEL_REACH))) return false;
  }
  let n = i + 1;
  while (n < text.length && (isBlank(text.charCodeAt(n)) || text.charCodeAt(n) === 0x0a)) n++;
  if (n >= text.length || n - i > MAX_SKIPPED) return false;
  OPENS_ITEM.lastIndex = 0;
  const next = text.slice(n, n + LABEL_REACH);
  return !OPENS_ITEM.test(next) && !OPENS_ROW.test(next);
}

/** A line opening with a short label and a colon (行政规范性文件制发：2件): a row of its own, as a table's. */
const OPENS_ROW = /^[^\s，,。；;：:、]{1,12}[：:]/u;
const LABEL_REACH = 14;

/** How far past a break the next line's text may start: a footer line and the blank lines around it. */
const MAX_SKIPPED = 60;

/** Whether [from, to] holds a comma, a semicolon or a full stop: a sentence's text, not a title or a heading. */
export function holdsStop(text: string, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xff0c || c === 0xff1b || c === 0x3b || c === 0x3002) return true;
    // (a comma between digits groups a figure's thousands, 1,043: a table's row holds no sentence for it)
    if (c === 0x2c && !(isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1)))) return true;
  }
  return false;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Whether [from, to) holds only spaces (a blank line, or a page footer's made blank). */
export function isBlankLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isBlank(text.charCodeAt(k))) return false;
  return true;
}

const isBlank = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0d;
