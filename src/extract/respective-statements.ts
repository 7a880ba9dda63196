import { holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import { endsWithNoun } from './noun-endings.js';
import type { FactExtractor } from './compile.js';
import { REFUSED } from './figure-words.js';
import {
  figureList,
  itemSpans,
  placesFigures,
  quotedKinds,
  respectiveFigure,
  subjectsFigures,
  type RespectiveList,
} from './respective-lists.js';
import { SUM_WORDS } from './sum-words.js';
import { beforeBlanks, pastBlanks } from './line-spans.js';
import { BODY, OWN, REGION } from './scope-names.js';
import type { TextIndex } from './text-index.js';
import { figuresSum, parseMatch } from './value-parse.js';
import { scopeNamed } from './head-lists.js';
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
  // the item a stage word names is the fact's, not the one its weak cue names (收到复议申请、受理、审结分别为87件、79件、
  // 74件: received is 受理's 79, as in 收到复议申请104件、受理97件)
  if (weakItem(index.text, x, cueStart, list.respAt, cs)) return REFUSED;
  const whole = { ...list, ss: index.sentence(cs)[0] };
  const m = respectiveFigure(index.text, x.valueSticky!, whole, ctx.year);
  const parsed = m && parseMatch(x, m);
  if (!m || !parsed)
    return (
      respectiveTotal(index, x, ctx, cs, ce) ??
      subjectsSum(index, x, ctx, whole) ??
      kindsSum(index, x, ctx, whole) ??
      REFUSED
    );
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
  // a total naming another fact (…分别受理纠纷37件、264件，共调解成功290件) is that fact's
  if (lead === null || x.othersNaming.last(text, next[0], next[0] + lead[0].length) !== undefined) return undefined;
  const m = nextValue(x.valueSticky!, text, next[0] + lead[0].length, next[0] + lead[0].length + 1);
  const parsed = m && parseMatch(x, m);
  if (!m || !parsed || m.index + m[0].length > next[1]) return undefined;
  const q = quote(index, cs, next[1], m.index, m.index + m[0].length, parsed.approximate, RESPECTIVE_TOTAL_NOTE);
  return new Match(parsed.value, m.index, ctx, cs, m.index, q);
}

/**
 * The sum of a 分别 list's figures when the cue follows the respectively word and each figure is one subject's (甲村、乙村
 * 调委会分别受理9件、12件 → 21): what the subjects did together. Undefined for a count's list that is not all of one kind
 * of figure.
 */
function subjectsSum(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  list: RespectiveList,
): FactMatch | undefined {
  if (x.type !== 'count') return undefined;
  const w = ctx.words;
  const text = index.text;
  const listed = subjectsFigures(w, text, x.valueSticky!, list);
  if (listed === undefined) return placesSum(index, x, ctx, list);
  // the reporter's own parts (局机关和执法大队分别组织培训4场、7场): together the reporter's own figure
  const own = ownParts(w, text, listed.items);
  const tiers = tiersOfOneBody(w, text, listed.items);
  if (
    !own &&
    !tiers &&
    !subjectsOfOneKind(w, text, listed.subjects[0], listed.subjects[1]) &&
    !meetings(x, ctx, text, listed.items)
  )
    return placesSum(index, x, ctx, list);
  const figures = listed.figures;
  // a list of some subjects, the rest told after it (其余11个司法所受理…): no whole
  const se = index.sentence(list.cs)[1];
  if (w.remainder.anyWithin(text, list.ce, se) || w.others.anyWithin(text, list.ce, se)) return undefined;
  const sum = listSum(index, x, ctx, [list.cs, list.ce], figures, SUBJECTS_NOTE);
  if (sum === undefined) return undefined;
  if (own) {
    sum.scope = OWN;
    return sum;
  }
  // the network's levels from the county's down (县级调委会、乡镇调委会和村调委会): together the region's
  if (tiers && fromTopTier(w, text, listed.items)) {
    sum.scope = REGION;
    return sum;
  }
  // the reporter's name opening a list of bodies (县市场监管局、县交通运输局…分别被诉3件、2件…): their sum is none of its own
  return sum.scope.startsWith(BODY) && ctx.reporterScope(sum.scope) === OWN ? undefined : sum;
}

