import { breaksDown, STATEMENT_REACH } from './breakdowns.js';
import type { ClaimWords } from './claim-words.js';
import type { TextIndex } from './text-index.js';
import { lastPeriodTag } from './time.js';

/*
 * A running total (累计…4126名) beside the year's part of it: the total is then no year's figure.
 */

/**
 * Whether a running total (累计培养…4126名) is followed in its sentence by a 其中 clause dated to a year or this year
 * (其中2024年新培养638名; 其中本年度新增…), or by a clause opening with the year's words (本年新增41名): the year's
 * part is then stated, and the total is no year's figure.
 */
export function cumulativeBesideYearPart(
  index: TextIndex,
  w: ClaimWords,
  valueOffset: number,
  year: number | undefined,
): boolean {
  const text = index.text;
  const clause = index.clause(valueOffset);
  if (w.cumulative.last(text, clause[0], valueOffset) === undefined) return false;
  if (yearPartBefore(index, w, valueOffset, year)) return true;
  const se = Math.min(index.sentence(valueOffset)[1], valueOffset + STATEMENT_REACH);
  for (let p = clause[1] + 1; p < se; p = index.clause(p)[1] + 1) {
    const ce = index.clause(p)[1];
    // a 其中 clause, or one opening with the year's words that counts the same thing (…230名，本年新增41名; not
    // …参训1890人次，全年举办培训13场次)
    if (!breaksDown(index, w, p)) {
      const tag = lastPeriodTag(w, text, p, Math.min(ce, p + YEAR_OPENING), year);
      if (tag?.period === 'report' && tag.at - p <= 1 && sameUnitIn(text, valueOffset, p, ce)) return true;
      continue;
    }
    if (lastPeriodTag(w, text, p, ce, year)?.period === 'report') return true;
    // with the report year unknown, any one year's part (其中2024年新培养…)
    if (year === undefined && A_YEAR.test(text.slice(p, ce))) return true;
  }
  return false;
}

/**
 * Whether a clause before the running total in its statement opens with the year's words and counts the same thing
 * (年内新培养“法律明白人”318名，截至2024年底，全区累计培养…2360名): the year's part is stated before it.
 */
function yearPartBefore(index: TextIndex, w: ClaimWords, valueOffset: number, year: number | undefined): boolean {
  const text = index.text;
  // back over semicolons (全年新培育…260名；截至2025年12月，全区累计培育…3,120名)
  const ss = index.statementStart(valueOffset, STATEMENT_REACH);
  const vcs = index.clause(valueOffset)[0];
  if (vcs - ss > LONG_STATEMENT) return yearPartAmong(index, w, valueOffset, year, ss, vcs);
  for (let p = ss; p < vcs; p = index.clause(p)[1] + 1)
    if (opensWithYear(index, w, p, year) && sameUnitIn(text, valueOffset, p, index.clause(p)[1])) return true;
  return false;
}

/** Whether the clause starting at p opens with the report year's words (本年新增…, 2024年新培养…). */
function opensWithYear(index: TextIndex, w: ClaimWords, p: number, year: number | undefined): boolean {
  const tag = lastPeriodTag(w, index.text, p, Math.min(index.clause(p)[1], p + YEAR_OPENING), year);
  return tag?.period === 'report' && tag.at - p <= 1;
}

/**
 * yearPartBefore over a long statement (a text with no stops is one sentence thousands of characters long, and each
 * running total in it looked at every clause back to its start): whether one of the document's clauses opening with
 * the year's words and counting in the figure's unit starts in [ss, vcs). Those clauses are found once a document, and
 * once a unit (their starts, ascending), so a look-up is a binary search.
 */
function yearPartAmong(
  index: TextIndex,
  w: ClaimWords,
  valueOffset: number,
  year: number | undefined,
  ss: number,
  vcs: number,
): boolean {
  const unit = unitAfter(index.text, valueOffset);
  if (unit === undefined) return false;
  let known = yearOpenings.get(index);
  if (known === undefined || known.w !== w || known.year !== year) {
    const starts: number[] = [];
    for (let p = 0; p < index.text.length; p = index.clause(p)[1] + 1)
      if (opensWithYear(index, w, p, year)) starts.push(p);
    known = { w, year, starts, byUnit: new Map() };
    yearOpenings.set(index, known);
  }
  let starts = known.byUnit.get(unit);
  if (starts === undefined) {
    starts = known.starts.filter((p) => unitIn(index.text, unit, p, index.clause(p)[1]));
    known.byUnit.set(unit, starts);
  }
  // the first at or after ss
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < ss) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < vcs;
}

/** How long a statement before a running total is read by the document's year-opening clauses (yearPartAmong). */
const LONG_STATEMENT = 1000;
/** Each document's clauses opening with the report year's words (for the words and year read with), and by unit. */
const yearOpenings = new WeakMap<
  TextIndex,
  { w: ClaimWords; year: number | undefined; starts: number[]; byUnit: Map<string, number[]> }
>();

const A_YEAR = /(?:19|20)\d{2}\s*年/u;
/** Whether [from, to) holds a figure in the unit of the figure at `valueOffset` (230名 … 41名). */
function sameUnitIn(text: string, valueOffset: number, from: number, to: number): boolean {
  const unit = unitAfter(text, valueOffset);
  return unit !== undefined && unitIn(text, unit, from, to);
}

/** The unit after the figure at `valueOffset` (名 of 1,260名), if any. */
function unitAfter(text: string, valueOffset: number): string | undefined {
  FIGURE_UNIT.lastIndex = valueOffset;
  return FIGURE_UNIT.exec(text)?.[1];
}

/** Whether [from, to) holds `unit` after a numeral (the unit opening the span ends the look, as it always has). */
function unitIn(text: string, unit: string, from: number, to: number): boolean {
  const clause = text.slice(from, to);
  for (let i = clause.indexOf(unit); i > 0; i = clause.indexOf(unit, i + 1))
    if (NUMERAL_END.test(clause[i - 1]!)) return true;
  return false;
}

/** A figure's digits or numerals and the unit after them (1,260名, 二百三十名, 两百多名). */
const FIGURE_UNIT =
  /[\d,，.０-９〇零一两二三四五六七八九十百千万余多]+\s*([^\d\s,，.０-９〇零一两二三四五六七八九十百千万余多；;。，,、）)]{1,2})/uy;
const NUMERAL_END = /[\d０-９〇零一两二三四五六七八九十百千万余多]/u;

/** How far into a clause the year's words (本年, 今年, 2024年) may end for it to open with them. */
const YEAR_OPENING = 6;
