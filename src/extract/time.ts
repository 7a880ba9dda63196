import { lastIndexIn } from './bounded-search.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import { isClauseEnd, isDigitCode, isSentenceEnd } from './text-index.js';
import { AS_OF_FIRST, AS_OF_YEAR, asOfMonthAt } from './as-of-months.js';
import { thatYearNamed } from './that-year.js';
import { COMPARISON_REACH, comparedLevel, comparedYear, yearBase } from './year-comparisons.js';
import { endsRange, isYearDigit, monthSpanTag, qualifiesObject, yearEndingAt } from './year-numerals.js';
import { carriedFrom, pastAside, restatedAside, restatedParts } from './year-asides.js';
import { MULTI_YEAR_START, periodStarts } from './period-starts.js';

/** Which period a figure belongs to: the report year, another period, or it is a change (提高5%), not a level. */
export type Period = 'report' | 'other' | 'change';

interface Tag {
  at: number;
  period: 'report' | 'other';
}

/**
 * The last period tag in [from, to), scanning back from `to`: a year numeral (the report
 * year or another), a this-year word (本年, 全年), or an other-year word (上年, 去年) not part
 * of a comparison (较上年 compares; it does not date the figure), a part of the year (上半年, 1-6月). yearsOnly:
 * numerals and parts of the year only — and, with openings, the words that open a sentence or clause (openingTag).
 * figure: the tag dates a figure (a count up to a month's end is then another period; a claim done by then is not).
 */
export function lastPeriodTag(
  w: ClaimWords,
  text: string,
  from: number,
  to: number,
  year: number | undefined,
  yearsOnly = false,
  openings = false,
  figure = true,
): Tag | undefined {
  // the floor once, not a Math.max call per character (the loop runs interpreted at first)
  const floor = Math.max(0, from);
  const starts = periodStarts(w);
  for (let i = to - 1; i >= floor; i--) {
    if (starts[text.charCodeAt(i)] === 0) continue; // no tag can stand here (period-starts.ts)
    // in an earlier clause (yearsOnly), a year in brackets after a figure is an aside about it (行政诉讼案件3件（2023年为
    // 7件），…): it dates nothing after; a span in brackets after words (…以来（2021—2025年），…) still does
    if (yearsOnly) i = pastAside(text, i, floor);
    const y = datingYear(w, text, i, from, to, year, yearsOnly);
    if (y !== undefined) {
      // a year inside a count up to a month's end before December (截止2024年9月末): the year so far, another period
      // (a figure's: a claim done by then, 截至2024年6月已全部整改, is done in the year)
      const asOf = figure && w.partOfYear.size > 0 ? AS_OF_YEAR.exec(text.slice(Math.max(0, i - 6), i - 3)) : null;
      if (asOf && asOfMonthAt(text, i - 3 - asOf[0].length, to) === 'other') return { at: i - 3, period: 'other' };
      // a span of years (2022—2024年) is another period whatever the report year; a lone year needs it known
      const range = endsRange(text, i - 3);
      if (year !== undefined || range) return { at: i - 3, period: y === year && !range ? 'report' : 'other' };
    }
    // a part of the year opening its sentence governs it (1-6月，区行政复议机构收案48件), as a year numeral does;
    // one inside an earlier clause (上半年收案39件，下半年…，全年…，审结81件) dates only its own clause (partGoverns)
    const part = partOfYearAt(w, text, i, to, figure);
    if (part !== undefined && partGoverns(text, i, yearsOnly)) return { at: i, period: part };
    // so does another year's word or a span of years opening it (去年同期，全县受理…; 五年来，全县累计…), and a
    // this-year word opening a later clause takes over (…；今年受理…，成功化解2,049件)
    if (yearsOnly) {
      const opening = openings ? openingTag(w, text, i, to, year) : undefined;
      if (opening !== undefined) return { at: i, period: opening };
      continue;
    }
    // (a numeral's last digits are no span: 2025年以来 is the year 2025 onward)
    if (MULTI_YEAR_START.has(text.charCodeAt(i)) && !(i > 0 && isDigitCode(text.charCodeAt(i - 1)))) {
      MULTI_YEAR.lastIndex = i;
      const m = MULTI_YEAR.exec(text);
      if (m && i + m[0].length <= to) return { at: i, period: 'other' };
    }
    const other = w.otherYear.at(text, i);
    if (
      other &&
      i + other.length <= to &&
      !w.ordinary.covers(text, i, other.length, w.ordinaryReach) &&
      !w.comparison.covers(text, i, other.length, COMPARISON_REACH)
    ) {
      return { at: i, period: 'other' };
    }
    const own = w.thisYear.at(text, i) ?? w.thatYear.at(text, i);
    if (own && i + own.length <= to && !w.ordinary.covers(text, i, own.length, w.ordinaryReach))
      return thatYearNamed(w, text, i, year) ?? yearOfThisYearWord(w, text, i, floor, year);
  }
  return undefined;
}

