import { indexIn } from './bounded-search.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import {
  JUDGE_REACH,
  Match,
  PERIOD_REACH,
  excluded,
  holdsAny,
  periodFor,
  quote,
  type ClaimContext,
  type FactMatch,
} from './claim-match.js';
import { nextValue, valueCharIn, type FactExtractor } from './compile.js';
import { glued } from './cue-window.js';
import { FIGURE_GOALS, namedGoal } from './named-goals.js';
import { modality } from './polarity.js';
import { lastPeriodTag } from './time.js';
import type { TextIndex } from './text-index.js';
import { figuresSum } from './value-parse.js';
import { sameHeadItems } from './head-lists.js';

/*
 * A figure before the cue that follows it (培育1895名法律明白人; 案卷15卷开展自查): the cues a fact lists as
 * `cuesAfterValue`, judged as a figure after its cue is.
 */

/**
 * The last figure ending within maxGap characters before a trailing cue, in the cue's clause: its statement, or one for
 * each run of one scope of the list it closes (statementsBefore).
 */
export function valueBefore(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cue: string,
  cueStart: number,
  cueEnd: number,
): FactMatch[] | undefined {
  const text = index.text;
  const w = ctx.words;
  const clause = index.clause(cueStart);
  const cs = actClauseStart(index, x, ctx, clause, cueStart);
  const ce = clause[1];
  // a cue with its own figure right after it (维持1件、被撤销1件) counts that one: the figure before is another's — after
  // a label's colon too, which ends the clause (审结：75件　纠错：6件)
  if (ownFigureAfter(x, text, cueEnd, index.sentence(cueStart)[1])) return undefined;
  // a trailing cue that is a leading cue too, its figure after it (…会议专题研究法治建设2次): the figure before is another's
  if (leadsToFigure(x, cue, text, cueEnd, index.sentence(cueStart)[1])) return undefined;
  const from = Math.max(cs, cueStart - x.maxGap - 24);
  // every figure has a digit or a Chinese numeral: without one, the pattern is not run
  if (!valueCharIn(text, from, cueStart)) return undefined;
  if (excluded(index, ctx.words, cs, ce, x, cueStart)) return undefined;
  const window = text.slice(from, cueStart);
  const last = lastFigure(x, window);
  if (!last || window.length - (last.index + last[0].length) > x.maxGap) return undefined;
  const vStart = from + last.index;
  // a clause opening on 一次 names one of the times told (开了2次会，一次传达…，一次研究…), not a count
  if (vStart === cs && text.startsWith('一次', vStart)) return undefined;
  // 各 right before the verb counts each of the units named (3月、9月各召开一次): one unit's figure, not the total
  if (text.slice(Math.max(cs, vStart - EACH_REACH), vStart).includes('各')) return undefined;
  if (anothersFigure(x, w, text, cs, [vStart, vStart + last[0].length], cueStart)) return undefined;
  const ss = index.sentence(vStart)[0];
  if (modality(w, text, cs, vStart, vStart, cueStart, ss) !== 'result') return undefined;
  // (培养60名“法律明白人”任务: the figure and its cue name a goal)
  if (namedGoal(w, text, cs, cueEnd, ce, FIGURE_GOALS) !== undefined) return undefined;
  if (lastJudging(w, w.perUnit, text, Math.max(cs, vStart - JUDGE_REACH), vStart) !== undefined) return undefined;
  if (lastJudging(w, w.remainder, text, cs, vStart) !== undefined) return undefined;
  if (
    periodFor(
      ctx,
      w,
      text,
      Math.max(ss, vStart - PERIOD_REACH),
      cs,
      vStart,
      Math.max(cs, vStart - 12),
      vStart,
      ctx.year,
    ) !== 'report'
  )
    return undefined;
  // a date between the figure and its cue (另有2件纠纷于2025年1月调解成功) is the figure's own
  if (lastPeriodTag(w, text, vStart + last[0].length, cueStart, ctx.year)?.period === 'other') return undefined;
  return statementsBefore(index, x, ctx, [cs, ce], cueStart, [vStart, from + last.index], last);
}

/**
 * Whether the figure [vStart, vEnd) before a trailing cue is another's than the cue's: a list item told label first,
 * the last item of a list 等 closes, a figure a word between makes another's, one a zero word opens, or one a
 * negation between says was not done.
 */
