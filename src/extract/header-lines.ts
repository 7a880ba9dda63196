import { namesBodyKind } from './authority.js';
import { parseDate } from './numbers.js';
import type { TextIndex } from './text-index.js';

/*
 * Where a document speaks of itself: the lines before its first heading, the clauses of its
 * opening sentence and the 落款 (names and date) that close it. metadata.ts reads them.
 */

/** A line of the header, trimmed; `offset` is where it starts in the text (-1: the web page's title). */
export interface Line {
  text: string;
  offset: number;
}

/** How far into a document its title, header tables and opening sentence lie. */
const HEADER_LINES = 14;
export const OPENING_CHARS = 240;
/** The 落款 (signature and date) closes the text. */
const SIGNATURE_CHARS = 80;

const DATE =
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|\d{4}[.．/／]\d{1,2}[.．/／]\d{1,2}(?!\d))/gu;
/**
 * The date that closes a 落款, as signed: the day may be left out (2025年2月), numerals may be Chinese
 * (二〇二五年二月十日), and a date may be written with dots or slashes (2026.1.8). It places the names before it; only a
 * full date in digits dates the document.
 */
const SIGNED_DATE =
  /(?:\d{4}|二[〇零○][〇零○一二三四五六七八九]{2})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?|\d{4}-\d{1,2}-\d{1,2}|\d{4}[.．/／]\d{1,2}[.．/／]\d{1,2}(?!\d)/gu;
export const PUBLISHED =
  /(?:发布日期|发布时间|发布于|时间)\s*[:：|]?\s*\|?\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})/u;
/** A clause that opens with one of these is about another body (根据某市司法局的通知…) or an exception (除…外). */
/**
 * A clause ending in …的…下 with no 在 of its own goes on an adverbial opened before it (在市委的坚强领导下，省农业农村厅的
 * 正确指导下，某局…): the body it names leads or guides, it does not report (钟楼区司法局在区委的领导下 is the subject).
 */
const UNDER_SOMEONE = /的[^，,]{0,8}下$/u;
/** A clause telling what the work was for (为深入贯彻…, 为了…): no subject, and more such clauses may follow it. */
const PURPOSE = /^为了?/u;
/**
 * A township's words: with a body's kind (局, 政府 — not the topic's, 加快建设法治政府 is one more purpose), a clause after
 * purposes naming one is the subject.
 */
const TOWNSHIP_WORD = /[镇乡]|街道/u;
const NOT_SUBJECT = /^(?:根据|依据|据|按照|依照|遵照|针对|围绕|在|由|经|对|把|被|会同|联合|配合|协助|受|接|向上级|除)/u;
/** A clause that only dates what follows: 2023年, 2023年度, 一年来, 今年以来, 过去一年. */
const TIME_CLAUSE =
  /^(?:\d{4}\s*年度?(?:以来)?|[一二三四五六七八九十两\d]+年(?:以)?来|今年以来|本年度|全年|过去(?:的)?一年)$/u;

/** A date as written (2023年1月5日, 2023-1-5), spaces and all, as an ISO date. */
export const date = (s: string | undefined) => (s ? parseDate(s.replace(/\s+/g, '')) : undefined);

/** The first lines of the text, up to the first heading (at least the first line), trimmed. */
export function headerLines(index: TextIndex, headerEnd: number, firstLine = 1): Line[] {
  const text = index.text;
  const header: Line[] = [];
  // a first line the sections read as a heading (an unnumbered title: 丰林街道2025年法治建设工作情况) does not end
  // the header
  if (headerEnd <= index.lineStart(firstLine)) headerEnd = text.length;
  for (let line = firstLine; line <= Math.min(firstLine + HEADER_LINES - 1, index.lineCount); line++) {
    const start = index.lineStart(line);
    if (start >= headerEnd && line > firstLine) break;
    const end = Math.min(headerEnd, index.lineStart(line + 1));
    const raw = text.slice(start, end).replace(/\n$/, '');
    // a page's table of one cell (| 某镇2025年度法治政府建设情况报告 |) holds a line as the line would
    const [from, to] = oneCell(raw) ?? [0, raw.length];
    const inner = raw.slice(from, to);
    header.push({ text: inner.trim(), offset: start + from + inner.length - inner.trimStart().length });
  }
  return header;
}

/**
 * Where the words of a row of one table cell stand, its other cells empty (| 标题文字 |, | 标题文字 | ||; its first bar
 * may be lost); undefined for any other line. A scan, not a pattern: a pattern's runs of non-bars backtracked over a
 * whole report written as one line.
 */
function oneCell(raw: string): [number, number] | undefined {
  let to = raw.length;
  let bars = 0;
  for (; to > 0; to--) {
    const c = raw.charCodeAt(to - 1);
    if (c === BAR) bars++;
    else if (!isBlank(c)) break;
  }
  if (bars === 0) return undefined;
  let from = 0;
  while (from < to && isBlank(raw.charCodeAt(from))) from++;
  if (raw.charCodeAt(from) === BAR) from++;
  const inner = raw.slice(from, to);
  return inner.includes('|') || inner.trim() === '' ? undefined : [from, to];
}
const BAR = 0x7c;
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d;

