import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';
import { nextValue } from './value-patterns.js';
import { SUM_WORDS } from './sum-words.js';

/*
 * A figure restated right after itself in another of the fact's units, after a sum word (培训班9期、共12场次; 3期（共6场
 * 次）; 参训执法人员27人、合计81人次): the fact's own unit is the one its units list first (场次 before 期, 人次 before 人),
 * so the restatement in an earlier-listed unit is the figure. One in a later-listed unit (81人次、共27人) leaves the first.
 */

/** The restatement of m's figure in an earlier-listed unit of the fact, or undefined when none follows it. */
export function restatedInUnit(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
): FactMatch | undefined {
  const units = x.def.units;
  if (units === undefined || units.length < 2) return undefined;
  const text = index.text;
  const re = x.valueSticky!;
  const first = nextValue(re, text, m.valueOffset, m.valueOffset + 1);
  if (first === null) return undefined;
  const after = first.index + first[0].length;
  SUM_LEAD.lastIndex = after;
  const lead = SUM_LEAD.exec(text);
  if (lead === null) return undefined;
  const at = after + lead[0].length;
  const second = nextValue(re, text, at, at + 1);
  if (second === null) return undefined;
  // figures a 分别 pairs with a list's items (评查行政执法案卷、病历分别为140卷、60份) are each an item's, not one restated
  const cs = index.clause(m.valueOffset)[0];
  if (
    lead[0].trim() === '、' &&
    ctx.words.respectively.last(text, Math.max(cs, first.index - RESPECTIVE_REACH), first.index) !== undefined
  )
    return undefined;
  const was = unitRank(units, first[0]);
  const now = unitRank(units, second[0]);
  if (was < 0 || now < 0 || now >= was) return undefined;
  const parsed = parseMatch(x, second);
  if (parsed === undefined) return undefined;
  const e = m.evidence;
  const end = at + second[0].length;
  // (the bracket the restatement opened closes the quote: 2期（共4场次）)
  const close = BRACKET_CLOSE.test(text.charAt(end)) ? end + 1 : end;
  const q = quote(index, e.offset!, close, at, end, parsed.approximate, NOTE);
  // (placed at the first figure, as the statement it restates: what judges it there judges the same statement)
  const restated = new Match(parsed.value, m.valueOffset, ctx, cs, e.offset!, q);
  restated.scope = m.scope;
  return restated;
}

/** The place in the fact's units of the longest one the figure ends with (12场次: 场次, not 次), or -1. */
function unitRank(units: readonly string[], figure: string): number {
  let best = -1;
  for (let k = 0; k < units.length; k++)
    if (figure.endsWith(units[k]!) && (best < 0 || units[k]!.length > units[best]!.length)) best = k;
  return best;
}

/**
 * A list mark, comma or opening bracket, then a sum word, right after the figure (、共 / （共 / ，合计) — or a list mark
 * alone, the next figure right after it (参训执法人员386名、1158人次: the same people counted in the fact's own unit).
 */
const SUM_LEAD = new RegExp(`\\s*(?:[、，,（(]\\s*(?:${SUM_WORDS.join('|')}|共)|、)\\s*`, 'uy');
const BRACKET_CLOSE = /[）)]/u;
/** How far before a list of figures its respectively word may stand (…分别为140卷、60份; a few words between). */
const RESPECTIVE_REACH = 12;
const NOTE = '同一数字以本项计量单位重述';
