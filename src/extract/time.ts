import { judging, type ClaimWords } from './claim-words.js';

/** Which period a figure belongs to: the report year, another period, or it is a change (提高5%), not a level. */
export type Period = 'report' | 'other' | 'change';

const YEAR = /((?:19|20)\d{2})\s*年/gu;

interface Tag {
  at: number;
  period: 'report' | 'other';
}

/**
 * The last period tag in [from, to): a year numeral (the report year or another), a
 * this-year word (本年, 全年), or an other-year word (上年, 去年) not part of a comparison
 * (较上年 compares; it does not date the figure).
 */
export function lastPeriodTag(w: ClaimWords, text: string, from: number, to: number, year: number | undefined): Tag | undefined {
  let last: Tag | undefined;
  const take = (t: Tag) => {
    if (!last || t.at >= last.at) last = t;
  };
  const window = text.slice(from, to);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(window); m; m = YEAR.exec(window)) {
    if (year === undefined) continue;
    take({ at: from + m.index, period: Number(m[1]) === year ? 'report' : 'other' });
  }
  const comparisons = judging(w, w.comparison, text, from, to);
  const inComparison = (at: number) => comparisons.some((c) => at >= c.at && at < c.at + c.word.length);
  for (const o of judging(w, w.otherYear, text, from, to)) if (!inComparison(o.at)) take({ at: o.at, period: 'other' });
  for (const o of judging(w, w.thisYear, text, from, to)) take({ at: o.at, period: 'report' });
  return last;
}

/**
 * Whether the words right before a figure ([from, to)) make it a change rather than a level:
 * a comparison or change word (同比下降3%) with no level word after it (提高到95% is a level).
 */
export function isChange(w: ClaimWords, text: string, from: number, to: number): boolean {
  const changes = [...judging(w, w.comparison, text, from, to), ...judging(w, w.change, text, from, to)];
  if (changes.length === 0) return false;
  const lastChange = Math.max(...changes.map((c) => c.at + c.word.length));
  return !judging(w, w.level, text, lastChange, to).length;
}

/**
 * The period of a figure at `valueStart` read for a cue at `cueStart`: the words between
 * cue and figure decide first (…，2024年为90%), then the clause and sentence before the cue
 * (2023年，全县出庭应诉率为100%).
 */
export function periodOf(
  w: ClaimWords,
  text: string,
  contextFrom: number,
  cueStart: number,
  segmentFrom: number,
  valueStart: number,
  year: number | undefined,
): Period {
  const near = lastPeriodTag(w, text, segmentFrom, valueStart, year);
  if (near?.period === 'other') return 'other';
  if (isChange(w, text, near ? near.at : segmentFrom, valueStart)) return 'change';
  if (near) return near.period;
  return lastPeriodTag(w, text, contextFrom, cueStart, year)?.period ?? 'report';
}
