import { lastIndexIn } from './bounded-search.js';
import type { ClaimWords } from './claim-words.js';
import { isDigitCode } from './text-index.js';

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
  for (let p = i - 1; p > floor + 3; p--) {
    const c = text.charCodeAt(p);
    if (SENTENCE_ENDS.has(c)) return undefined;
    // (a year in a bracketed aside, 审结…103件（含2024年结转11件），受理当年新申请…, is no year the sentence tells of)
    if (c === CLOSE_FULL || c === CLOSE_ASCII) {
      const open = Math.max(lastIndexIn(text, '（', floor, p), lastIndexIn(text, '(', floor, p));
      if (open >= 0) p = open;
      continue;
    }
    // (a year numeral: four digits, 19xx or 20xx, then 年)
    if (c !== NIAN || !isDigitCode(text.charCodeAt(p - 1))) continue;
    const y = Number(text.slice(p - 4, p));
    if (p - 4 > 0 && isDigitCode(text.charCodeAt(p - 5))) continue;
    if (y >= 1900 && y < 2100) return { at: p - 4, period: y === year ? 'report' : 'other' };
  }
  return undefined;
}
/** How far back in its sentence the year it refers to may stand. */
const THAT_YEAR_REACH = 80;
/** 。；;！!？? and a line break */
const SENTENCE_ENDS = new Set([0x3002, 0xff1b, 0x3b, 0xff01, 0x21, 0xff1f, 0x3f, 0x0a]);
const NIAN = 0x5e74;
const CLOSE_FULL = 0xff09;
const CLOSE_ASCII = 0x29;
