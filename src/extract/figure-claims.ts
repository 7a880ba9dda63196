import { bracketedYearAfter } from './claim-years.js';
import { lastJudging } from './claim-words.js';
import { Match, excluded, periodFor, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import { nextValue, type FactExtractor } from './compile.js';
import {
  continuingFrom,
  figureAhead,
  figureStartReach,
  glued,
  labelledClauseEnd,
  numeralAround,
  numeralIn,
  pastInclusionAside,
  readEnd,
} from './cue-window.js';
import { FIGURE_GOALS, namedGoal } from './named-goals.js';
import { deniedIn, goalNounAfter, modality, targetAfter, targetIn } from './polarity.js';
import { isDigitCode, type TextIndex } from './text-index.js';
import { CHANGE_TO_REACH, lastPeriodTag, startsChange, type Period } from './time.js';
import {
  actualAfterPlan,
  actualRestated,
  clauseMarksPeriod,
  continuation,
  planThenDone,
} from './figure-continuation.js';
import { parseMatch } from './value-parse.js';
import { cumulativeBesideYearPart } from './cumulative-totals.js';
import { periodContextFrom } from './period-context.js';
import { figureRightBefore } from './figure-before.js';
import { pairedFigureAt } from './paired-labels.js';
import { respectivelyBefore } from './respective-lists.js';
import { respectiveMatch } from './respective-statements.js';
import { ANOTHER, governedAway, planned, REFUSED, singleNumeralTooFar, wordsBefore } from './figure-words.js';

/**
 * The first figure after the cue that claims a result: within maxGap characters, in the
 * cue's clause, not denied (未达到), not a change (同比下降3%), not another period's
 * (2023年…). When the clause gives only a change or another period's figure, the report
 * year's level may follow in the next clauses (…，达到95% / …，2024年为90%).
 */
export function valueAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
  cueEnd: number,
  gapFrom = cueEnd,
): FactMatch | undefined {
  const text = index.text;
  const clause = index.clause(cueStart);
  const cs = clause[0];
  if (pairedFigureAt(text, cueStart) !== undefined) return pairedFigure(index, x, ctx, cs, cueStart);
  // a passive cue its own figure stands right before (1件被责令履行、1件维持): the figure after is the next item's
  if (x.cuesAfterValue.length > 0 && figureRightBefore(x, text, cs, cueStart)) return undefined;
  const ownEnd = labelledClauseEnd(index, x, ctx.words, cueEnd, clause[1]);
  const ce = readEnd(index, x, ctx.words, cueEnd, clause[1], ownEnd);
  if (cueEnd > ce) return undefined;
  const windowEnd = Math.min(ce, cueEnd + x.maxGap + 24);
  const continueFrom = continuingFrom(ownEnd, ce, windowEnd);
  const continues = continueFrom >= 0;
  // most cue words stand with no figure after them (nor in a split cue's gap: 制发的2件…规范性文件): skip the judging
  const gapNumeral = gapFrom < cueEnd && numeralIn(text, gapFrom, cueEnd);
  if (!numeralAround(text, cueEnd, windowEnd, continueFrom) && !gapNumeral)
    return planThenDone(index, x, ctx, [cs, clause[1]], cueStart, cueEnd);
  // no figure of the fact's anywhere the judging below reads one (cue-window.ts): no judging
  if (!gapNumeral && !figureAhead(index, x, cueStart, cueEnd, windowEnd)) return undefined;
  const startReach = figureStartReach(ctx, x, text, cueEnd, windowEnd);
  if (startReach === 0 && !continues && !gapNumeral) return undefined;
  // the cheap look for a figure first: an exclude word is looked for only when there is one
  if (excluded(index, ctx.words, cs, ce, x, cueStart)) return undefined;
  const sentence = index.sentence(cueStart);
  // the words between cue and figure are judged with the figure (未达到100%), not here
  const mode = modality(ctx.words, text, cs, cueStart, cueStart, cueEnd, sentence[0]);
  // a plan's clause, or a goal the cue names (普法宣传任务40场), then what was done (…，实际开展46场): the actual figure
  if (mode === 'target' || namedGoal(ctx.words, text, cs, cueEnd, ce, FIGURE_GOALS))
    return actualAfterPlan(index, x, ctx, cs, cueStart, clause[1]);
  if (mode !== 'result') return undefined;
  // in a split cue's gap (中心组原计划专题学法6次) a target or denial governs; a figure counts its object (制发的5件…)
  if (gapFrom < cueEnd && splitCueJudged(ctx, text, gapFrom, cueEnd)) return undefined;
  const inGap = gapNumeral ? gapFigure(index, x, ctx, [cs, ce, cueStart], [gapFrom, cueEnd]) : undefined;
  if (inGap) return inGap;
  const contextFrom = periodContextFrom(ctx, text, sentence[0], cueStart);
  const inClause =
    startReach > 0
      ? figureInClause(index, x, ctx, cs, ce, cueStart, cueEnd, windowEnd, startReach, contextFrom, gapFrom)
      : undefined;
  if (inClause === REFUSED) return undefined;
  // another figure in the cue's clause (决策事项目录5项), then what was done (年内实际作出3项): the actual figure
  if (inClause === ANOTHER) return actualAfterPlan(index, x, ctx, cs, cueStart, clause[1]);
  // 应评查执法案卷60卷，实际评查58卷: what was done, not what was due. A running total with the year's part after it
  // (累计开展4,300余场次，其中2024年开展1,120场次) is no year's figure: the part may follow, as after another year's
  const runningTotal =
    inClause instanceof Match && cumulativeBesideYearPart(index, ctx.words, inClause.valueOffset, ctx.year);
  if (inClause instanceof Match && !runningTotal)
    return actualRestated(index, x, ctx, cs, cueStart, clause[1]) ?? inClause;
  if (!continues) return undefined;
  const cue: CueSpan = [cs, cueStart, cueEnd, ce, ownEnd];
  const passed = runningTotal ? 'other' : (inClause as Period | undefined);
  return laterClauses(index, x, ctx, cue, [contextFrom, continueFrom, sentence[1]], [passed, clause[1]]);
}

