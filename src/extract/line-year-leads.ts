import { lastIndexIn } from './bounded-search.js';
import type { ClaimWords } from './claim-words.js';
import { pastItemMark } from './item-mark.js';
import { pastBlanks } from './line-spans.js';

/*
 * A paragraph opening with a later year standing alone as its first clause (2026年，我们将…；开展普法活动不少于30场；
 * 组织执法人员培训2次。): every clause of the line is that year's — a plan — though semicolons end its statements and
 * no heading names the plan. A full stop ends the reach (the next statement may tell the year's own), as does any year
 * or report-year word between (…；今年已…).
 */

/**
 * Where the line holding `at` opens with a year after the report year as its first clause, when nothing between that
 * lead and `at` ends a full sentence or names a year of its own: the line's start; undefined otherwise.
 */
export function laterYearLineFrom(
  w: ClaimWords,
  text: string,
  at: number,
  year: number | undefined,
): number | undefined {
  if (year === undefined) return undefined;
  // (this runs for every figure's period: the line's start is looked for within reach only)
  const floor = Math.max(0, at - LINE_REACH);
  const nl = lastIndexIn(text, '\n', floor, at);
  if (nl < 0 && floor > 0) return undefined;
  const ls = nl + 1;
  LEAD_YEAR.lastIndex = pastItemMark(text, pastBlanks(text, ls));
  const m = LEAD_YEAR.exec(text);
  if (m === null || Number(m[1]) <= year || LEAD_YEAR.lastIndex > at) return undefined;
  const between = text.slice(LEAD_YEAR.lastIndex, at);
  if (FULL_STOP.test(between) || A_YEAR.test(between) || w.thisYear.anyWithin(text, LEAD_YEAR.lastIndex, at))
    return undefined;
  return ls;
}

/** How far back the line's start is looked for. */
const LINE_REACH = 300;
/** A year alone as a clause: 2026年， 2026年度， (claim-years.ts reads it too) */
export const LEAD_YEAR = /((?:19|20)\d{2})\s*年度?\s*[，,]/uy;
export const A_YEAR = /(?:19|20)\d{2}\s*年/u;
const FULL_STOP = /[。！？!?]/u;