/**
 * A this-year word (全年, 年内) right after another year's word or a year numeral names that year's whole year (去年全年
 * 受理81件; 较去年全年的140人次; 2024年全年评查…): the year before it dates the figure, not the word. Else the report's.
 */
function yearOfThisYearWord(w: ClaimWords, text: string, i: number, floor: number, year: number | undefined): Tag {
  let k = i;
  while (k > floor && text.charCodeAt(k - 1) === 0x20) k--;
  const other = w.otherYear.last(text, Math.max(floor, k - OTHER_YEAR_WORD_MAX), k);
  if (other !== undefined && other.at + other.word.length === k) return { at: other.at, period: 'other' };
  // (2024年全年 or 2024年度全年: the numeral's last digit before 年 or 年度)
  const nian = text.charCodeAt(k - 1) === DU && text.charCodeAt(k - 2) === NIAN ? k - 2 : k - 1;
  if (year !== undefined && text.charCodeAt(nian) === NIAN) {
    let d = nian - 1;
    while (d > floor && text.charCodeAt(d) === 0x20) d--;
    const y = yearEndingAt(text, d, floor, nian + 1);
    if (y !== undefined) return { at: d - 3, period: y === year ? 'report' : 'other' };
  }
  return { at: i, period: 'report' };
}

/** The longest other-year word (上一年度) a this-year word may follow. */
const OTHER_YEAR_WORD_MAX = 4;
const NIAN = 0x5e74; // 年
const DU = 0x5ea6; // 度

/**
 * The year whose last digit is at i, when it dates what follows: not a year compared with (较2023年的85%提升至100%,
 * 与2023年相比…提高到97%), as 较上年 is not; not an earlier year inside the object's modifier (评查2024年以来办结的…案卷,
 * 对2023年度办结的…案卷开展评查), which says which files, not when they were reviewed (the report year's there still
 * dates the figure its own).
 */
function datingYear(
  w: ClaimWords,
  text: string,
  i: number,
  from: number,
  to: number,
  year: number | undefined,
  earlierClause: boolean,
): number | undefined {
  const y = yearEndingAt(text, i, from, to);
  if (y === undefined || comparedYear(w, text, i, to) || (y !== year && qualifiesObject(text, i, to))) return undefined;
  // another year restating one figure in an earlier clause (…2件，2022年为4件，…) dates that clause alone (year-asides.ts)
  // (so does the year the cases were carried over from: …，加上2024年结转5件，共审结78件)
  if (earlierClause && y !== year && carriedFrom(text, i, to, w.carriedOver)) return undefined;
  return earlierClause && y !== year && restatedAside(text, i, to, w.breakdown) ? undefined : y;
}

/**
 * A part of the year named at i, ending by `to` (上半年, 第二季度, 1-6月, 7月至12月): `other` — not the year's figure
 * (a month span of the whole year, 1-12月, is the year's). None in a part-year report (partOfYear is empty there).
 */
function partOfYearAt(
  w: ClaimWords,
  text: string,
  i: number,
  to: number,
  figure = true,
): 'report' | 'other' | undefined {
  if (w.partOfYear.size === 0) return undefined;
  const word = w.partOfYear.at(text, i);
  if (word !== undefined) return i + word.length <= to ? 'other' : undefined;
  if (AS_OF_FIRST.has(text.charCodeAt(i))) return figure ? asOfMonthAt(text, i, to) : undefined;
  if (!isDigitCode(text.charCodeAt(i)) || (i > 0 && isDigitCode(text.charCodeAt(i - 1)))) return undefined;
  MONTH_SPAN.lastIndex = i;
  const m = MONTH_SPAN.exec(text);
  if (m) return monthSpanTag(text, i, m, to);
  // one month named as a period (12月份, 12月单月): that month's figure
  ONE_MONTH.lastIndex = i;
  const one = ONE_MONTH.exec(text);
  return one && i + one[0].length <= to ? 'other' : undefined;
}