function anothersFigure(
  x: FactExtractor,
  w: ClaimWords,
  text: string,
  cs: number,
  [vStart, vEnd]: [number, number],
  cueStart: number,
): boolean {
  // a list's item told label first (驳回复议请求8件、撤销决定4件): the figure before the mark is its own label's
  if (labelledItemBefore(text, cs, vStart, vEnd, cueStart)) return true;
  // a list closed by 等 before the cue (…“质量月”（3场）、“知识产权宣传周”（2场）等普法宣传活动): the figure is its last
  // item's, the cue names the list's kind
  if (text.slice(vEnd, cueStart).includes(LIST_CLOSE)) return true;
  // a word between the figure and the cue making it another's (1件法院判决确认违法: a court's, not a reconsideration's)
  if (x.notBetween.length > 0 && holdsAny(text.slice(vEnd, cueStart), x.notBetween)) return true;
  // a zero word right before the figure (无一件被纠错) says none
  if (glued(text, vStart) || zeroRightBefore(w, text, cs, vStart)) return true;
  // a negation between the figure and the cue (仍有7件未调解成功, 3人尚未参训): the figure counts what was not done
  if (lastJudging(w, w.negation, text, vEnd, cueStart) !== undefined) return true;
  return false;
}

/**
 * Where the figure before a trailing cue is looked for: the cue's clause, or, when the cue opens it right after a
 * comma and the clause before names an act of the fact's (召开专题会议4次，研究…法治建设), from that clause — in one
 * sentence, and not when the cue's clause names another year (召开1次党委会，研究部署2026年法治建设要点: next year's).
 */
function actClauseStart(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  [cs, ce]: [number, number],
  cueStart: number,
): number {
  const acts = x.def.actsBeforeCue;
  const text = index.text;
  if (acts === undefined || cs < 2 || cueStart !== cs || !COMMA.includes(text[cs - 1]!)) return cs;
  const [ps] = index.clause(cs - 2);
  if (index.sentence(ps)[0] !== index.sentence(cueStart)[0]) return cs;
  if (lastPeriodTag(ctx.words, text, cs, ce, ctx.year)?.period === 'other') return cs;
  return holdsAny(text.slice(ps, cs - 1), acts) || meetingsCounted(x, text.slice(ps, cs - 1)) ? ps : cs;
}

/**
 * Whether a clause only counts meetings, item by item (镇党委会4次、镇长办公会2次): each item ends in a figure after a word
 * of the fact's respectiveBodies — the meetings held, an act as 召开 is.
 */
function meetingsCounted(x: FactExtractor, clause: string): boolean {
  const ends = x.def.respectiveBodies;
  if (ends === undefined) return false;
  let item = meetingItems.get(ends);
  if (item === undefined) {
    // an item naming a meeting by its last word, then its count (镇长办公会2次, 全体会议（1次）)
    item = new RegExp(`(?:${ends.join('|')})[（(]?[0-9一二两三四五六七八九十]+次[）)]?$`, 'u');
    meetingItems.set(ends, item);
  }
  const items = clause.split('、');
  return items.length > 1 && items.every((i) => item.test(i));
}

const meetingItems = new WeakMap<readonly string[], RegExp>();
const COMMA = '，,';
/** Closes a list of items (A 3场、B 2场等…). */
const LIST_CLOSE = '等';

/**
 * The statements a figure before a trailing cue makes: itself, or for a summed fact the items of one head noun before
 * the cue added (县委常委会会议2次、县政府常务会议3次专题研究… → 5), quoted from the first to the cue — one statement for
 * each run of items of one scope (head-lists.ts).
 */
function statementsBefore(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  [cs, ce]: [number, number],
  cueStart: number,
  [vStart, at]: [number, number],
  last: RegExpExecArray,
): FactMatch[] {
  // items of one head noun before the cue (县委常委会会议2次、县政府常务会议3次专题研究…): a summed fact adds them
  const runs = x.aggregate === 'sum' ? sameHeadItems(x, ctx, index.text, cs, at, last, cueStart) : [[last]];
  const out: FactMatch[] = [];
  for (let r = 0; r < runs.length; r++) {
    const items = runs[r]!;
    const total = figuresSum(x, items);
    if (!total) continue;
    // (a list's figures are placed in the text; the one figure alone stands at vStart)
    const first = items.length > 1 || runs.length > 1 ? items[0]!.index : vStart;
    const note = items.length > 1 ? `${items.length}项相加` : undefined;
    const q = quote(index, cs, ce, first, cueStart + 1, total.approximate, note);
    out.push(new Match(total.value, first, ctx, cs, first, q));
  }
  return out;
}

