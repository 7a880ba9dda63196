import { indexIn } from './bounded-search.js';
import { holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';
import { nextValue, valueEndAt } from './value-patterns.js';

/*
 * The fact's own kind among other kinds of the thing it counts (facts.yaml otherKinds: 刑事案卷 beside 行政案卷): the
 * part of its own kind a breakdown gives, and a figure that is another kind's alone.
 */

const ENUM_COMMA = '、';

/**
 * The part of the fact's own kind a 其中 clause right after a total gives, when the total or its parts name another
 * kind of the thing (facts.yaml otherKinds: 评查执法案卷476卷，其中刑事案卷120卷、行政案卷356卷 → 356; 评查刑事、行政案件
 * 案卷860卷，其中行政案卷410卷 → 410): the sum of the parts naming no other kind. Undefined when no other kind is named,
 * or a part holds no figure.
 */
export function ownKindAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  valueOffset: number,
): FactMatch | undefined {
  if (x.otherKinds.length === 0) return undefined;
  const text = index.text;
  const clause = index.clause(valueOffset);
  const bracket = bracketedBreakdown(index, x, ctx.words, valueOffset);
  const p = bracket?.[0] ?? clause[1] + 1;
  if (!bracket && (p >= index.sentence(valueOffset)[1] || ctx.words.breakdown.at(text, p) === undefined))
    return undefined;
  const partEnd = bracket?.[1] ?? index.clause(p)[1];
  let other = holdsAny(text.slice(clause[0], valueOffset), x.otherKinds);
  let sum = 0;
  let first: RegExpExecArray | undefined;
  let approximate = false;
  for (let from = p; from < partEnd; ) {
    let to = indexIn(text, ENUM_COMMA, from, partEnd + 1);
    if (to < 0) to = partEnd;
    const m = nextValue(x.valueSticky!, text, from, to);
    const parsed = m === null ? undefined : parseMatch(x, m);
    if (m === null || parsed === undefined || typeof parsed.value !== 'number') return undefined;
    if (holdsAny(text.slice(from, to), x.otherKinds)) other = true;
    else {
      sum += parsed.value;
      first ??= m;
      approximate ||= parsed.approximate;
    }
    from = to + 1;
  }
  if (!other || first === undefined) return undefined;
  const q = quote(index, clause[0], partEnd, valueOffset, first.index + first[0].length, approximate, OWN_KIND_NOTE);
  return new Match(sum, first.index, ctx, clause[0], first.index, q);
}

const OWN_KIND_NOTE = '其中本类部分，不含其他种类';

/**
 * A breakdown in brackets right after the figure at `valueOffset` and its unit (评查案卷470卷（其中行政执法案卷422卷、
 * 刑事案卷48卷）): where its parts start (at 其中) and end (the closing bracket); undefined when none follows.
 */
function bracketedBreakdown(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  valueOffset: number,
): [number, number] | undefined {
  const text = index.text;
  const open = valueEndAt(x.valueSticky!, text, valueOffset);
  if (open < 0) return undefined;
  const c = text.charCodeAt(open);
  if ((c !== 0xff08 && c !== 0x28) || w.breakdown.at(text, open + 1) === undefined) return undefined;
  const close = text.slice(open, Math.min(text.length, open + BRACKET_REACH)).search(/[）)]/u);
  return close < 0 ? undefined : [open + 1, open + close];
}
const BRACKET_REACH = 60;

/**
 * Whether the figure at `valueOffset`, read for a cue starting at `at`, is another kind's alone (另评查刑事案卷40卷 for
 * administrative files): the words from the cue to it name one of the fact's otherKinds, and neither they nor the
 * figure's unit run on into a list of kinds (评查刑事案卷140卷、行政案卷205卷 is read as a list) or a breakdown.
 */
export function otherKindOnly(
  index: TextIndex,
  x: FactExtractor,
  w: ClaimWords,
  at: number,
  valueOffset: number,
): boolean {
  if (x.otherKinds.length === 0) return false;
  const text = index.text;
  const span = text.slice(at, valueOffset);
  if (!holdsAny(span, x.otherKinds) || span.includes(ENUM_COMMA) || w.breakdown.last(text, at, valueOffset))
    return false;
  const end = valueEndAt(x.valueSticky!, text, valueOffset);
  return end < 0 || text[end] !== ENUM_COMMA;
}

/**
 * Whether a weak cue's figure (合法性审核126件, where a stronger cue names no 规范性文件) counts what its clause names of
 * another kind too (对县政府重大合同、行政规范性文件、重大行政决策等开展合法性审核126件): the act's objects stand before it,
 * so the clause's words up to the figure are weighed, not only the cue's; a total of kinds together is none of the fact's.
 */
export function weakOverOtherKinds(index: TextIndex, x: FactExtractor, at: number, valueOffset: number): boolean {
  if (x.otherKinds.length === 0 || x.weakCues.length === 0) return false;
  const text = index.text;
  if (!x.weakCues.some((cue) => text.startsWith(cue, at))) return false;
  return holdsAny(text.slice(index.clause(at)[0], valueOffset), x.otherKinds);
}
