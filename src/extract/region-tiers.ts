import type { FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import { isComma, isSemicolon, type TextIndex } from './text-index.js';
import { OTHER } from './scope-names.js';

/*
 * A region's committees told tier by tier with no total (区人民调解委员会受理62件；各街道调委会受理488件；各社区调委会受理
 * 1,305件): for a reporter of its region (a government, a 司法局) the region's figure is their sum, as a township's own
 * figure and its villages' are (unit-tiers.ts). Which words name such a body, and which the whole region, is the pack's
 * (facts.yaml `regionTiers`).
 */

/** The pack's words for one tier's body (调委会) and for the whole of them (全区, 各级, 合计). */
export type RegionTiers = { bodies: readonly string[]; whole: readonly string[]; levels?: readonly string[] };

/** How far a statement of tiers may run over its semicolons. */
const STATEMENT_REACH = 320;
/** How far after a whole word the body word it names may start (全区人民调解组织, 全县各级调委会). */
const WHOLE_REACH = 6;

/**
 * The statements to add when `kept` (the statement the reporter's role takes) is one part of a statement whose parts,
 * joined by semicolons, each name one tier's body before one figure of the fact (其中 parts left out) — at least two such
 * parts, none naming the whole, and no statement of the fact elsewhere naming it; else undefined.
 */
export function regionTierStatements(
  index: TextIndex,
  w: ClaimWords,
  statements: readonly FactMatch[],
  kept: FactMatch,
  tiers: RegionTiers,
): FactMatch[] | undefined {
  const text = index.text;
  const [from, to] = semicolonStatement(index, kept.valueOffset);
  const parts: FactMatch[] = [];
  let partStart = -1;
  for (const m of inOrder(statements, from, to)) {
    const start = partOf(index, m.valueOffset, from, tiers);
    if (start === partStart) {
      // a second figure of one part: its breakdown (其中涉农纠纷612件) is left out; anything else is no tier's figure
      if (w.breakdown.last(text, start, m.valueOffset) !== undefined) continue;
      return undefined;
    }
    const lead = text.slice(start, m.valueOffset);
    if (namesWhole(lead, tiers) || !namesBody(lead, tiers)) return undefined;
    parts.push(m);
    partStart = start;
  }
  if (parts.length < 2 || !parts.includes(kept)) return undefined;
  // a statement of the whole elsewhere (全区共受理纠纷1,855件) is the region's figure, not the tiers' sum — not another
  // body's whole (全市（蘩州）调解纠纷3.2万件 in a district's report)
  for (const m of statements)
    if ((m.valueOffset < from || m.valueOffset >= to) && m.scope !== OTHER && namesWhole(leadOf(index, m), tiers))
      return undefined;
  return parts;
}

/** The statements with a figure in [from, to), by place, each once. */
function inOrder(statements: readonly FactMatch[], from: number, to: number): FactMatch[] {
  const out: FactMatch[] = [];
  for (const m of statements)
    if (typeof m.value === 'number' && m.valueOffset >= from && m.valueOffset < to)
      if (!out.some((o) => o.valueOffset === m.valueOffset)) out.push(m);
  return out.sort((a, b) => a.valueOffset - b.valueOffset);
}

/**
 * The sentence holding `at` with the sentences its semicolons join before and after it, within reach — also where a
 * semicolon closes a line (…调解成功1,796件；⏎行业性…受理326件).
 */
function semicolonStatement(index: TextIndex, at: number): [number, number] {
  const text = index.text;
  let start = index.statementStart(index.sentence(at)[0], STATEMENT_REACH);
  for (let p = beforeBreaks(text, start - 1); p > 0 && isSemicolon(text.charCodeAt(p)) && at - p < STATEMENT_REACH; ) {
    start = index.statementStart(index.sentence(p)[0], STATEMENT_REACH);
    p = beforeBreaks(text, start - 1);
  }
  let end = index.sentence(at)[1];
  while (isSemicolon(text.charCodeAt(end)) && end - start < STATEMENT_REACH) {
    const next = pastBreaks(text, end + 1);
    if (next >= text.length) break;
    end = index.sentence(next)[1];
  }
  return [start, end];
}

/** The last offset at or before `p` that is no line break. */
function beforeBreaks(text: string, p: number): number {
  while (p > 0 && isLineBreak(text.charCodeAt(p))) p--;
  return p;
}

/** The first offset at or after `p` that is no line break. */
function pastBreaks(text: string, p: number): number {
  while (p < text.length && isLineBreak(text.charCodeAt(p))) p++;
  return p;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;

/**
 * Where the part holding `at` starts, not before `from`: past the semicolon before it, or past a comma whose clause names
 * a tier's body before the figure (县级调委会调解纠纷208件，乡镇、村调委会调解纠纷1,436件).
 */
function partOf(index: TextIndex, at: number, from: number, tiers: RegionTiers): number {
  const text = index.text;
  for (let p = at - 1; p > from; p--) {
    const c = text.charCodeAt(p);
    if (isSemicolon(c)) return p + 1;
    if (isComma(c) && namesBody(text.slice(p + 1, at), tiers)) return p + 1;
  }
  return from;
}

/** Whether a lead names one of the tiers' bodies. */
const namesBody = (lead: string, tiers: RegionTiers) => tiers.bodies.some((b) => lead.includes(b));

/** The words of a statement's clause before its figure. */
function leadOf(index: TextIndex, m: FactMatch): string {
  return index.text.slice(index.clause(m.valueOffset)[0], m.valueOffset);
}

/** Whether a lead names the whole: a whole word before a body word (全区人民调解组织), or one naming no body (全区共…, 合计). */
function namesWhole(lead: string, tiers: RegionTiers): boolean {
  const named = tiers.bodies.some((b) => lead.includes(b));
  for (const whole of tiers.whole) {
    const at = lead.indexOf(whole);
    if (at >= 0 && (!named || bodyWithin(lead, at + whole.length, tiers))) return true;
  }
  return false;
}

/**
 * Whether a body word starts within WHOLE_REACH characters from `from`, no level word between (全区人民调解组织; not
 * 全区8个街道人民调解委员会, the streets' tier across the district).
 */
function bodyWithin(lead: string, from: number, tiers: RegionTiers): boolean {
  return tiers.bodies.some((b) => {
    const i = lead.indexOf(b, from);
    return i >= 0 && i - from <= WHOLE_REACH && !namesLevel(lead.slice(from, i), tiers.levels);
  });
}

/** Whether the words hold a level word (街道, 行业性). */
const namesLevel = (between: string, levels: readonly string[] | undefined) =>
  levels?.some((l) => between.includes(l)) === true;