/**
 * Nothing taken in the cue's clause: the level may follow (…同比下降3个百分点，为9.5%) — after another period's figure,
 * only in a report-year clause — or, where the clause passed no figure, what was done after a target's clause.
 */
function laterClauses(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cue: CueSpan,
  reach: [number, number, number],
  [passed, clauseEnd]: [Period | undefined, number],
): FactMatch | undefined {
  const level = levelAfter(index, x, ctx, cue, reach, passed);
  if (level !== undefined || passed !== undefined) return level;
  return planThenDone(index, x, ctx, [cue[0], clauseEnd], cue[1], cue[2]);
}

/** A cue's clause as valueAfter reads it: its start, the cue's start and end, the end read to, and its own end. */
type CueSpan = [number, number, number, number, number];

/**
 * The level a later clause gives when the cue's clause gave none of the report year: [cs, cueStart, cueEnd, ce, ownEnd]
 * the cue's clause (ce as read, ownEnd its own end), [contextFrom, continueFrom, se] where its period words and the continuing clauses are read; `passed`
 * the period of a figure passed over in the cue's clause, if any.
 */
function levelAfter(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cue: CueSpan,
  reach: [number, number, number],
  passed: Period | undefined,
): FactMatch | undefined {
  const [cs, cueStart, cueEnd, ce, ownEnd] = cue;
  const text = index.text;
  // a figure of another unit in the cue's own clause (开展执法培训2场，45人次): a figure alone may follow, of its people
  const bareOk =
    passed === undefined && numeralIn(text, cueEnd, ownEnd) && nextValue(x.valueSticky!, text, cueEnd, ownEnd) === null;
  const next = continuation(index, x, ctx, reach[1], reach[2], bareOk);
  if (!next) return undefined;
  const clauseTag = passed ?? clauseMarksPeriod(ctx.words, index.text, reach[0], cs, cueStart, cueEnd, ce, ctx.year);
  // a figure alone continues an undated clause only; any other, a dated or comparative one
  if (next.bare ? clauseTag !== undefined : !clauseTag || (clauseTag === 'other' && !next.dated)) return undefined;
  const parsed = parseMatch(x, next.match);
  if (!parsed) return undefined;
  const q = quote(index, cs, next.end, cueStart, next.at + next.match[0].length, parsed.approximate);
  return new Match(parsed.value, next.at, ctx, cs, cueStart, q);
}

