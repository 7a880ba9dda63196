import type { FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * A figure counted up to a day of the year (截至12月20日，镇调委会受理纠纷49件) or over an event's span (“宪法宣传周”期间开展
 * 宣传活动38场) and the same thing for the whole year told after it (全年镇调委会共受理纠纷52件; 全年累计开展…
 * 286场): the whole year's is the report's figure. Both are the report year's, so neither is dated away; the one the text
 * gives for the year wins over the one it gives for a part.
 * (A figure of 上半年 or 第二季度 is dated away before: time.ts.)
 */

/** The whole year's statement of the same rank told after a kept one counted up to a date or over an event's span, if there is one. */
export function yearAfterAsOf(index: TextIndex, w: ClaimWords, chosen: Ranked[], best: Ranked): FactMatch | undefined {
  if (
    chosen.length === 1 ||
    !(
      countedUpTo(index, best.m.valueOffset) ||
      countedInSpan(index, w, statementStart(index, best.m.valueOffset), best.m.valueOffset)
    )
  )
    return undefined;
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank } = chosen[k]!;
    if (rank !== best.rank || m.valueOffset <= best.m.valueOffset || m.value === best.m.value) continue;
    const from = statementStart(index, m.valueOffset);
    if (w.thisYear.last(index.text, from, m.valueOffset) === undefined || countedUpTo(index, m.valueOffset)) continue;
    // (its own clause only: the part told first may open the sentence the whole year's figure ends)
    if (!countedInSpan(index, w, Math.max(index.clause(m.valueOffset)[0], from), m.valueOffset)) return m;
  }
  return undefined;
}

/** Whether the words of the statement before the figure count up to a date (截至12月20日, 截止11月底). */
function countedUpTo(index: TextIndex, at: number): boolean {
  return AS_OF_DATE.test(index.text.slice(statementStart(index, at), at));
}

/**
 * Whether the words from `from` to the figure at `at` count it over an event's span (vocabulary eventSpan: 在春节返乡
 * 期间，…开展…12场) and none of them names the year (全年…).
 */
function countedInSpan(index: TextIndex, w: ClaimWords, from: number, at: number): boolean {
  return w.eventSpan.anyWithin(index.text, from, at) && w.thisYear.last(index.text, from, at) === undefined;
}

/**
 * Where the statement holding `at` starts: its sentence's start — a semicolon ends the index's sentences (…49件；全年…52件)
 * — within reach.
 */
function statementStart(index: TextIndex, at: number): number {
  return Math.max(index.sentence(at)[0], at - AS_OF_REACH);
}

/** 截至 / 截止 then a month (and a day, 底, 末), with no clause of its own past it. */
const AS_OF_DATE = /(?:截至|截止)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月/u;
const AS_OF_REACH = 60;