/**
 * The period a word at i gives to the clauses after it in its sentence: another year's word or a span of years that
 * opens the sentence (or the span after a semicolon), or another year's word restating a figure a breakdown follows
 * → other; a this-year word opening a clause → report, 当年 that year.
 */
function openingTag(w: ClaimWords, text: string, i: number, to: number, year?: number): 'report' | 'other' | undefined {
  const other = w.otherYear.at(text, i);
  const end = i + (other?.length ?? 0);
  if (other !== undefined && end <= to && (opensSentence(text, i) || restatedParts(text, end, to, w.breakdown)))
    return 'other';
  if (MULTI_YEAR_START.has(text.charCodeAt(i)) && opensSentence(text, i)) {
    MULTI_YEAR.lastIndex = i;
    const m = MULTI_YEAR.exec(text);
    if (m && i + m[0].length <= to) return 'other';
  }
  const own = w.thisYear.at(text, i) ?? w.thatYear.at(text, i);
  const opens = own !== undefined && i + own.length <= to && opensClause(text, i);
  return opens ? (thatYearNamed(w, text, i, year)?.period ?? 'report') : undefined;
}

/**
 * Whether a part of the year at i dates the figure: in the figure's own words, or opening its sentence — or, a count up
 * to a month's end, opening a later clause, which governs the clauses after it too (…收官，截至10月底，全县开展…).
 */
function partGoverns(text: string, i: number, yearsOnly: boolean): boolean {
  return !yearsOnly || opensSentence(text, i) || (AS_OF_FIRST.has(text.charCodeAt(i)) && opensClause(text, i));
}

/** Whether only spaces stand between `at` and the end of the clause before it (or the text's start). */
function opensClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i--;
  return i < 0 || isClauseEnd(text.charCodeAt(i));
}

/** Whether only spaces stand between `at` and the end of the sentence before it (or the text's start). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000)) i--;
  return i < 0 || isSentenceEnd(text.charCodeAt(i));
}

/**
 * Whether [from, to) names a year before the report year (2023年度 in a 2024 report; any year when the report year is
 * unknown) or an other-year word that dates (上年度, 去年; not 较上年, which compares).
 */
export function earlierYearIn(
  w: ClaimWords,
  text: string,
  from: number,
  to: number,
  year: number | undefined,
): boolean {
  for (let i = to - 1; i >= from; i--) {
    const y = yearEndingAt(text, i, from, to);
    if (y !== undefined && (year === undefined || y < year)) return true;
    const other = w.otherYear.at(text, i);
    if (
      other !== undefined &&
      i + other.length <= to &&
      !w.ordinary.covers(text, i, other.length, w.ordinaryReach) &&
      w.comparison.last(text, Math.max(from, i - YEAR_COMPARISON_REACH), i + other.length) === undefined
    )
      return true;
  }
  return false;
}

/** How far before an other-year word a comparison word holding it (较上年) may start. */
const YEAR_COMPARISON_REACH = 8;

/**
 * Several years told as one span (三年来, 近两年, 多年来, 5年以来, 五年累计, 三年间, 五年年均; a five-year plan's period:
 * “十四五”期间, 八五普法以来):
 * not the report year's figure (一年来 is).
 */
const MULTI_YEAR =
  /(?:近|过去)?(?:[两二三四五六七八九十]|[2-9]|\d{2})年(?:(?:以)?来|累计|共|间|年均|平均)|近(?:[两二三四五六七八九十]|[2-9])年|多年来|[“"]?十?[一二三四五六七八九]五[”"]?(?:普法)?(?:规划)?(?:启动|实施)?(?:期间|以来|时期)/uy;
/** The characters a span of years may start with, by code: looked up per character scanned, so no string is made. */

/** 1-6月, 7月至12月, 1—10月 (any dash). */
const MONTH_SPAN = /(\d{1,2})\s*月?\s*[-—–－~～至到]\s*(\d{1,2})\s*月/uy;
/** One month as a period, not a date (12月份, 12月单月, 12月当月; not 12月4日). */
const ONE_MONTH = /\d{1,2}\s*月(?:份|单月|当月)/uy;

/**
 * Whether the figure at `valueStart` is the level a change starts from (由85%提高到95%, 从2023年的85%
 * 提升到…, 由原来的每半年1次增加到4次): a from-word at most FROM_REACH characters before it and after
 * `segmentFrom` (the caller's segment lies in one clause), with no other figure between (a year's numeral
 * is a tag, not a figure).
 */
