import { holdsAny, JUDGE_REACH } from './claim-match.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import { group, type FactExtractor } from './compile.js';
import { deniedIn } from './polarity.js';
import { itemSpans } from './respective-lists.js';
import { isClauseEnd } from './text-index.js';

/*
 * What the words around a figure after its cue make of it (figure-claims.ts reads the figure): a denial, a subset, a
 * word making it another figure, a plan's figure, a goal, a remainder or a per-unit word before it; a one-character
 * numeral too far from its cue.
 */

/** The cue's clause holds a figure that is denied or per unit, or cannot be read: no figure at all. */
export const REFUSED = 'refused';
/** The cue's clause holds another figure (a word between makes it one: 决策事项目录5项): only an actual one may follow. */
export const ANOTHER = 'another';

/**
 * Whether a goal (between the figure and the segment before it), a remainder word (in its clause) or a per-unit word
 * (past a figure, only after it) governs the figure at vStart. [cs, cueEnd, segmentFrom]: the clause's start, the cue's
 * end, and where the words before the figure start.
 */
export function governedAway(
  w: ClaimWords,
  text: string,
  [cs, cueEnd, segmentFrom]: [number, number, number],
  vStart: number,
): boolean {
  if (lastJudging(w, w.target, text, segmentFrom, vStart) !== undefined) return true;
  if (lastJudging(w, w.remainder, text, cs, vStart) !== undefined) return true;
  const unitFrom = segmentFrom > cueEnd ? segmentFrom : Math.max(cs, vStart - JUDGE_REACH);
  return lastJudging(w, w.perUnit, text, unitFrom, vStart) !== undefined;
}

/**
 * What the words before a figure make of it: a denial or a subset of what the cue names (…规范性文件中有1件未报备; 案卷
 * 中5卷存在瑕疵) no count (REFUSED); a word between cue and figure making it another figure (行政复议案件审结38件 is no
 * count received), also between a split cue's words (评查中发现问题案卷41卷), ANOTHER. [segmentFrom, gapFrom]: where the
 * words before the figure start, and where the cue's gap does.
 */
export function wordsBefore(
  x: FactExtractor,
  w: ClaimWords,
  text: string,
  [segmentFrom, gapFrom, listedAt]: [number, number, number | undefined],
  vStart: number,
): typeof REFUSED | typeof ANOTHER | undefined {
  if (deniedIn(w, text, segmentFrom, vStart) || subsetBefore(text, segmentFrom, vStart)) return REFUSED;
  // a figure a 分别 list pairs with its items (收案、审结、纠错分别为41件、40件、3件): the other items' words stand between
  // by the list's shape; only the cue's own item is judged
  const to = listedAt === undefined ? vStart : itemSpans(text, gapFrom, listedAt)[0]![1];
  if (x.notBetween.length > 0 && holdsAny(text.slice(gapFrom, to), x.notBetween)) return ANOTHER;
  return undefined;
}

/**
 * Whether the figure [vStart, vEnd) is a plan's — a target word right before it, though an ordinary word holds it
 * (执法培训计划10场次, 学法计划4次): true when an actual word follows in its clause (…、实际完成7场), whose figure is
 * read on; ANOTHER when none does (the next clauses may give what was done); false for no plan's figure. A target word
 * an ordinary word holds further back in the clause (年度计划开展…200场) makes a plan's figure only when an actual word
 * with a figure follows, in the clause (true) or opening the next (ANOTHER: …，实际开展236场).
 */