const SUBJECTS_NOTE = '分别列出各主体的数字，相加';

/**
 * The sum of a 分别 list's figures for the places the one activity was held at (分别在各社区、学校、商圈开展普法宣传活动12场、
 * 9场、7场 → 28): none when a place names a scope (全县各乡镇: whose the events were is then another question).
 */
function placesSum(index: TextIndex, x: FactExtractor, ctx: ClaimContext, list: RespectiveList): FactMatch | undefined {
  const text = index.text;
  const listed = placesFigures(ctx.words, text, x.valueSticky!, list);
  if (listed === undefined) return undefined;
  const first = listed.items[0]!;
  if (ctx.words.scopeWords.anyWithin(text, first[0], listed.items[listed.items.length - 1]![1])) return undefined;
  return listSum(index, x, ctx, [list.cs, list.ce], listed.figures, PLACES_NOTE);
}

const PLACES_NOTE = '分别列出各地点的数字，相加';

/**
 * The sum of a 分别 list's figures for kinds of the fact's own activity, closed by 等 and the fact's cue as the head
 * noun every kind shares (法治讲座、以案释法、文艺汇演等普法活动分别开展46场、28场、12场 → 86): each kind is one of the
 * fact's, so together they are its figure. Kinds named whole with no shared head (法律知识培训、业务技能培训分别为2场、5场)
 * may pair the fact with another thing, and give none.
 */
function kindsSum(index: TextIndex, x: FactExtractor, ctx: ClaimContext, list: RespectiveList): FactMatch | undefined {
  // (a summed fact's kinds read their own figures: 撤销、变更等方式纠错分别为5件、2件 — their sum is made there)
  if (x.type !== 'count' || x.aggregate === 'sum') return undefined;
  const text = index.text;
  const { cs, ce, respAt, cueStart, cueEnd, vStart } = list;
  // (the cue right before the respectively word, or with its head noun between: …普法宣传活动分别为…)
  if (cueEnd > respAt || !HEAD_NOUN.test(text.slice(cueEnd, respAt).trim())) return undefined;
  // (looked for within its reach only: a text with no 等 is not searched back to its start for every list)
  const from = Math.max(cs, cueStart - KINDS_HEAD_REACH);
  const closing = text.slice(from, cueStart).lastIndexOf(KINDS_CLOSED);
  // (or quoted names right before the cue, each a kind of it: “安全生产月”“防灾减灾日”普法宣传活动分别为11场次、6场次)
  const items = closing >= 0 ? itemSpans(text, cs, from + closing) : quotedKinds(text, cs, cueStart);
  if (items === undefined) return undefined;
  const figures = figureList(text, x.valueSticky!, vStart, ce);
  if (figures.length < 2 || items.length !== figures.length) return undefined;
  return listSum(index, x, ctx, [cs, ce], figures, KINDS_NOTE);
}

/** The sum of a 分别 list's figures, quoted from the first to the last with `note`; undefined when one does not parse. */
function listSum(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  [cs, ce]: [number, number],
  figures: RegExpExecArray[],
  note: string,
): FactMatch | undefined {
  const total = figuresSum(x, figures);
  if (total === undefined) return undefined;
  const first = figures[0]!;
  const last = figures[figures.length - 1]!;
  const q = quote(index, cs, ce, first.index, last.index + last[0].length, total.approximate, note);
  return new Match(total.value, first.index, ctx, cs, first.index, q);
}

/** Nothing, or a head noun of up to two characters, between the cue and 分别. */
const HEAD_NOUN = /^[\u4e00-\u9fff]{0,2}$/u;
/** 等, closing a list of kinds before the noun they share. */
const KINDS_CLOSED = '等';
/** How far before the cue the 等 closing the kinds may stand (等各类普法活动: a few words between). */
const KINDS_HEAD_REACH = 4;
const KINDS_NOTE = '分别列出各类的数字，相加';

/**
 * Whether every subject of a 分别 list ends with one of the fact's respectiveBodies (县委常委会会议、县政府常务会议: the
 * meetings a summed fact adds, whichever bodies hold them) and all are of one scope as the reporter's role reads it
 * (a government's 常委会 and 常务会议, its own; not those beside the committee's, 区政府常务会议、区委全面依法治区委员会
 * 全体会议: the role chooses between such, so the list gives no sum).
 */
