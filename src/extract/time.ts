import { lastJudging, type ClaimWords } from './claim-words.js';

/** Which period a figure belongs to: the report year, another period, or it is a change (提高5%), not a level. */
export type Period = 'report' | 'other' | 'change';

interface Tag {
  at: number;
  period: 'report' | 'other';
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The last period tag in [from, to), scanning back from `to`: a year numeral (the report
 * year or another), a this-year word (本年, 全年), or an other-year word (上年, 去年) not part
 * of a comparison (较上年 compares; it does not date the figure). yearsOnly: numerals only.
 */
export function lastPeriodTag(
  w: ClaimWords,
  text: string,
  from: number,
  to: number,
  year: number | undefined,
  yearsOnly = false,
): Tag | undefined {
  // the floor once, not a Math.max call per character (the loop runs interpreted at first)
  const floor = Math.max(0, from);
  for (let i = to - 1; i >= floor; i--) {
    // 2024年 (spaces allowed before 年): the numeral ends at i
    if (year !== undefined && isDigit(text.charCodeAt(i)) && i >= from + 3 && !isDigit(text.charCodeAt(i - 4))) {
      let k = i + 1;
      while (k < to && text[k] === ' ') k++;
      const y = text.slice(i - 3, i + 1);
      if (text[k] === '年' && /^(?:19|20)\d{2}$/.test(y))
        return { at: i - 3, period: Number(y) === year ? 'report' : 'other' };
    }
    if (yearsOnly) continue;
    const other = w.otherYear.at(text, i);
    if (
      other &&
      i + other.length <= to &&
      !w.ordinary.covers(text, i, other.length, w.ordinaryReach) &&
      !w.comparison.covers(text, i, other.length, COMPARISON_REACH)
    ) {
      return { at: i, period: 'other' };
    }
    const own = w.thisYear.at(text, i);
    if (own && i + own.length <= to && !w.ordinary.covers(text, i, own.length, w.ordinaryReach))
      return { at: i, period: 'report' };
  }
  return undefined;
}

/** How far before an other-year word a comparison holding it may start (与去年同期相比). */
const COMPARISON_REACH = 6;

/**
 * Whether the words right before a figure ([from, to)) make it a change rather than a level:
 * a comparison or change word (同比下降3%) with no level word after it (提高到95% is a level).
 */
export function isChange(w: ClaimWords, text: string, from: number, to: number): boolean {
  const c = lastJudging(w, w.comparison, text, from, to);
  const d = lastJudging(w, w.change, text, c ? c.at : from, to);
  const last = d ?? c;
  if (!last) return false;
  return !lastJudging(w, w.level, text, last.at + last.word.length, to);
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
  const clauseTag = lastPeriodTag(w, text, Math.max(contextFrom, clauseStart), cueStart, year);
  return (clauseTag ?? lastPeriodTag(w, text, contextFrom, cueStart, year, true))?.period ?? 'report';
}
