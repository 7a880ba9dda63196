import { lastIndexIn } from './bounded-search.js';
import type { ClaimWords } from './claim-words.js';
import { isSentenceEnd } from './text-index.js';
import { yearEndingAt } from './year-numerals.js';

/*
 * 当年, 同年 (vocabulary thatYear) mean the year their sentence named before them (2023年，我镇被确定为试点镇，当年组织
 * 执法人员集中培训3场次: 2023's) outside a bracketed aside, else the report year, as 今年 does.
 */

/** The period the that-year word at `i` gives, when a year numeral stands before it in its sentence; else undefined. */
export function thatYearNamed(
  w: ClaimWords,
  text: string,
  i: number,
  year: number | undefined,
): { at: number; period: 'report' | 'other' } | undefined {
  if (year === undefined || w.thatYear.at(text, i) === undefined) return undefined;
  const floor = Math.max(0, i - THAT_YEAR_REACH);
  for (let p = i - 1; p > floor; p--) {
    const c = text.charCodeAt(p);
    if (isSentenceEnd(c)) return undefined;
    // (a year in a bracketed aside, 审结…103件（含2024年结转11件），受理当年新申请…, is no year the sentence tells of)
    if (c === CLOSE_FULL || c === CLOSE_ASCII) {
      const open = Math.max(lastIndexIn(text, '（', floor, p), lastIndexIn(text, '(', floor, p));
      if (open >= 0) p = open;
      continue;
    }
    // (a year numeral before its 年: 2023年, 二〇二三年)
    const y = c === NIAN ? yearEndingAt(text, p - 1, floor, p + 1) : undefined;
    if (y !== undefined) return { at: p - 4, period: y === year ? 'report' : 'other' };
  }
  return undefined;
}
/** How far back in its sentence the year it refers to may stand. */
const THAT_YEAR_REACH = 80;
const NIAN = 0x5e74;
const CLOSE_FULL = 0xff09;
const CLOSE_ASCII = 0x29;