function meetings(x: FactExtractor, ctx: ClaimContext, text: string, items: Array<[number, number]>): boolean {
  const ends = x.def.respectiveBodies;
  if (ends === undefined || x.aggregate !== 'sum') return false;
  let scope: string | undefined;
  for (let k = 0; k < items.length; k++) {
    const [from, to] = items[k]!;
    const item = text.slice(from, to).trim();
    if (!ends.some((e) => item.endsWith(e))) return false;
    const named = scopeNamed(ctx, text, from, to);
    if (named !== undefined && scope !== undefined && named !== scope) return false;
    scope ??= named;
  }
  return true;
}

/**
 * Whether a 分别 list's subjects are the reporter's own parts: its own scope word standing for a part (局机关, 本局) and
 * its own arms (执法大队, 稽查中队: vocabulary ownArms, a few words perhaps before them), nothing else — not a whole and
 * its part (全县交通运输系统、局机关), nor other bodies.
 */
function ownParts(w: ClaimWords, text: string, items: Array<[number, number]>): boolean {
  let part = false;
  for (let k = 0; k < items.length; k++) {
    let [from, to] = items[k]!;
    while (from < to && /\s/u.test(text.charAt(from))) from++;
    while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
    const word = w.scopeWords.at(text, from);
    if (word !== undefined && from + word.length === to && w.scopeOf.get(word) === OWN) {
      part = true;
      continue;
    }
    const arm = w.ownArms.last(text, Math.max(from, to - ARM_MAX), to);
    if (arm === undefined || arm.at + arm.word.length !== to) return false;
    // a few words before the arm (局执法大队), or its field's name with no place or level in it (农业综合行政执法大队)
    if (arm.at - from > ARM_LEAD && (arm.at - from > FIELD_LEAD || PLACE_OR_LEVEL.test(text.slice(from, arm.at))))
      return false;
  }
  return part;
}

/** The longest own arm's name (执法大队), and how many words may stand before it (综合执法大队, 局执法大队). */
const ARM_MAX = 6;
const ARM_LEAD = 2;
/** How long a field's name before an arm may be (交通运输综合行政: 8), and what makes it another body's (县, 区 …). */
const FIELD_LEAD = 8;
const PLACE_OR_LEVEL = /[省市县区州旗镇乡村]/u;

/**
 * Whether the subjects before the respectively word are bodies of one kind, all counted alike: named as bodies or
 * places (…村, …所, …调委会: not kinds of a thing, 法律援助、人民调解分别受理…, each its own fact), none by a scope word
 * (全县交通运输系统、局机关: a whole and the reporter's part; 区委…和区政府…: another body and the reporter), none an
 * example (如…等).
 */
function subjectsOfOneKind(w: ClaimWords, text: string, from: number, to: number): boolean {
  if (w.scopeWords.anyWithin(text, from, to) || w.examples.anyWithin(text, from, to)) return false;
  // (the list's last item ends with a body's or a place's noun: vocabulary subjectNouns)
  let end = to;
  while (end > from && /\s/u.test(text.charAt(end - 1))) end--;
  return endsWithNoun(w, text, from, end);
}

/**
 * Whether every item names the same kind of body at its own level (县级调委会、乡镇调委会和村（社区）调委会): each ends in one
 * body's noun of two characters or more, whatever level words stand before it — the levels of one network, which
 * together did what the list's figures count.
 */
function tiersOfOneBody(w: ClaimWords, text: string, items: ReadonlyArray<readonly [number, number]>): boolean {
  const [lastFrom, lastTo] = items[items.length - 1]!;
  // the levels named bare, the last with their count and the body they share (县、乡镇、村三级调委会)
  const counted = w.tierCounts.last(text, lastFrom, lastTo);
  if (counted !== undefined && endsWithNoun(w, text, counted.at, beforeBlanks(text, lastTo))) return true;
  const names = items.map(([from, to]) => text.slice(from, to).trim());
  const last = names[names.length - 1]!;
  let shared = 0;
  while (shared < last.length && names.every((n) => n.length > shared && n.at(-1 - shared) === last.at(-1 - shared)))
    shared++;
  if (shared < TIER_NOUN_MIN || names.some((n) => n.length === shared)) return false;
  const close = beforeBlanks(text, lastTo);
  return endsWithNoun(w, text, close - shared, close);
}