/** The figure of the fact's units standing between a split cue's words, if its gap is short and holds one. */
function gapFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  [cs, ce, cueStart]: [number, number, number],
  [gapFrom, cueEnd]: [number, number],
): FactMatch | undefined {
  const text = index.text;
  if (cueEnd - gapFrom > GAP_FIGURE_REACH) return undefined;
  // (培养60名“法律明白人”任务: the figure and the cue name a goal)
  if (namedGoal(ctx.words, text, cs, cueEnd, ce, FIGURE_GOALS) !== undefined) return undefined;
  const m = nextValue(x.valueSticky!, text, gapFrom, cueEnd);
  if (!m || m.index + m[0].length > cueEnd || glued(text, m.index)) return undefined;
  // judged as a figure after the cue is: the year's (not 2024年…制发的2件 in 2025), no unit's share (每村…培养3名), no goal
  const w = ctx.words;
  const contextFrom = periodContextFrom(ctx, text, index.sentence(cueStart)[0], cueStart);
  if (periodFor(ctx, w, text, contextFrom, cs, cueStart, gapFrom, m.index, ctx.year) !== 'report') return undefined;
  if (lastJudging(w, w.perUnit, text, cs, m.index) || lastJudging(w, w.target, text, cs, m.index)) return undefined;
  const parsed = parseMatch(x, m);
  if (!parsed) return undefined;
  const q = quote(index, cs, ce, cueStart, cueEnd, parsed.approximate);
  return new Match(parsed.value, m.index, ctx, cs, cueStart, q);
}

/**
 * On a line pairing labels and figures by position (行政诉讼 | 败诉：57件 | 2件), the figure at the cue's place, read as
 * its type reads it; none when the line's labels and figures differ in number.
 */
function pairedFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cs: number,
  cueStart: number,
): FactMatch | undefined {
  const at = pairedFigureAt(index.text, cueStart);
  if (at === undefined || at === REFUSED) return undefined;
  const re = x.valueSticky!;
  re.lastIndex = at;
  const m = re.exec(index.text);
  const parsed = m && parseMatch(x, m);
  if (!m || !parsed) return undefined;
  const end = at + m[0].length;
  return new Match(parsed.value, at, ctx, cs, at, quote(index, cs, end, cueStart, end, parsed.approximate));
}

/**
 * The report year's figure at [vStart, vEnd) in the cue's clause [cs, ce) as a statement (a fraction's numerator when
 * one is given), or REFUSED when it does not parse or a target follows it (…，目标100%).
 */
function reportFigure(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  [m, numerator]: [RegExpExecArray, number | undefined],
  [cs, ce, cueStart]: [number, number, number],
  [vStart, vEnd]: [number, number],
): FactMatch | typeof REFUSED {
  const parsed = numerator !== undefined ? { value: numerator, approximate: false } : parseMatch(x, m);
  if (!parsed || targetAfter(ctx.words, index.text, vEnd, ce)) return REFUSED;
  const q = quote(index, cs, ce, cueStart, vEnd, parsed.approximate);
  return new Match(parsed.value, vStart, ctx, cs, vStart, q);
}

/**
 * For a count, the numerator of a fraction whose denominator starts at `at` (出庭应诉29/30件 → 29 at the 2, in the
 * denominator's unit), its digits after `floor`; undefined when no slash and digits stand right before.
 */
function numeratorBefore(
  x: FactExtractor,
  text: string,
  at: number,
  floor: number,
): { start: number; value: number } | undefined {
  const slash = text.charCodeAt(at - 1);
  if (x.type !== 'count' || (slash !== 0x2f && slash !== 0xff0f)) return undefined;
  let s = at - 1;
  while (s - 1 >= floor && isDigitCode(text.charCodeAt(s - 1))) s--;
  return s < at - 1 && !glued(text, s) ? { start: s, value: Number(text.slice(s, at - 1)) } : undefined;
}

/** Whether a figure is one to read: not glued to a digit or 第, not a lone numeral too far, not between two labels. */
function figureReadable(
  x: FactExtractor,
  m: RegExpExecArray,
  text: string,
  gap: number,
  [vStart, vEnd]: [number, number],
) {
  return !glued(text, vStart) && !singleNumeralTooFar(x, m, gap, text, vStart) && !betweenLabels(text, vStart, vEnd);
}

/**
 * Whether a figure stands between two labels (场次：12　人次：2,040): a colon right before it and one right after the unit it
 * was read with — that "unit" is the next label, and the figure is the one before's.
 */
function betweenLabels(text: string, vStart: number, vEnd: number): boolean {
  let b = vStart - 1;
  while (b >= 0 && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x3000)) b--;
  if (b < 0 || (text.charCodeAt(b) !== 0xff1a && text.charCodeAt(b) !== 0x3a)) return false;
  let a = vEnd;
  while (a < text.length && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x3000)) a++;
  return a < text.length && (text.charCodeAt(a) === 0xff1a || text.charCodeAt(a) === 0x3a);
}

/** How long a split cue's gap may be for a figure in it to count the cue's object (的5件, 的60卷执法). */
const GAP_FIGURE_REACH = 10;