const FULL_STOP = 0x3002;
/** An opening paragraph ending by announcing the report (…现将有关情况报告如下：): the opening sentence, not a label. */
const REPORTED_BELOW = /如下[:：]$/u;
const REPORTING_LEAD = /^现将/u;
/** A year glued before the subject, no comma between (2024年县司法局在县委…). */
/** A clause saying what the year is (2025年是…之年). */
const YEAR_IS = /^\d{4}\s*年度?是/u;
const GLUED_YEAR = /^\d{4}\s*年度?(?![度以\d\s，,、])/u;
/** A header laid out with runs of spaces (秘密等级：无　　　签发人：某某) is a form, not the opening sentence. */
const LAID_OUT = /[ \u3000]{2}/u;
/** ，,；;。：: end a clause of the opening sentence (、 joins a list inside one: 在区委、区政府的领导下). */
const isOpeningClauseEnd = (c: number) =>
  c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === FULL_STOP || c === 0xff1a || c === 0x3a;

/**
 * The opening sentence's subject clause — the first clause that is not an adverbial of time
 * (2023年，一年来，) or opening with a preposition (在县委的领导下，根据…，针对…): where the
 * reporting body is named when it is. Later clauses name others (并由区委依法治区办…点评).
 */
export function openingSubject(header: Line[], title: Line | undefined): Line | undefined {
  for (let k = 0; k < header.length; k++) {
    const l = header[k]!;
    const t = l.text;
    if (
      t.length === 0 ||
      l === title ||
      t === title?.text ||
      t.includes('|') ||
      /^[-|]+$/.test(t) ||
      (/[:：]$/u.test(t) && !REPORTED_BELOW.test(t)) ||
      LAID_OUT.test(t) ||
      PUBLISHED.test(t) ||
      t.length < 20
    )
      continue;
    const limit = Math.min(t.length, OPENING_CHARS);
    let start = 0;
    // after a purpose clause (为深入贯彻…，), clauses of more purposes may follow before the subject (全面推进依法行政，
    // 某局在…): the first naming a body is the subject
    let purposes = false;
    for (let i = 0; i <= limit; i++) {
      // a code, not t[i]: a one-character string per Han character was most of the time here
      const c = t.charCodeAt(i);
      if (i === limit || isOpeningClauseEnd(c)) {
        // (现将蕖滨县司法局…报告如下: the body reporting follows 现将; 2024年县司法局在…: and a year glued before it)
        const clause = t.slice(start, i).trim().replace(REPORTING_LEAD, '').replace(GLUED_YEAR, '');
        // (2025年是…收官之年，北和镇在…: a clause saying what the year is names no subject; the next one may)
        if (PURPOSE.test(clause)) purposes = true;
        else if (
          clause &&
          !NOT_SUBJECT.test(clause) &&
          !(UNDER_SOMEONE.test(clause) && !clause.includes('在')) &&
          !TIME_CLAUSE.test(clause) &&
          !YEAR_IS.test(t.slice(start, i).trim()) &&
          (!purposes || namesBodyKind(clause) || TOWNSHIP_WORD.test(clause))
        )
          return { text: clause, offset: l.offset + t.indexOf(clause, start) };
        if (c === FULL_STOP) break;
        start = i + 1;
      }
    }
    return undefined;
  }
  return undefined;
}

/**
 * A title set over two lines puts 关于 at the end of its first (梧桐区人民政府关于 / 2025年度…的报告): that first
 * half, without 关于, when it is the line right above the title.
 */
export function titleHead(header: Line[], title: Line | undefined): Line | undefined {
  const k = title ? header.indexOf(title) : -1;
  const above = k > 0 ? header[k - 1]! : undefined;
  return above?.text.endsWith('关于') ? { text: above.text.slice(0, -2), offset: above.offset } : undefined;
}

/** The line right under the title, where a body's name alone often stands (关于凤岗市…的报告 / 凤岗市人民政府). */
export function lineUnder(header: Line[], title: Line | undefined): Line | undefined {
  const k = title ? header.indexOf(title) : -1;
  for (let j = k < 0 ? header.length : k + 1; j < header.length; j++) {
    const l = header[j]!;
    if (!l.text) continue;
    // a name in brackets under the title (（黄泥镇人民政府）) is the name
    const m = /^[（(](.+)[）)]$/u.exec(l.text);
    return m ? { text: m[1]!, offset: l.offset + 1 } : l;
  }
  return undefined;
}

/** 关于 opening a title, and the verb of sending after it (关于报送…, 关于转报县卫生健康局…的函): neither names the body. */
export const ABOUT = /^关于(?:报送|转报|呈报|上报|转送|提交)?/u;