/**
 * Whether a list of tiers opens at the region's own level (vocabulary `topTiers`: 县, 区, 县级 …) and no later item
 * does (县医疗纠纷人民调解委员会、县交通事故纠纷人民调解委员会 are two bodies of the county's level, not its tiers).
 */
function fromTopTier(w: ClaimWords, text: string, items: ReadonlyArray<readonly [number, number]>): boolean {
  const opens = (k: number) => w.topTiers.at(text, pastBlanks(text, items[k]![0])) !== undefined;
  if (!opens(0)) return false;
  for (let k = 1; k < items.length; k++) if (opens(k)) return false;
  return true;
}

/** The shortest body's noun tiers share (调委会, 司法所): one character (会, 所) is any body's. */
const TIER_NOUN_MIN = 2;

const CLAUSE_COMMA = /[，,]/u;
/** A sum word or 共 opening a clause, then the figure, or a verb and its object first (合计142件, 共计评查案卷136卷, 共 1,534 件). */
const TOTAL_LEAD = new RegExp(`^\\s*(?:${SUM_WORDS.join('|')}|共)[^\\d，,；;。、]{0,8}?(?=\\d)`, 'u');
const RESPECTIVE_TOTAL_NOTE = '分别列出后的合计';

/**
 * A run of the fact's figures right after its cue, then what each is told after 分别 (举办执法培训3场次、5场次，分别为新法
 * 新规专题培训和执法资格考前培训; 开展普法宣传活动15场、9场，分别为…主题): kinds or bodies of the one fact, so the fact's figure
 * is their sum. Undefined when m's figure opens no such run.
 */
export function figuresThenRespectively(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
): FactMatch | undefined {
  if (x.type !== 'count' || typeof m.value !== 'number' || ctx.words.respectively.size === 0) return undefined;
  const text = index.text;
  const [cs, ce] = index.clause(m.valueOffset);
  // (a run a 分别 before it already pairs with the things listed — 受理、成功分别为1,540件、1,517件，分别同比增长… — is no run
  // of kinds)
  if (ctx.words.respectively.last(text, cs, m.valueOffset) !== undefined) return undefined;
  const figures = figureList(text, x.valueSticky!, m.valueOffset, ce);
  if (figures.length < 2) return undefined;
  const last = figures[figures.length - 1]!;
  const runEnd = last.index + last[0].length;
  // 分别 right after the run, opening the next clause of its sentence (…5场次，分别为…; …9场，分别由…承办)
  if (!CLAUSE_COMMA.test(text.charAt(runEnd)) || runEnd + 1 >= index.sentence(cs)[1]) return undefined;
  if (ctx.words.respectively.at(text, runEnd + 1) === undefined) return undefined;
  const total = figuresSum(x, figures);
  if (total === undefined) return undefined;
  const e = m.evidence;
  const q = quote(index, e.offset!, index.clause(runEnd + 1)[1], m.valueOffset, runEnd, total.approximate, RUN_NOTE);
  const summed = new Match(total.value, m.valueOffset, ctx, cs, e.offset!, q);
  summed.scope = m.scope;
  return summed;
}

const RUN_NOTE = '数字连列后以“分别”说明各项，相加';

/**
 * Whether the cue's item of a 分别 list names no stage word of the fact (facts.yaml `weakUnless`: 受理, 收案) while
 * another item does: that item is the fact's.
 */
function weakItem(text: string, x: FactExtractor, cueStart: number, respAt: number, cs: number): boolean {
  if (x.weakUnless.length === 0) return false;
  const items = itemSpans(text, cs, respAt);
  const own = items.findIndex(([s, e]) => s <= cueStart && cueStart < e);
  if (own < 0 || holdsAny(text.slice(items[own]![0], items[own]![1]), x.weakUnless)) return false;
  return items.some(([s, e], k) => k !== own && holdsAny(text.slice(s, e), x.weakUnless));
}
