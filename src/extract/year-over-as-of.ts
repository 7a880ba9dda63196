import type { FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * A figure counted up to a day of the year (截至12月20日，镇调委会受理纠纷49件) and the same thing for the whole year told
 * after it (全年镇调委会共受理纠纷52件): the whole year's is the report's figure. Both are the report year's, so neither
 * is dated away; the one the text gives for the year wins over the one it gives so far.
 */

/** The whole year's statement of the same rank told after a kept one counted up to a date, if there is one. */
export function yearAfterAsOf(index: TextIndex, w: ClaimWords, chosen: Ranked[], best: Ranked): FactMatch | undefined {
  if (chosen.length === 1 || !countedUpTo(index, best.m.valueOffset)) return undefined;
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank } = chosen[k]!;
    if (rank !== best.rank || m.valueOffset <= best.m.valueOffset || m.value === best.m.value) continue;
    const from = statementStart(index, m.valueOffset);
    if (w.thisYear.last(index.text, from, m.valueOffset) !== undefined && !countedUpTo(index, m.valueOffset)) return m;
  }
  return undefined;
}

/** Whether the words of the statement before the figure count up to a date (截至12月20日, 截止11月底). */
function countedUpTo(index: TextIndex, at: number): boolean {
  return AS_OF_DATE.test(index.text.slice(statementStart(index, at), at));
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
