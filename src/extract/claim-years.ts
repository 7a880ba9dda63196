import type { ClaimContext } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { lastPeriodTag, type Period } from './time.js';
import { isDigitCode, isSentenceEnd } from './text-index.js';
import type { ClaimWords } from './claim-words.js';
import { pastItemMark } from './item-mark.js';
import { COMPARISON_REACH } from './year-comparisons.js';
import { thatYearNamed } from './that-year.js';
import { A_YEAR, LEAD_YEAR, laterYearLineFrom } from './line-year-leads.js';

/*
 * Whether an enum or boolean claim is another year's than the report's, by the year dating it or opening its clause.
 */

/**
 * Whether a claim is another year's: dated right before it (2024年馆长已在年终述职中专门述法, in a 2025 report) — a year
 * further back in the clause is often what the claim is about (2023年度督察指出的问题已全部整改) — or in a sentence another
 * year's word opens (上一年度述法点评中指出…), or a clause opening with another year (2024年我局举办过两期…培训班), unless
 * the fact is about another period anyway.
 */
export function anotherYears(ctx: ClaimContext, x: FactExtractor, text: string, cs: number, at: number): boolean {
  const opening = x.anyPeriod !== true;
  if (
    lastPeriodTag(ctx.words, text, Math.max(cs, at - DATED_REACH), at, ctx.year, true, opening, false)?.period ===
    'other'
  )
    return true;
  return (
    opening &&
    (opensWithOtherYear(text, cs, at, ctx.year) ||
      opensWithOtherYearWord(ctx.words, text, cs, at) ||
      thatYearNamed(ctx.words, text, pastItemMark(text, cs), ctx.year)?.period === 'other' ||
      afterOtherYearLead(ctx.words, text, cs, ctx.year) ||
      laterYearLineFrom(ctx.words, text, cs, ctx.year) !== undefined)
  );
}

/**
 * Whether the statement holding the clause at `cs` opens with another year standing alone as its first clause (2024年，
 * 镇里组织行政执法人员培训6场次; 2023年度，…，…): the clauses after it are that year's, unless one between names a year
 * or the year's own (…，今年…). A semicolon starts another statement (…；今年暂缓组织执法培训).
 */
function afterOtherYearLead(w: ClaimWords, text: string, cs: number, year: number | undefined): boolean {
  if (year === undefined) return false;
  const floor = Math.max(0, cs - LEAD_STATEMENT_REACH);
  let s = cs;
  while (s > floor && !isSentenceEnd(text.charCodeAt(s - 1))) s--;
  if (s === floor && floor > 0) return false;
  let p = s;
  while (p < cs && BLANKS.has(text.charCodeAt(p))) p++;
  LEAD_YEAR.lastIndex = pastItemMark(text, p);
  const m = LEAD_YEAR.exec(text);
  if (m === null || Number(m[1]) === year || LEAD_YEAR.lastIndex > cs) return false;
  const between = text.slice(LEAD_YEAR.lastIndex, cs);
  // (当年 after the lead year is that year: vocabulary thatYear)
  const own = w.thisYear.last(text, LEAD_YEAR.lastIndex, cs);
  return (own === undefined || w.thatYear.at(text, own.at) !== undefined) && !A_YEAR.test(between);
}
/** How far back the statement may open (its lead year and the clauses after it). */
const LEAD_STATEMENT_REACH = 80;

/**
 * Whether the clause [cs, at) opens, maybe after an item's number, with another year's word (…暂缓开展案卷评查，去年
 * 评查案卷45卷; （一）上年度开展了…): the claim told is that year's. Not a comparison (去年同期) nor a span reaching the
 * report year (去年以来).
 */
function opensWithOtherYearWord(w: ClaimWords, text: string, cs: number, at: number): boolean {
  let p = cs;
  while (p < at && BLANKS.has(text.charCodeAt(p))) p++;
  // (after an item's number: （一）上年度开展了…)
  p = pastItemMark(text, p);
  const other = w.otherYear.at(text, p);
  if (other === undefined || p + other.length > at) return false;
  if (w.ordinary.covers(text, p, other.length, w.ordinaryReach)) return false;
  if (w.comparison.covers(text, p, other.length, COMPARISON_REACH)) return false;
  return !SINCE.test(text.slice(p + other.length, p + other.length + 4));
}

/** After a year's word, what makes it a span reaching on to now (去年以来, 上年度至今). */
const SINCE = /^度?(?:以来|至今|起)/u;

/** How far before a claim a year dates it (2024年馆长已在…: the year and a few words; the numeral must lie whole inside). */
const DATED_REACH = 12;

/**
 * Whether the clause [cs, at) opens with a year other than the report year, alone (2024年…; not 2024年以来 nor a span
 * 2024年至2025年, which reach the report year).
 */
function opensWithOtherYear(text: string, cs: number, at: number, year: number | undefined): boolean {
  // the cheap look first: most clauses open with no digit (this runs for every enum and boolean claim)
  let p = cs;
  while (p < at && BLANKS.has(text.charCodeAt(p))) p++;
  if (year === undefined || !isDigitCode(text.charCodeAt(p))) return false;
  const m = CLAUSE_YEAR.exec(text.slice(p, Math.min(at, p + CLAUSE_YEAR_REACH)));
  return m !== null && Number(m[1]) !== year;
}

const CLAUSE_YEAR_REACH = 12;
const BLANKS = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3000]);
const CLAUSE_YEAR = /^((?:19|20)\d{2})\s*年度?(?![以来至到—–\-~～－])/u;

/**
 * The period a year in brackets right after a figure gives it (纠错率分别为9.1%（2024年）、7.3%（2025年）; 举办培训3场次
 * (2024年)): the report year's figure or another year's, and where the bracket ends. Only a bracket holding the year
 * alone dates the figure: one with more in it (（2024年为5次）, （2025年1—10月）) is an aside of its own.
 */
export function bracketedYearAfter(
  text: string,
  end: number,
  year: number | undefined,
): { period: Period; end: number } | undefined {
  // (sticky at the figure's end, not a slice: this runs for every figure a cue reads)
  if (year === undefined) return undefined;
  BRACKETED_YEAR.lastIndex = end;
  const m = BRACKETED_YEAR.exec(text);
  return m ? { period: Number(m[1]) === year ? 'report' : 'other', end: end + m[0].length } : undefined;
}

const BRACKETED_YEAR = / ?[（(] ?((?:19|20)\d{2}) ?年度? ?[）)]/uy;