export function startsChange(w: ClaimWords, text: string, segmentFrom: number, valueStart: number): boolean {
  if (comparedLevel(w, text, segmentFrom, valueStart) || yearBase(w, text, segmentFrom, valueStart)) return true;
  const f = w.from.last(text, Math.max(segmentFrom, valueStart - FROM_REACH - LISTED_REACH), valueStart);
  if (!f) return false;
  const from = f.at + f.word.length;
  // a later item of a list of levels (执法人员培训由1场次、22人次增加到2场次、48人次: 22)
  if (LISTED_LEVELS.test(text.slice(from, valueStart))) return true;
  if (valueStart - f.at > FROM_REACH) return false;
  for (let i = from; i < valueStart; i++) if (isDigitCode(text.charCodeAt(i)) && !isYearDigit(text, i)) return false;
  return true;
}

/** Figures with a unit of at most three characters, each closed by 、 (1场次、): the levels listed before one. */
const LISTED_LEVELS = /^(?:\d+(?:\.\d+)?[^\d、，,；;。]{1,3}、){1,3}$/u;
/** How far past FROM_REACH the list of levels before a figure may reach (由1场次、22人次、). */
const LISTED_REACH = 24;

/** How far before a figure the from-word of a change may stand (从2023年底的 = 8). */
const FROM_REACH = 9;
/** How far past the level a change starts from its result may begin (…85%提升到2024年的100%). */
export const CHANGE_TO_REACH = 16;

/**
 * Whether the words right before a figure ([from, to)) make it a change rather than a level:
 * a comparison or change word (同比下降3%) with no level word after it (提高到95% is a level).
 */
export function isChange(w: ClaimWords, text: string, from: number, to: number): boolean {
  // a year compared with (比2023年多2件, 较2024年增加) is a comparison as 比上年 is
  const c = lastJudging(w, w.comparison, text, from, to) ?? comparedYearIn(w, text, from, to);
  const d = lastJudging(w, w.change, text, c ? c.at : from, to);
  const last = d ?? c;
  if (!last) return false;
  return !lastJudging(w, w.level, text, last.at + last.word.length, to);
}

/** The last year numeral in [from, to) a figure is compared with (比2023年), as a word ending at its 年; else undefined. */
function comparedYearIn(
  w: ClaimWords,
  text: string,
  from: number,
  to: number,
): { at: number; word: string } | undefined {
  for (let y = lastIndexIn(text, YEAR_CHAR, from + 1, to); y >= 0; y = lastIndexIn(text, YEAR_CHAR, from + 1, y)) {
    const i = y - 1;
    if (yearEndingAt(text, i, from, to) !== undefined && comparedYear(w, text, i, to))
      return { at: i - 3, word: text.slice(i - 3, y + 1) };
  }
  return undefined;
}
const YEAR_CHAR = '年';

/**
 * Whether a comparison of more than one character (较上年, 比去年同期; not a bare 较, as in 较好) stands in [from, cueStart)
 * with no level word between it and the figure (较上年增加3件，达到15件 has one).
 */
function comparedBefore(w: ClaimWords, text: string, from: number, cueStart: number, valueStart: number): boolean {
  const c = lastJudging(w, w.comparison, text, from, cueStart);
  if (!c || c.word.length < 2) return false;
  return !lastJudging(w, w.level, text, c.at + c.word.length, valueStart);
}

/**
 * The period of a figure at `valueStart` read for a cue at `cueStart`: the words between
 * cue and figure decide first (…，2024年为90%), then the cue's clause, then a year named
 * earlier in the sentence (2023年，全县出庭应诉率为100%) — not an earlier clause's 上年,
 * which is mostly an aside (…320件（上年同期为298件），调解成功率…).
 */
export function periodOf(
  w: ClaimWords,
  text: string,
  contextFrom: number,
  clauseStart: number,
  cueStart: number,
  segmentFrom: number,
  valueStart: number,
  year: number | undefined,
): Period {
  const near = lastPeriodTag(w, text, segmentFrom, valueStart, year);
  if (near?.period === 'other') return 'other';
  if (isChange(w, text, near ? near.at : segmentFrom, valueStart)) return 'change';
  if (near) return near.period;
  // a comparison before the cue in its clause with no level after it (较上年多出庭9件): the figure is the difference
  if (comparedBefore(w, text, Math.max(contextFrom, clauseStart), cueStart, valueStart)) return 'change';
  const clauseTag = lastPeriodTag(w, text, Math.max(contextFrom, clauseStart), cueStart, year);
  return (clauseTag ?? lastPeriodTag(w, text, contextFrom, cueStart, year, true, true))?.period ?? 'report';
}
