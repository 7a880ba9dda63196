import { holdsAny, Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { itemLeadNames } from './item-lead.js';
import { isComma, type TextIndex } from './text-index.js';
import { pastBlanks } from './line-spans.js';
import type { WordSet } from './word-set.js';
import { figuresSum } from './value-parse.js';
import { SUM_WORDS } from './sum-words.js';
import { itemRead, lastFigure, QUOTED_NAME } from './list-items.js';
import { nextValue } from './value-patterns.js';
import { stagesOf, toldByYear } from './non-kind-lists.js';
import {
  allowedIn,
  cueHeads,
  headCarried,
  kindAfterCue,
  mentionsCue,
  namesFact,
  parallel,
  splitCueObject,
  wordsAfterCue,
} from './kind-naming.js';

/*
 * A list of kinds, each with its own figure, joined by 、 (开展“民法典进小区”12场、“反诈宣传进社区”15场、“宪法宣传周”集中宣传4场):
 * no one item's figure is the fact's, whichever item a cue found.
 */

/** A list of kinds in one clause: each item's figure of the fact, and whether every item names the fact. */
export interface KindList {
  /** each item's figure of the fact, in text order, with where it starts in the text */
  figures: Array<{ at: number; m: RegExpExecArray }>;
  /**
   * every item but those of another kind names the fact by a cue, a context cue or under its topic a topic cue
   * (执法资格培训1期、专题培训2期), or by the object of a split cue the first item names (评查行政处罚案卷86件、行政许可
   * 案卷54件: the verb carries over): its parts add up to it
   */
  allNamed: boolean;
  /** items naming another kind of the thing (facts.yaml otherKinds: 刑事案卷140卷): none of the fact's, left out of its sum */
  other: boolean[];
}

/**
 * Whether a list's items stand under an item on the fact's topic ((三)普法宣传。…) or after the topic named in the
 * sentence before the list, from `listStart` (落实…普法责任制，开展“宪法宣传周”集中宣传58场、“民法典进乡村”活动63场): the
 * topic's plain words then name the fact too (“民法典进农家”宣传8场).
 */
function onTopic(index: TextIndex, x: FactExtractor, at: number, listStart: number): boolean {
  if (x.topicCues.length === 0) return false;
  if (itemLeadNames(index, at, x.topics)) return true;
  return holdsAny(index.text.slice(Math.min(index.sentence(at)[0], listStart), listStart), x.topics);
}

/**
 * The list of kinds whose item's figure stands at `at`: a 、 list in its clause whose items each end in a figure of
 * the fact, another of them naming the fact by one of its cues or context cues. Undefined when the figure is none of
 * such a list's, or when the sentence then gives the list's total (…，合计20场: read from its first part instead,
 * breakdowns.ts). Items that share only a head word (培训42人次、…培训36人次) are not judged: 应出庭41件、出庭40件 are
 * two facts.
 */
export function kindOfAList(index: TextIndex, x: FactExtractor, at: number, w: ClaimWords): KindList | undefined {
  const text = index.text;
  const list = listAt(index, x, at, w);
  if (list === undefined) return undefined;
  const { cs, ce, mark, lead, colonLead } = list;
  const clause = text.slice(cs, ce);
  if (toldByYear(clause, mark, w) || stagesOf(x, clause, mark)) return undefined;
  const re = x.valueSticky!;
  // a plan and what was done (执法培训计划8场、实际完成7场): no kinds
  if (w.actual.size > 0 && lastJudging(w, w.actual, text, cs, ce) !== undefined) return undefined;
  const topical = onTopic(index, x, at, cs - lead.length);
  // a context cue (培训) names the fact in an item only where the list or the words of its sentence before it hold a
  // context word (执法人员…培训3场、…培训11场; 组织民警执法培训：…1期36人、…2期95人), or the clause right after tells
  // who attended (…培训3场，参训执法人员共计165人次); not where only another later clause does (农业实用技术培训14期、
  // 安全生产培训3场，执法人员培训没有单独搞)
  const contextual = listInContext(index, x, w, Math.min(index.sentence(at)[0], cs - lead.length), ce);
  const figures: KindList['figures'] = [];
  const named: boolean[] = [];
  const other: boolean[] = [];
  let first: FirstItem | undefined;
  let own = -1;
  let itemStart = 0;
  for (let i = 0; i <= clause.length; i++) {
    if (i < clause.length && clause[i] !== mark) continue;
    const { item, named: byName } = itemRead(clause.slice(itemStart, i));
    const m = lastFigure(re, item);
    if (m === undefined) return undefined;
    if (cs + itemStart <= at && at < cs + i) own = figures.length;
    figures.push({ at: cs + itemStart + m.index, m });
    first ??= firstItem(x, w, item, m.index, namingLead(x, colonLead, item.slice(0, m.index), topical, contextual));
    // (a name in quotation marks is a kind listed by name with its figure in brackets after it, “宪法宣传周”（3场）, or
    // right before its figure after a lead naming the fact: 开展普法宣传活动：“健康中国行”4场次、“宪法宣传周”3场次)
    named.push(
      byName ||
        (first.leadNames && QUOTED_KIND.test(item.slice(0, m.index))) ||
        namesFact(x, item, topical, contextual) ||
        (lead.length > 0 && !mentionsCue(x, item) && namesFact(x, lead + item, topical, contextual)) ||
        (figures.length > 1 && first.carried !== undefined && allowedIn(x, item, first.carried)) ||
        (figures.length > 1 && parallel(x, first.tail, item.slice(0, m.index).trim(), w.caseKinds)) ||
        (figures.length > 1 && headCarried(x, first.heads, item.trim())),
    );
    other.push(holdsAny(item, x.otherKinds));
    itemStart = i + 1;
  }
  if (own < 0 || figures.length < 2) return undefined;
  // kinds none of which the fact's words name, its context nowhere before them (农业实用技术培训14期、安全生产培训3场，
  // 执法人员培训没有单独搞): none of them is the fact's
  if (!contextual && x.context.length > 0 && !named.some(Boolean)) return { figures, allNamed: false, other };
  // an item of another kind (刑事案卷140卷) is never the fact's figure, whatever the others are
  if (!other[own] && !named.some((n, k) => n && k !== own)) return undefined;
  return { figures, allNamed: named.every((n, k) => n || other[k]) && other.includes(false), other };
}

/** What the first item of a list lends the later ones. */
interface FirstItem {
  carried: string | undefined;
  tail: string | undefined;
  heads: string[];
  leadNames: boolean;
}

/**
 * The first item's words the later items are judged by: the object of the split cue it names (评查…案卷), named by a
 * later item, names the fact there; so does a later item that only varies the words after its cue (宣传进企业21场、进社区
 * 9场: parallel), or one naming the head of its cue.
 */
function firstItem(x: FactExtractor, w: ClaimWords, item: string, at: number, leadNames: boolean): FirstItem {
  const tail = wordsAfterCue(x, item, at) ?? kindAfterCue(x, item, at, w.caseKinds);
  return { carried: splitCueObject(x, item), tail, heads: cueHeads(x, item), leadNames };
}

/** An item that is a name in quotation marks alone, right before its figure (“宪法宣传周”3场次). */
const QUOTED_KIND = new RegExp(`^\\s*${QUOTED_NAME.source}\\s*$`, 'u');

/**
 * Whether the list's names in quotation marks are kinds of the fact: a colon's lead names it, or the first item does
 * with the thing counted outside its quoted name (开展普法宣传活动“健康中国行”4场次、“宪法宣传周”3场次; 开展“法律进校园”
 * 活动38场次、…、“法治文化惠民演出”15场次: the cue's last word, 活动, outside) — not where the quoted name is the thing
 * counted (培养“法律明白人”912名、“法治带头人”186名: two things).
 */
function namingLead(
  x: FactExtractor,
  colonLead: string,
  first: string,
  topical: boolean,
  contextual: boolean,
): boolean {
  if (colonLead !== '') return namesFact(x, colonLead, topical, contextual);
  if (!namesFact(x, first, topical, contextual)) return false;
  // (the name's words, without its marks)
  const quoted = QUOTED_NAME.exec(first)?.[0].slice(1, -1);
  if (quoted === undefined) return true;
  for (const part of x.cueParts) if (quoted.includes(part.second ?? part.first)) return false;
  return true;
}

/**
 * The fact's figure a list of kinds gives: the sum of its items when each names the fact (组织执法人员公共法律知识培训
 * 3场、专业法律知识培训11场 → 14), as the contract reads a list of kinds; none when an item names none of its cues
 * (one of them may be another thing's), or names whose its figure is (本局3场、下属单位5场: scopes, not kinds).
 */
export function listTotal(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  list: KindList,
): FactMatch | undefined {
  if (!list.allNamed) return undefined;
  const text = index.text;
  // the items of the fact's kind: those of another kind (刑事案卷) are left out
  const figures = list.figures.filter((_f, k) => !list.other[k]);
  const first = figures[0]!;
  const last = figures[figures.length - 1]!;
  const end = last.at + last.m[0].length;
  if (ctx.words.scopeWords.last(text, first.at + first.m[0].length, end) !== undefined) return undefined;
  const total = figuresSum(
    x,
    figures.map((f) => f.m),
  );
  if (total === undefined) return undefined;
  const [cs, ce] = index.clause(first.at);
  const note = figures.length > 1 ? `${figures.length}项相加` : undefined;
  // (a list told with semicolons runs past its first item's clause)
  const q = quote(index, cs, Math.max(ce, end), first.at, end, total.approximate, note);
  // the first item's figure stands for the list: a cue in another item reads the same statement
  return new Match(total.value, first.at, ctx, cs, first.at, q);
}

/**
 * The list the figure at `at` may be an item of: its span, the mark between its items and the lead naming its items'
 * noun ('' when none). Undefined when the figure stands alone, the sentence then gives the list's total, or the items
 * told with semicolons have no such lead or name bodies.
 */
function listAt(
  index: TextIndex,
  x: FactExtractor,
  at: number,
  w: ClaimWords,
): { cs: number; ce: number; mark: string; lead: string; colonLead: string } | undefined {
  const text = index.text;
  const span = listSpan(index, at) ?? kindClauses(index, at, w.caseKinds);
  if (span === undefined) return undefined;
  const [cs, ce, mark] = span;
  const re = x.valueSticky!;
  // a lead naming what the list counts before its colon (组织评查执法案卷：行政处罚案卷312卷、…): it names each item's kind
  // when the items are kinds of one noun, each naming it right before its figure (…案卷312卷、…案卷146卷)
  const colonLead = leadBefore(index, cs);
  // (items told with semicolons need such a lead, and naming bodies, 县委…4次；局党组…3次, are the bodies' statements)
  const semicolons = mark === SEMICOLON;
  if (semicolons && (colonLead === '' || w.scopeWords.last(text, cs, ce) !== undefined)) return undefined;
  if (totalAfter(re, text.slice(ce, statementEnd(text, ce)))) return undefined;
  const lead = colonLead !== '' && oneNoun(re, text.slice(cs, ce), mark) ? colonLead : '';
  if (semicolons && lead === '') return undefined;
  return { cs, ce, mark, lead, colonLead };
}

/**
 * The list of kinds the figure at `at` may be an item of, with the mark between its items: its clause when 、 parts
 * items there, else the clauses semicolons join to it after a lead's colon (执法案卷：行政处罚案卷312卷；行政许可案卷146卷；
 * …), each one item; undefined when the clause stands alone.
 */
function listSpan(index: TextIndex, at: number): [number, number, string] | undefined {
  const text = index.text;
  const [cs, ce] = index.clause(at);
  if (text.slice(cs, ce).includes(ENUM_COMMA)) return [cs, ce, ENUM_COMMA];
  let s = cs;
  let e = ce;
  for (let k = 0; k < MAX_ITEMS && s > 1 && text.charAt(s - 1) === SEMICOLON; k++) s = index.clause(s - 2)[0];
  for (let k = 0; k < MAX_ITEMS && e + 1 < text.length && text.charAt(e) === SEMICOLON; k++) e = index.clause(e + 1)[1];
  // (only after a lead's colon, kindOfAList asks: semicolons join years, bodies and stages as often as kinds)
  return s < cs || e > ce ? [s, e, SEMICOLON] : undefined;
}

/**
 * The clauses commas join to the one at `at` when each after the first opens with a kind of case or dispute (受理纠纷婚姻
 * 家庭45件，邻里纠纷62件，土地纠纷38件，其他21件): one list of kinds, its items the clauses; undefined when fewer than two.
 */
function kindClauses(index: TextIndex, at: number, caseKinds: WordSet): [number, number, string] | undefined {
  if (caseKinds.size === 0) return undefined;
  const text = index.text;
  const [cs, ce] = index.clause(at);
  let s = cs;
  let e = ce;
  // an item is a kind and its noun before the figure (邻里纠纷62件, 民事案件276件), no more: 行政机关负责人应出庭89件 opens
  // with a kind's word but is a statement of its own
  const opensKind = (p: number) => caseKinds.at(text, p) !== undefined && shortItem(text, p);
  for (let k = 0; k < MAX_ITEMS && opensKind(s) && s > 1 && text.charAt(s - 1) === COMMA; k++)
    s = index.clause(s - 2)[0];
  for (let k = 0; k < MAX_ITEMS && e + 1 < text.length && text.charAt(e) === COMMA && opensKind(e + 1); k++)
    e = index.clause(e + 1)[1];
  return e > ce || s < cs ? [s, e, COMMA] : undefined;
}
const COMMA = '，';

/** Whether a figure starts within KIND_ITEM characters of `p`. */
function shortItem(text: string, p: number): boolean {
  for (let i = p; i <= p + KIND_ITEM && i < text.length; i++) if (FIGURE_START.test(text[i]!)) return true;
  return false;
}
const FIGURE_START = /[\d０-９一二三四五六七八九十百千]/u;
/** How long a kind and its noun before the figure may be (婚姻家庭纠纷). */
const KIND_ITEM = 6;

const SEMICOLON = '；';
/** How many items a list told with semicolons may run to either side. */
const MAX_ITEMS = 12;

/**
 * Whether every item of the list names one noun right before its figure (行政处罚案卷312卷；行政许可案卷146卷; 婚姻家庭类
 * 620件；邻里类480件): kinds of one thing, not stages or bodies (收到申请139件；受理132件).
 */
function oneNoun(re: RegExp, clause: string, mark: string): boolean {
  let noun: string | undefined;
  for (const item of clause.split(mark)) {
    const m = lastFigure(re, item);
    const c = m && m.index > 0 ? item.charAt(m.index - 1) : '';
    if (!/\p{Script=Han}/u.test(c) || (noun !== undefined && c !== noun)) return false;
    noun = c;
  }
  return true;
}

/** The words of the clause ending in a colon right before `cs` (执法案卷评查情况：), or '' when none. */
function leadBefore(index: TextIndex, cs: number): string {
  const c = index.text.charAt(cs - 1);
  if (cs < 2 || (c !== '：' && c !== ':')) return '';
  const [ls] = index.clause(cs - 2);
  return index.text.slice(ls, cs - 1);
}

/** Where the statement going on from `at` ends: the next full stop or line break. */
function statementEnd(text: string, at: number): number {
  STOP.lastIndex = at;
  return STOP.exec(text)?.index ?? text.length;
}
const STOP = /[。！？!?\n]/gu;

const ENUM_COMMA = '、';
/** The items counted (两项, 三项): a total follows. */
const ITEMS_COUNTED = /两项|三项/u;
/** A sum word or a running total (合计, 累计): a total of the list's when a figure of the fact follows it. */
const SUM_AFTER = new RegExp([...SUM_WORDS, '累计'].join('|'), 'gu');
/** How far after a sum word the total's figure may start (合计开展20场). */
const TOTAL_REACH = 8;

/**
 * Whether the rest of the sentence gives the list's total: its items counted, or a sum word followed by a figure of the
 * fact (…，合计20场) — not a total of something else (…培训11场，累计培训1420人次 sums no sessions).
 */
function totalAfter(re: RegExp, rest: string): boolean {
  if (ITEMS_COUNTED.test(rest)) return true;
  for (const m of rest.matchAll(SUM_AFTER)) {
    const from = m.index + m[0].length;
    const figure = nextValue(re, rest, from, Math.min(rest.length, from + TOTAL_REACH + 12));
    if (figure !== null && figure.index - from <= TOTAL_REACH) return true;
  }
  return false;
}

/** Whether a list's context word stands in its sentence before its end, or in the attendance told right after it. */
function listInContext(index: TextIndex, x: FactExtractor, w: ClaimWords, from: number, ce: number): boolean {
  return x.context.length > 0 && (holdsAny(index.text.slice(from, ce), x.context) || attendedAfter(index, x, w, ce));
}

/**
 * Whether the clause right after a list's counts who attended its kinds, a context word in it and no denial (法律知识
 * 培训2场、业务技能培训3场，参训执法人员共计165人次): the kinds were those people's trainings.
 */
function attendedAfter(index: TextIndex, x: FactExtractor, w: ClaimWords, ce: number): boolean {
  const text = index.text;
  if (!isComma(text.charCodeAt(ce))) return false;
  const [ns, ne] = index.clause(ce + 1);
  const p = Math.min(pastBlanks(text, ns), ne);
  if (w.attending.at(text, p) === undefined) return false;
  const next = text.slice(p, ne);
  return holdsAny(next, x.context) && /\d/u.test(next) && lastJudging(w, w.negation, text, p, ne) === undefined;
}
