import { lastJudging } from './claim-words.js';
import { excluded, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';
import { nextValue } from './value-patterns.js';
import { OWN, REGION } from './scope-names.js';

/**
 * The reporter's share of a total, told in the 其中 clause right after it with no cue of its own (全县卫生健康系统开展
 * 普法宣传活动112场次，其中局机关组织9场次): for a department or town, which takes no region's figure, a statement of
 * the fact in its own words (a government or 司法局 reports the total). Only a share naming the reporter (本局, 局机关, 我镇 …: the
 * vocabulary's own scope words, not those naming its head: vocabulary `ownLeaders`) before its figure; not one set as a
 * target.
 */
export function ownShareAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  valueOffset: number,
): FactMatch | undefined {
  if (!ctx.ownFirst) return undefined;
  const w = ctx.words;
  const text = index.text;
  const names = (p: number, _lead: number, figureAt: number) => {
    const clause = index.clause(p);
    // judged as the fact's own statements are: a clause holding an exclude word is none of it
    if (excluded(index, w, clause[0], clause[1], x, p)) return false;
    return namesReporter(ctx, text, p, figureAt) && !lastJudging(w, w.target, text, p, figureAt);
  };
  const share = partAfter(index, x, ctx, valueOffset, names) ?? bracketedShare(index, x, ctx, valueOffset, names);
  // the share names the reporter, as a handling word's object too (其中涉及我局的9件): its own figure, not the total's
  // region the clause's words would give it — not where the reporter's word qualifies others (涉及我街道居民的案件37件), nor
  // for a fact a party word keeps a figure out of (excludeFigures 被申请人: the cases it is a party to are no intake)
  if (share?.scope === REGION && x.excludeFigures.length === 0 && ownWordThenDe(ctx, index.text, share))
    share.scope = OWN;
  return share;
}

/**
 * The first item of a breakdown in brackets right after the total's figure (全系统开展普法活动120场次（局机关15场次，县
 * 人民医院等各单位105场次）), when `names` accepts the words before its figure; else undefined.
 */
function bracketedShare(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  valueOffset: number,
  names: (p: number, leadEnd: number, figureAt: number) => boolean,
): FactMatch | undefined {
  const text = index.text;
  const total = nextValue(x.valueSticky!, text, valueOffset, valueOffset + 1);
  if (total === null) return undefined;
  const open = total.index + total[0].length;
  if (!BRACKET_OPEN.test(text.charAt(open))) return undefined;
  const p = open + 1;
  let end = p;
  while (end < text.length && end - p < SHARE_REACH && !ITEM_END.test(text.charAt(end))) end++;
  const m = nextValue(x.valueSticky!, text, p, end);
  if (!m || m.index + m[0].length > end || !names(p, p, m.index)) return undefined;
  const parsed = parseMatch(x, m);
  const whole = parseMatch(x, total);
  // a part is less than its whole: a bracket giving a stock beside the year's figure (新培育46名（全乡共有213名）) is none
  if (!parsed || !whole || typeof parsed.value !== 'number' || !(parsed.value < (whole.value as number)))
    return undefined;
  const cs = index.clause(valueOffset)[0];
  const q = quote(index, cs, end, p, m.index + m[0].length, parsed.approximate);
  return new Match(parsed.value, m.index, ctx, cs, m.index, q);
}

const BRACKET_OPEN = /[（(]/u;
/** What ends a bracketed item: the next item's mark, a clause's or the bracket's close. */
const ITEM_END = /[，,、；;。）)]/u;

/**
 * The figure of the 其中 clause right after the clause at `valueOffset`, in its sentence, when `names` accepts the words
 * before it (from the clause's start, the breakdown word's end, the figure's start); else undefined.
 */
function partAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  valueOffset: number,
  names: (p: number, leadEnd: number, figureAt: number) => boolean,
): FactMatch | undefined {
  const text = index.text;
  const se = index.sentence(valueOffset)[1];
  const p = index.clause(valueOffset)[1] + 1;
  if (p >= se) return undefined;
  const lead = ctx.words.breakdown.at(text, p);
  if (lead === undefined) return undefined;
  const clause = index.clause(p);
  const m = nextValue(x.valueSticky!, text, p, Math.min(clause[1], p + SHARE_REACH));
  if (!m || m.index + m[0].length > clause[1] || !names(p, p + lead.length, m.index)) return undefined;
  const parsed = parseMatch(x, m);
  if (!parsed) return undefined;
  const q = quote(index, clause[0], clause[1], p, m.index + m[0].length, parsed.approximate);
  return new Match(parsed.value, m.index, ctx, clause[0], m.index, q);
}

/** How far into the 其中 clause its figure may start. */
const SHARE_REACH = 40;

/** Whether an own scope word in the share's clause before its figure is followed right by 的 (涉及我局的9件). */
function ownWordThenDe(ctx: ClaimContext, text: string, share: FactMatch): boolean {
  const w = ctx.words;
  const hits = w.scopeWords.find(text, share.at, share.valueOffset);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (w.scopeOf.get(h.word) === OWN && text.charAt(h.at + h.word.length) === '的') return true;
  }
  return false;
}

/** Whether one of the vocabulary's own scope words (本局, 局机关, 我镇) stands in [from, to). */
function namesReporter(ctx: ClaimContext, text: string, from: number, to: number): boolean {
  const w = ctx.words;
  const hits = w.scopeWords.find(text, from, to);
  for (let k = 0; k < hits.length; k++) {
    const word = hits[k]!.word;
    // its head or leading group (其中局长出庭3件) breaks down the reporter's own figure: no share of a larger one
    if (w.scopeOf.get(word) === OWN && w.ownLeaders.at(word, 0) !== word) return true;
  }
  return false;
}

/**
 * The part of a context cue's total that its context names right after 其中 (组织执法人员和窗口工作人员开展培训2场次，
 * 参训150人次，其中执法人员96人次; 培训620人次，其中执法人员188人次、农资经营户432人次): the total counts a mixed group, the
 * part is the fact's. Only a part the context word itself opens, its figure right after it (SHARE_LEAD), not a kind of
 * it (其中新任执法人员岗前培训…), a class of it (其中执法骨干专题研修班1期、36人次: a kind of the whole, which stands), another
 * fact's figure (受理纠纷21件，其中调解成功20件) nor another thing (其中局长出庭3件).
 */
export function contextShareAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  valueOffset: number,
): FactMatch | undefined {
  const text = index.text;
  return partAfter(index, x, ctx, valueOffset, (_p, leadEnd, figureAt) => {
    const word = contextFirst(text, leadEnd, x.context);
    return word !== undefined && figureAt - (leadEnd + word.length) <= SHARE_LEAD;
  });
}

/**
 * How many characters may stand between the group a share names and its figure: none (其中执法人员96人次) — words there
 * make it another fact's figure (其中调解成功20件, 其中复议机关维持8件) or a class's (其中执法骨干专题研修班1期、36人次).
 */
const SHARE_LEAD = 0;

/** The context word starting at `from`, if one does (CONTEXT_QUALIFIER: how many characters may come first). */
function contextFirst(text: string, from: number, context: string[]): string | undefined {
  for (let k = 0; k < context.length; k++)
    for (let at = from; at <= from + CONTEXT_QUALIFIER; at++) if (text.startsWith(context[k]!, at)) return context[k];
  return undefined;
}

const CONTEXT_QUALIFIER = 0;