// Long: one walk over the clause's figures whose state (how far a figure may start, where the words before the next one
// start, the first period passed over) each step moves; split into steps, that state would be an object made per cue hit
/**
 * The first figure in the cue's clause (within maxGap of the cue) that is the report year's;
 * else the period of the first figure passed over (another year's, a change), or none, or
 * REFUSED. No object is made for a figure that is not taken: this runs for every cue hit.
 */
function figureInClause(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cs: number,
  ce: number,
  cueStart: number,
  cueEnd: number,
  windowEnd: number,
  startReach: number,
  contextFrom: number,
  gapFrom: number,
): FactMatch | Period | typeof REFUSED | typeof ANOTHER | undefined {
  const text = index.text;
  const w = ctx.words;
  const re = x.valueSticky!;
  const window = text.slice(cueEnd, windowEnd);
  // a figure starting past startReach (maxGap, or the list after 分别) is not read: the search stops there
  let until = Math.min(window.length, startReach - cueEnd);
  let segmentFrom = cueEnd;
  let passedOver: Period | undefined;
  for (let m = nextValue(re, window, 0, until); m; m = nextValue(re, window, m.index + m[0].length, until)) {
    const over = numeratorBefore(x, text, cueEnd + m.index, segmentFrom);
    const vStart = over?.start ?? cueEnd + m.index;
    const vEnd = cueEnd + m.index + m[0].length;
    if (over || figureReadable(x, m, text, vStart - cueEnd, [vStart, vEnd])) {
      const resp = respectivelyBefore(w, text, cs, vStart);
      const before = wordsBefore(x, w, text, [segmentFrom, Math.min(gapFrom, cueEnd), resp?.at], vStart);
      // a figure denied (出庭应诉率不到90%，仅为87.5%) is no level: a later clause may give it, as after a change
      if (before === REFUSED && deniedIn(w, text, segmentFrom, vStart)) return 'change';
      if (before !== undefined) return before;
      // a change's start (由每半年1次增加到4次) or a goal set (600名任务…): the figure after it may stand past maxGap
      if (startsChange(w, text, segmentFrom, vStart) || goalNounAfter(w, text, vEnd, x.cuesAfterValue)) {
        until = Math.min(window.length, Math.max(until, vEnd - cueEnd + CHANGE_TO_REACH));
        passedOver ??= 'other';
        segmentFrom = vEnd;
        continue;
      }
      // a plan's figure (执法培训计划10场次): what was done may follow in the clause (…、实际完成7场) or the next
      const plan = planned(w, text, [cs, segmentFrom], vStart, vEnd, ce);
      if (plan === ANOTHER) return ANOTHER;
      if (plan) {
        segmentFrom = vEnd;
        continue;
      }
      // a goal between cue and figure (覆盖率均要达到100%), a remainder before it (其余2个问题) or a per-unit word
      // governing it (每轮评查案卷60卷): no total
      if (governedAway(w, text, [cs, cueEnd, segmentFrom], vStart)) return REFUSED;
      // a year in brackets after the figure dates it, whatever stands before it (9.1%（2024年）、7.3%（2025年）); else a
      // figure of a list 分别 pairs with items: the one at the fact's position, or none
      const dated = bracketedYearAfter(text, vEnd, ctx.year);
      if (resp && !dated) return respectiveMatch(index, x, ctx, { cs, ce, respAt: resp.at, cueStart, cueEnd, vStart });
      const judgedFrom = pastInclusionAside(text, segmentFrom, vStart);
      const period = dated?.period ?? periodFor(ctx, w, text, contextFrom, cs, cueStart, judgedFrom, vStart, ctx.year);
      if (period === 'report') return reportFigure(index, x, ctx, [m, over?.value], [cs, ce, cueStart], [vStart, vEnd]);
      passedOver ??= period;
      if (dated) {
        // past the bracket: the next figure's words start after it, and the figure may stand right after it past maxGap
        until = Math.min(window.length, Math.max(until, dated.end - cueEnd + NEXT_AFTER_BRACKET));
        segmentFrom = dated.end;
        continue;
      }
    }
    segmentFrom = vEnd;
  }
  return passedOver;
}

/** How far after a year in brackets after a figure the next figure may start (、 or 和 between). */
const NEXT_AFTER_BRACKET = 3;

/**
 * Whether a split cue's gap holds a target, a denial or another period (中心组2023年学法4次、2024年学法5次; 中心组近三年
 * 共开展学法活动27次).
 */
function splitCueJudged(ctx: ClaimContext, text: string, from: number, to: number): boolean {
  const w = ctx.words;
  return (
    targetIn(w, text, from, to) ||
    deniedIn(w, text, from, to, false) ||
    lastPeriodTag(w, text, from, to, ctx.year)?.period === 'other'
  );
}
