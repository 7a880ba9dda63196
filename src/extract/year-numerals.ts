import { isDigitCode } from './text-index.js';

/*
 * A year's numeral in the text (2024年, 二〇二四年): which year it is, whether it ends a span of years (2022—2024年), and
 * whether it only says which things are meant (评查2023年办结的…案卷) rather than when something was done. What the
 * year then dates is time.ts's.
 */

/** The Chinese numerals of a year (二〇二四): 〇零○ for 0, 一 to 九. */
export const CN_DIGITS = new Map<number, number>(
  [...'〇零○一二三四五六七八九'].map((c, k) => [c.charCodeAt(0), k < 3 ? 0 : k - 2] as [number, number]),
);
const NIAN = 0x5e74;

/**
 * The year whose last numeral is at i and which 年 follows (spaces allowed before it): in digits (2024年, not the
 * end of a longer number) or in Chinese numerals (二〇二四年); else undefined.
 */
export function yearEndingAt(text: string, i: number, from: number, to: number): number | undefined {
  if (i < from + 3) return undefined;
  const c = text.charCodeAt(i);
  let y: number | undefined;
  if (isDigitCode(c)) {
    if (isDigitCode(text.charCodeAt(i - 4))) return undefined;
    y = 0;
    for (let k = i - 3; k <= i && y !== undefined; k++) {
      const d = text.charCodeAt(k);
      y = isDigitCode(d) ? y * 10 + d - 0x30 : undefined;
    }
    if (y === undefined || y < 1900 || y >= 2100) return undefined;
  } else if (CN_DIGITS.has(c)) y = chineseYear(text, i - 3);
  if (y === undefined) return undefined;
  let k = i + 1;
  while (k < to && text.charCodeAt(k) === 0x20) k++;
  return text.charCodeAt(k) === NIAN ? y : undefined;
}

/** The year 二〇二四 at `at` (four Chinese numerals starting with 二), or undefined. */
function chineseYear(text: string, at: number): number | undefined {
  if (at < 0 || text.charCodeAt(at) !== 0x4e8c) return undefined;
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const d = CN_DIGITS.get(text.charCodeAt(at + k));
    if (d === undefined) return undefined;
    y = y * 10 + d;
  }
  return y >= 2000 && y < 2100 && !CN_DIGITS.has(text.charCodeAt(at - 1)) ? y : undefined;
}

/** A digit of a four-digit year numeral followed by 年 (2023年). */
export function isYearDigit(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && isDigitCode(text.charCodeAt(s - 1))) s--;
  let e = i + 1;
  while (e < text.length && isDigitCode(text.charCodeAt(e))) e++;
  return e - s === 4 && text[e] === '年';
}

/**
 * Whether the year numeral at `at` ends a range of years (2022年至2024年累计培育…, 2021—2024年): the figure is
 * the span's, not the report year's.
 */
export function endsRange(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i < 0 || !RANGE_MARKS.includes(text[i]!)) return false;
  i--;
  while (i >= 0 && text[i] === ' ') i--;
  if (i >= 0 && text[i] === '年') i--;
  return i >= 3 && isDigitCode(text.charCodeAt(i)) && /^(?:19|20)\d{2}$/.test(text.slice(i - 3, i + 1));
}
const RANGE_MARKS = '至到-－—–~～';

/**
 * Whether the year whose last digit is at i stands inside a modifier of a noun, after a verb or 对 (抽取2023年7月以来办结
 * 的…案卷, 对本局2024年至2025年办理的…案卷): the words after its 年 run, with no mark, to a 的 within reach, and the
 * character before the year is a Han one that is no time word (在, 于, 自, 从, 至, 到, 截止 date what follows).
 */
export function qualifiesObject(text: string, i: number, to: number): boolean {
  return modifierAfter(text, i - 3, MODIFIER_AFTER_YEAR, i + 1, to);
}
/** From a year's 年: its modifier's words, with no mark or figure's unit, to the 的 that ends it (年以来办结的). */
const MODIFIER_AFTER_YEAR = /\s*年[^，,。；;：:、（）()“”]{1,12}?的/uy;

/**
 * Whether a month span [i, end) — its year before it or not — qualifies the object a verb before it takes, up to a 的
 * after it (抽取2024年1月至6月办结的案卷326卷; 评查1—6月办理的案卷), as qualifiesObject says of a year: which things,
 * not when the figure was made.
 */
function spanQualifiesObject(text: string, i: number, end: number, to: number): boolean {
  const year = YEAR_BEFORE.exec(text.slice(Math.max(0, i - YEAR_WITH_MARK), i));
  return modifierAfter(text, year === null ? i : i - year[0].length, MODIFIER_AFTER_SPAN, end, to);
}
const YEAR_BEFORE = /(?:19|20)\d{2}\s*年$/u;
const YEAR_WITH_MARK = 6;
const MODIFIER_AFTER_SPAN = /[^，,。；;：:、（）()“”\d]{1,12}?的/uy;

/**
 * Whether a time phrase starting at `start` modifies an object: a Han character before it that is no time word, and the
 * sticky `modifier` matching from `from` to its 的 by `to`.
 */
function modifierAfter(text: string, start: number, modifier: RegExp, from: number, to: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (!(before >= 0x4e00 && before <= 0x9fff) || TIME_LEADS.has(before)) return false;
  modifier.lastIndex = from;
  const m = modifier.exec(text);
  return m !== null && m.index + m[0].length <= to;
}

/**
 * The period a month span matched at i gives its clause's figure (time.ts partOfYearAt): none when it runs past `to` or
 * qualifies an object; the report's for 1-12月; else another period's.
 */
export function monthSpanTag(text: string, i: number, m: RegExpExecArray, to: number): 'report' | 'other' | undefined {
  const end = i + m[0].length;
  if (end > to || spanQualifiesObject(text, i, end, to)) return undefined;
  return Number(m[1]) === 1 && Number(m[2]) === 12 ? 'report' : 'other';
}
/** Characters before a year that make it a time (在2024年, 于2023年, 截止2024年). */
const TIME_LEADS = new Set([...'在于自从至到止'].map((c) => c.charCodeAt(0)));
