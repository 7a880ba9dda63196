import type { ClaimContext } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { lastPeriodTag } from './time.js';
import { isDigitCode } from './text-index.js';

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
  return opening && opensWithOtherYear(text, cs, at, ctx.year);
}

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