export function planned(
  w: ClaimWords,
  text: string,
  [cs, from]: [number, number],
  vStart: number,
  vEnd: number,
  spanEnd: number,
): boolean | typeof ANOTHER {
  // (the figure's own clause: a fact read over two clauses — 执法培训年度目标为3场次，实际完成5场次 — has the actual clause
  // after it as the next, not as its own)
  let ce = vEnd;
  const limit = Math.min(spanEnd, vEnd + OWN_CLAUSE_REACH);
  while (ce < limit && !isClauseEnd(text.charCodeAt(ce))) ce++;
  if (targetRightBefore(w, text, from, vStart))
    return lastJudging(w, w.actual, text, vEnd, ce) === undefined ? ANOTHER : true;
  // 年度计划开展普法宣传活动200场，实际开展236场: a target word an ordinary one holds (年度计划) makes a plan's figure
  // when what was actually done is told with a figure after it
  if (!w.target.anyWithin(text, cs, vStart)) return false;
  if (actualFigure(w, text, vEnd, ce)) return true;
  return text.charCodeAt(ce) !== 0x3002 && actualFigure(w, text, ce + 1, ce + 1 + ACTUAL_OPENS) ? ANOTHER : false;
}

/** Whether an actual word in [from, to) has a figure after it in its clause (实际开展236场). */
function actualFigure(w: ClaimWords, text: string, from: number, to: number): boolean {
  const actual = w.actual.last(text, from, to);
  return actual !== undefined && FIGURE_AHEAD.test(text.slice(actual.at, actual.at + ACTUAL_FIGURE_REACH));
}

/** How far past a plan's figure its own clause's end is looked for (a text with no punctuation is one clause). */
const OWN_CLAUSE_REACH = 80;
/** How far into the next clause an actual word may start (…，全年实际开展). */
const ACTUAL_OPENS = 4;
const ACTUAL_FIGURE_REACH = 16;
const FIGURE_AHEAD = /^[^，,。；;！？!?\n]*?[\d一二两三四五六七八九十]/u;

/** Whether a target word ends right at the figure starting at `vStart` (计划10场次), an ordinary word holding it or not. */
function targetRightBefore(w: ClaimWords, text: string, from: number, vStart: number): boolean {
  for (let at = vStart - 1; at >= Math.max(from, vStart - TARGET_WORD_MAX); at--) {
    const word = w.target.at(text, at);
    if (word !== undefined && at + word.length === vStart) return true;
  }
  return false;
}

/** The longest target word looked for right before a figure (努力实现). */
const TARGET_WORD_MAX = 5;

/** Whether 中有 / 中 / 中的 stands right before a figure at `at` (not 其中, a breakdown, judged elsewhere). */
function subsetBefore(text: string, from: number, at: number): boolean {
  return SUBSET_BEFORE.test(text.slice(Math.max(from, at - 3), at));
}
const SUBSET_BEFORE = /(?<!其)中(?:有|的)?\s*$/u;

/** How many characters may stand between a cue and a one-character Chinese numeral after it. */
const SINGLE_NUMERAL_GAP = 4;

/**
 * Whether the figure at `at` is a bare unit numeral after a word of some (数十场, 几十次, 数十余人次, 几百份): some tens or
 * hundreds, no figure — not 人数十二人, where 数 ends a noun and the numeral is whole.
 */
function someTens(text: string, at: number): boolean {
  return SOME_BEFORE.test(text[at - 1] ?? '') && BARE_UNIT.test(text.slice(at, at + 2));
}
const SOME_BEFORE = /[数几]/u;
/** A unit numeral not followed by another numeral character (十 of 数十余, not 十二 of 人数十二人). */
const BARE_UNIT = /^[十百千万](?![零〇一二两三四五六七八九十百千万])/u;

/**
 * A one-character Chinese numeral (纠错四件) counts only near its cue (研究法治建设工作四次: a word or two between) or
 * right after a level word — never an ordinal, a span or a vague amount (第三次, 每三年, 前三次; 数十场, 几十次: some tens,
 * no figure; 近三次 is approximate: 近 opens the match).
 */
export function singleNumeralTooFar(
  x: FactExtractor,
  m: RegExpExecArray,
  gap: number,
  text: string,
  vStart: number,
): boolean {
  if (someTens(text, vStart)) return true;
  if (group(m, x.valueGroups.cn1s) === undefined) return false;
  if (/[第每前这那]/u.test(text[vStart - 1] ?? '')) return true;
  return gap > SINGLE_NUMERAL_GAP && !/[为共计达有]/u.test(text[vStart - 1] ?? '');
}
