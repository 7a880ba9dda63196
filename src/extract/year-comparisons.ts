import type { ClaimWords } from './claim-words.js';

/*
 * Years a figure is compared with (较2023年, 与2023年相比, 比去年同期): such a year dates no figure, while the level that
 * year had (较2023年的85%) is that year's, and the level reached may be read past it (…提升至100%).
 */

/**
 * Whether the year numeral ending at `end` is what a figure is compared with: a comparison word (vocabulary `comparison`)
 * or 比 right before it (较2023年, 比2023年度), or 与 / 同 / 和 before it and 相比 / 比较 after its 年 (与2023年相比, 同2023年同期比较).
 */
export function comparedYear(w: ClaimWords, text: string, end: number, figureAt: number): boolean {
  // the year's own level right after it (较2024年的85%) is that year's figure: dated, not compared away
  if (OWN_LEVEL_AFTER.test(text.slice(end + 1, figureAt))) return false;
  let b = end - 4;
  while (b >= 0 && text.charCodeAt(b) === 0x20) b--;
  const before = text[b];
  // a comparison word right before it (较, 相比), or 比, no comparison word alone (比例) but one before a year
  if (before === '比' || comparisonEndingAt(w, text, 0, b + 1) !== undefined) return true;
  if (before !== '与' && before !== '同' && before !== '和') return false;
  return COMPARED_AFTER.test(text.slice(end + 1, end + 1 + COMPARED_AFTER_REACH));
}
/** Between a year's numeral and a figure that is the year's own: 年, then 度, 同期, 的 at most. */
const OWN_LEVEL_AFTER = /^\s*年度?(?:同期)?的?\s*$/u;
/** After a year's 年: 度 or 同期 at most, then 相比 / 比较 / 对比. */
const COMPARED_AFTER = /^\s*年(?:度)?(?:同期)?(?:的)?\s*(?:相比|比较|对比)/u;
const COMPARED_AFTER_REACH = 10;

/**
 * Whether the figure at `valueStart` is the other year's level a comparison names (较上年的85%, 较2023年同期的85%, 比去年同期的
 * 9.2%): a comparison word holding another year, or one followed by another year's word or a year numeral (同期 or 度
 * after it at most), then 的 — right before the figure. Like a change's start, the level reached may follow past maxGap
 * (…提升至100%); with none, nothing is taken.
 */
export function comparedLevel(w: ClaimWords, text: string, segmentFrom: number, valueStart: number): boolean {
  let p = valueStart;
  while (p > segmentFrom && text.charCodeAt(p - 1) === 0x20) p--;
  if (text[p - 1] !== '的') return false;
  p--;
  // a comparison word that holds the year (比去年同期, 较上年) ends right before 的
  const whole = comparisonEndingAt(w, text, segmentFrom, p);
  if (whole !== undefined) return whole.length > 1;
  if (text.startsWith('同期', p - 2)) p -= 2;
  else if (text[p - 1] === '度') p--;
  const yearStart = otherYearEndingAt(w, text, segmentFrom, p);
  if (yearStart === undefined) return false;
  // 比 alone is no comparison word (比例, 对比), but before a year it compares (比2024年同期的91.2%)
  return text[yearStart - 1] === '比' || comparisonEndingAt(w, text, segmentFrom, yearStart) !== undefined;
}

/** The comparison word ending at `end` (starting after `floor`), if any. */
function comparisonEndingAt(w: ClaimWords, text: string, floor: number, end: number): string | undefined {
  for (let s = Math.max(floor, end - COMPARISON_REACH); s < end; s++) {
    const c = w.comparison.at(text, s);
    if (c !== undefined && s + c.length === end) return c;
  }
  return undefined;
}

/**
 * Whether the figure at `valueStart` is another year's level a change is built on (在上年96.8%的基础上提高到99.1%; 在2024年
 * 12件的基础上减少到7件): another year's word or numeral right before it (的 between at most), a base word (vocabulary
 * changeBase) right after it and its unit. A base with no year (在完成培训12场次的基础上，又…) is this year's figure.
 */
export function yearBase(w: ClaimWords, text: string, segmentFrom: number, valueStart: number): boolean {
  if (w.changeBase.size === 0) return false;
  // the year first: run for every figure, most have none before them, and the pattern is not run for those
  const end = text[valueStart - 1] === '的' ? valueStart - 1 : valueStart;
  if (otherYearEndingAt(w, text, segmentFrom, end) === undefined) return false;
  BASE_FIGURE.lastIndex = valueStart;
  const m = BASE_FIGURE.exec(text);
  return m !== null && w.changeBase.at(text, valueStart + m[0].length) !== undefined;
}
/** A figure and its unit of at most two characters (96.8%, 12件, 1,020人次). */
const BASE_FIGURE = /[\d.,，]*\d\s*(?:[%％]|[^\d\s，,。；;、的基]{0,2})/uy;

/** Where another year's word (上年, 去年) or a year numeral with 年 (2023年) ending at `end` starts, if one does. */
function otherYearEndingAt(w: ClaimWords, text: string, floor: number, end: number): number | undefined {
  if (text[end - 1] === '年') {
    let d = end - 1;
    while (d > floor && text.charCodeAt(d - 1) === 0x20) d--;
    if (d - 4 >= floor && /^(?:19|20)\d{2}$/u.test(text.slice(d - 4, d))) return d - 4;
  }
  for (let s = Math.max(floor, end - OTHER_YEAR_REACH); s < end; s++) {
    const o = w.otherYear.at(text, s);
    if (o !== undefined && s + o.length === end) return s;
  }
  return undefined;
}
const OTHER_YEAR_REACH = 4;

/** How far before an other-year word a comparison holding it may start (与去年同期相比). */
export const COMPARISON_REACH = 6;