/** A red-headed document's issuer line (梧桐区人民政府文件): the name before 文件, when the line is nothing else. */
export function redHeadName(header: Line[]): Line | undefined {
  for (let k = 0; k < header.length; k++) {
    const t = header[k]!.text;
    // a party committee's document (中共某县委员会文件) is not a government body's report
    if (t.length > 2 && t.length <= 32 && t.endsWith('文件') && !t.startsWith('中共'))
      return { text: t.slice(0, -2), offset: header[k]!.offset };
  }
  return undefined;
}

/**
 * Where the 落款 ends: before the notes a document may close with after its date, each in brackets on its
 * own (（此件公开发布）, （联系人：王某，电话：1234567）).
 */
function closingEnd(text: string): number {
  let end = annexAfterClosing(text);
  for (;;) {
    while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
    // the 版记 under the 落款 (抄送：县司法局。 / 某办公室　2025年1月16日印发 / a rule of dashes) is the office's
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart > 0 && IMPRINT_LINE.test(text.slice(lineStart, end))) {
      end = lineStart;
      continue;
    }
    const close = text[end - 1];
    if (close !== '）' && close !== ')') return end;
    const open = text.lastIndexOf(close === '）' ? '（' : '(', end);
    if (
      open < 0 ||
      end - open > CLOSING_NOTE_CHARS ||
      !/^\s*$/u.test(text.slice(text.lastIndexOf('\n', open) + 1, open))
    )
      return end;
    // a date in brackets (（2025年1月10日）) is the 落款's own
    SIGNED_DATE.lastIndex = 0;
    if (SIGNED_DATE.test(text.slice(open, end))) return end;
    end = open;
  }
}

const CLOSING_NOTE_CHARS = 60;

/**
 * Where the annexes after a 落款 start (…人民政府 / 2026年1月5日 / 附件：主要指标完成情况 / …): the first line opening with
 * 附件 that a date ends the text before; else the text's end. (An 附件 line above the 落款 lists them, as 公文 do.)
 */
function annexAfterClosing(text: string): number {
  ANNEX_LINE.lastIndex = 0;
  for (let m = ANNEX_LINE.exec(text); m; m = ANNEX_LINE.exec(text)) {
    let end = m.index;
    while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
    SIGNED_DATE.lastIndex = 0;
    const tail = text.slice(Math.max(0, end - DATE_CHARS), end);
    for (let d = SIGNED_DATE.exec(tail); d; d = SIGNED_DATE.exec(tail))
      if (d.index + d[0].length === tail.length) return end;
  }
  return text.length;
}

/** A line opening with 附件 (附件：, 附件1, 附件一：). */
const ANNEX_LINE = /^[ \t\u3000]*附件[\d一二三四五六七八九十]*[ \t\u3000]*[：:、．.\n]/gmu;
/** The longest signed date (二〇二五年十二月三十一日). */
const DATE_CHARS = 16;
/** A line of the 版记: who else receives it, who printed it when, or a rule between them. */
const IMPRINT_LINE = /^\s*(?:(?:抄送|抄报|主送|分送|发送)[：:].*|.*印发|[—─_＿－-]{4,})\s*$/u;

/** The names of the 落款: the words just before the closing date, one name per space-separated part. */
export function signatureNames(text: string): Line[] {
  const end = closingEnd(text);
  const from = Math.max(0, end - SIGNATURE_CHARS);
  const tail = text.slice(from, end);
  let last: RegExpExecArray | undefined;
  SIGNED_DATE.lastIndex = 0;
  for (let m = SIGNED_DATE.exec(tail); m; m = SIGNED_DATE.exec(tail)) last = m;
  // a 落款 with no date (an excerpt, a draft): the last line alone, read as a name only if it is nothing else
  if (!last) return undatedSignature(text, end);
  if (tail.slice(last.index + last[0].length).trim().length > 2) return [];
  const before = tail.slice(0, last.index);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！'));
  const block = before.slice(cut + 1);
  const names: Line[] = [];
  const re = /\S+/gu;
  for (let m = re.exec(block); m; m = re.exec(block)) names.push({ text: m[0], offset: from + cut + 1 + m.index });
  return names.reverse();
}

/** The text's last line when it is short and ends no sentence (雾溪县林业局): an undated 落款's name, else none. */
function undatedSignature(text: string, end: number): Line[] {
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(start, end).trim();
  if (start === 0 || line.length === 0 || line.length > UNDATED_NAME_CHARS || /[。；;，,：:！？!?]/u.test(line))
    return [];
  return [{ text: line, offset: start + text.slice(start, end).indexOf(line) }];
}

/** An undated 落款 line is at most this long (雾溪瑶族自治县高峰苗族乡人民政府: 16). */
const UNDATED_NAME_CHARS = 30;

/** The 落款 date: a date among the last characters of the text. */
export function signatureDate(text: string): string | undefined {
  const end = closingEnd(text);
  const tail = text.slice(Math.max(0, end - 40), end);
  DATE.lastIndex = 0;
  const m = DATE.exec(tail);
  return date(m?.[1]);
}

/** A line break and the blanks around it: a title set over two lines is read as one (…人力资源和社会 / 保障局…). */
export const LINE_BREAK = /\s*\n\s*/gu;
