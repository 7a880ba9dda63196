import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { REFUSED } from './figure-words.js';
import { respectiveFigure, type RespectiveList } from './respective-lists.js';
import { SUM_WORDS } from './sum-words.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';
import { nextValue } from './value-patterns.js';

/*
 * The statement a 分别 list gives for the fact (respective-lists.ts pairs the figures with the items): the figure at the
 * fact's item, or the list's total when a clause right after it gives one.
 */

/** The figure of a 分别 list at the fact's position (respective-lists.ts), or REFUSED. */
export function respectiveMatch(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  list: Omit<RespectiveList, 'ss'>,
): FactMatch | typeof REFUSED {
  const { cs, ce, cueStart } = list;
  const m = respectiveFigure(index.text, x.valueSticky!, { ...list, ss: index.sentence(cs)[0] }, ctx.year);
  const parsed = m && parseMatch(x, m);
  if (!m || !parsed) return respectiveTotal(index, x, ctx, cs, ce) ?? REFUSED;
  const q = quote(index, cs, ce, cueStart, m.index + m[0].length, parsed.approximate);
  return new Match(parsed.value, m.index, ctx, cs, m.index, q);
}

/**
 * The total a clause right after a 分别 list gives when no item's figure is the fact's (各社区调委会分别受理纠纷9至27件，
 * 合计142件): a sum word opening the next clause of the sentence, then a figure of the fact.
 */
function respectiveTotal(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cs: number,
  ce: number,
): FactMatch | undefined {
  const text = index.text;
  if (ce >= index.sentence(cs)[1] || !CLAUSE_COMMA.test(text.charAt(ce))) return undefined;
  const next = index.clause(ce + 1);
  const lead = TOTAL_LEAD.exec(text.slice(next[0], next[1]));
  if (lead === null) return undefined;
  const m = nextValue(x.valueSticky!, text, next[0] + lead[0].length, next[0] + lead[0].length + 1);
  const parsed = m && parseMatch(x, m);
  if (!m || !parsed || m.index + m[0].length > next[1]) return undefined;
  const q = quote(index, cs, next[1], m.index, m.index + m[0].length, parsed.approximate, RESPECTIVE_TOTAL_NOTE);
  return new Match(parsed.value, m.index, ctx, cs, m.index, q);
}

const CLAUSE_COMMA = /[，,]/u;
/** A sum word opening a clause, then the figure, or a verb and its object first (合计142件, 共计评查案卷136卷). */
const TOTAL_LEAD = new RegExp(`^\\s*(?:${SUM_WORDS.join('|')})[^\\d，,；;。、]{0,8}?(?=\\d)`, 'u');
const RESPECTIVE_TOTAL_NOTE = '分别列出后的合计';