/** Whether the trailing cue is one of the fact's leading cues too and a figure of the fact follows it, in its item. */
function leadsToFigure(x: FactExtractor, cue: string, text: string, cueEnd: number, ce: number): boolean {
  if (!x.cues.includes(cue)) return false;
  const m = nextValue(x.valueSticky!, text, cueEnd, ce);
  // (past a list mark the figure is the next item's: 1件判决撤销、1件驳回…)
  return m !== null && m.index - cueEnd <= x.maxGap + LEAD_SLACK && !LIST_MARK.test(text.slice(cueEnd, m.index));
}
const LIST_MARK = /[、，,；;]/u;
/** A cue's own figure may stand past the rest of its words and a label's colon (专题研究法治|建设：2次). */
const LEAD_SLACK = 6;

/**
 * Whether the figure at vStart closes an item of a list told label first — words right before it, a list mark (、)
 * right after it (维持33件、驳回8件、撤销4件): that item's figure, not one the cue after the mark follows. A figure
 * with words of its own before the mark counts an act whose objects the list names (先后4次召开党组会、局长办公会研究…).
 */
function labelledItemBefore(text: string, cs: number, vStart: number, vEnd: number, cueStart: number): boolean {
  if (vStart <= cs || !isHan(text.charCodeAt(vStart - 1))) return false;
  return indexIn(text, '、', vEnd, Math.min(cueStart, vEnd + ITEM_CLOSE + 1)) >= 0;
}
/** What may stand between an item's figure and its list mark beyond the figure's own unit (8件次、, 8件）、). */
const ITEM_CLOSE = 2;

/** How far before a figure a 各 governs it (各召开一次, 各开展1次). */
const EACH_REACH = 3;

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Whether a figure of the fact starts right after the cue, past a 的, blanks or a label's colon (被撤销1件, 被撤销的1件,
 * 调解成功  六十件, 调解成功：60件).
 */
function ownFigureAfter(x: FactExtractor, text: string, cueEnd: number, ce: number): boolean {
  const p = pastGap(text, cueEnd, ce);
  const m = nextValue(x.valueSticky!, text, p, ce);
  return m !== null && m.index === p;
}

/** Whether a numeral starts right at `at`, past a 的, blanks or a label's colon — any fact's figure (败诉 4件). */
export function numeralRightAfter(text: string, at: number, to: number): boolean {
  const p = pastGap(text, at, to);
  return p < to && NUMERAL_START.test(text[p]!);
}
const NUMERAL_START = /[0-9０-９零〇一二两三四五六七八九十百千]/u;

/** Past what may stand between a cue and its own figure, from `at` to at most `to`. */
function pastGap(text: string, at: number, to: number): number {
  let p = at;
  while (p < to && GAP_CHARS.includes(text[p]!)) p++;
  return p;
}

/** What may stand between a cue and its own figure right after it. */
const GAP_CHARS = '的 \u3000\u00a0\u200b\t：:';

/** Whether a zero word (无, 没有) ends right where the figure starts. */
function zeroRightBefore(w: ClaimWords, text: string, cs: number, vStart: number): boolean {
  const zero = lastJudging(w, w.zero, text, Math.max(cs, vStart - ZERO_WORD_MAX), vStart);
  return zero !== undefined && zero.at + zero.word.length === vStart;
}

/** The longest zero word looked for before a figure (没有发生). */
const ZERO_WORD_MAX = 4;

/**
 * Whether a figure of the fact ends right before a 被 opening the cue at `at` (1件被责令履行、1件维持): the passive cue
 * counts that figure, and the figure after it is the next item's. (Without 被 — 118件败诉7件 — the figure before may
 * be another fact's.)
 */
export function figureRightBefore(x: FactExtractor, text: string, cs: number, at: number): boolean {
  if (text.charCodeAt(at - 1) !== BEI) return false;
  const end = at - 1;
  const from = Math.max(cs, end - FIGURE_BEFORE_REACH);
  if (!valueCharIn(text, from, end)) return false;
  const window = text.slice(from, end);
  const last = lastFigure(x, window);
  return last !== undefined && last.index + last[0].length === window.length;
}

/** The last figure of the fact's units in `window`, if any. */
function lastFigure(x: FactExtractor, window: string): RegExpExecArray | undefined {
  const re = x.valueSticky!;
  let last: RegExpExecArray | undefined;
  for (
    let m = nextValue(re, window, 0, window.length);
    m;
    m = nextValue(re, window, m.index + m[0].length, window.length)
  )
    last = m;
  return last;
}

const BEI = 0x88ab; // 被
/** How far before a cue the figure it follows is looked for (1,203件被). */
const FIGURE_BEFORE_REACH = 12;
