import { lastJudging, type ClaimWords } from './claim-words.js';
import { holdsAny, Match, PERIOD_REACH, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { isChange, lastPeriodTag, type Period } from './time.js';
import { parseMatch } from './value-parse.js';
import { nextValue } from './value-patterns.js';
import { SUM_WORDS } from './sum-words.js';
import { numeralIn } from './cue-window.js';
import { modality } from './polarity.js';

/*
 * A figure the cue's clause does not give, continued in the next clauses: after a change or
 * another period's figure, the report year's level (同比下降3个百分点，为9.5% / 2023年为100%，2024年为90%).
 */

/** How many clauses on a figure may continue an other-year or change clause (2023年为100%，2024年为90%). */
const CONTINUATION_CLAUSES = 2;

/**
 * The figure of the next clause when it opens with an actual word (after a this-year word) and restates one of the
 * fact's cues (…60卷，实际评查58卷); else undefined. A clause about another thing (应出庭30件，实际出庭29件: 出庭 is no cue
 * of cases requiring appearance) is not the fact's.
 */
export function actualRestated(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cs: number,
  cueStart: number,
  ce: number,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const c = text.charCodeAt(ce);
  // (what is done of a whole the fact counts, 问题4个，已完成整改3个, is no restatement of the whole)
  if ((c !== 0xff0c && c !== 0x2c) || w.actual.size === 0 || x.def.doneOfWhole) return undefined;
  const next = index.clause(ce + 1);
  const after = actualOpening(w, text, next[0], next[1]);
  if (after < 0) return undefined;
  const clause = text.slice(after, next[1]);
  for (let k = 0; k < x.cueParts.length; k++)
    if (clause.includes(x.cueParts[k]!.first)) return actualAfterPlan(index, x, ctx, cs, cueStart, ce);
  return undefined;
}

/**
 * Where the actual word ends that a clause opens with, past blanks and a this-year word (，实际评查58卷; ，全年实际完成13场),
 * or a done word when asked (，已培养46名), or -1 when it opens otherwise.
 */
function actualOpening(w: ClaimWords, text: string, from: number, to: number, orDone = false): number {
  let p = from;
  while (p < to && /\s/u.test(text[p]!)) p++;
  p += w.thisYear.at(text, p)?.length ?? 0;
  const actual = w.actual.at(text, p) ?? (orDone ? w.done.at(text, p) : undefined);
  return actual === undefined ? -1 : p + actual.length;
}

/**
 * The cue's clause names the activity with no figure, the next sets its target, and one after it says what was done
 * (开展普法宣传活动，目标40场，完成37场; …宣传活动，年度任务30场，全年实际完成27场): the figure done.
 */
export function planThenDone(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  [cs, ce]: [number, number],
  cueStart: number,
  cueEnd: number,
): FactMatch | undefined {
  const text = index.text;
  const c = text.charCodeAt(ce);
  if (c !== FULL_COMMA && c !== 0x2c) return undefined;
  const next = index.clause(ce + 1);
  // (a target's clause is short: 年度目标30场; a look within reach, not along a clause with no mark in it)
  const nextEnd = Math.min(next[1], next[0] + TARGET_CLAUSE_REACH);
  if (!numeralIn(text, next[0], nextEnd)) return undefined;
  const w = ctx.words;
  if (lastJudging(w, w.target, text, next[0], nextEnd) === undefined) return undefined;
  if (modality(w, text, cs, cueStart, cueStart, cueEnd, index.sentence(cueStart)[0]) !== 'result') return undefined;
  return actualAfterPlan(index, x, ctx, cs, cueStart, next[1]);
}

const FULL_COMMA = 0xff0c;
/** How far into the clause after the cue's its target and figure are looked for. */
const TARGET_CLAUSE_REACH = 24;

/**
 * The figure a clause after the cue's plan gives as done (年初计划开展15场，实际开展21场; 原定10场，全年实际完成13场):
 * the first of the next clauses (at most CONTINUATION_CLAUSES, in the sentence) opening, after a this-year word, with
 * an actual word, and its first figure within reach — none when a negation or a target stands before it.
 */
export function actualAfterPlan(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cs: number,
  cueStart: number,
  ce: number,
): FactMatch | undefined {
  const w = ctx.words;
  if (w.actual.size === 0) return undefined;
  const text = index.text;
  const se = index.sentence(cueStart)[1];
  let from = ce;
  for (let k = 0; k < CONTINUATION_CLAUSES && from < se && text[from] !== '\n' && text[from] !== '。'; k++) {
    const clause = index.clause(from + 1);
    from = clause[1];
    // (after a plan, a done word opens what was done too: 拟培养50名，已培养46名 — but what is done of a whole the fact
    // counts, 问题15个…，目前已完成11项, is no figure of the whole)
    const after = actualOpening(w, text, clause[0], clause[1], !x.def.doneOfWhole);
    if (after < 0) continue;
    const m = nextValue(x.valueSticky!, text, after, Math.min(clause[1], after + ACTUAL_REACH));
    if (!m || m.index + m[0].length > clause[1]) return undefined;
    if (lastJudging(w, w.negation, text, after, m.index) || lastJudging(w, w.target, text, after, m.index))
      return undefined;
    // words making it another figure (实际应出庭应诉的…48件 counts cases requiring appearance, not appearances)
    if (x.notBetween.length > 0 && holdsAny(text.slice(after, m.index), x.notBetween)) return undefined;
    // a target met (完成县司法局下达的80名培养任务) names the target's figure, not what was done
    if (goalNounWithin(w, text, m.index + m[0].length, clause[1])) return undefined;
    const parsed = parseMatch(x, m);
    if (!parsed) return undefined;
    const q = quote(index, cs, clause[1], cueStart, m.index + m[0].length, parsed.approximate);
    // (whose the figure is, its own clause's words say: …任务300卷，我局组织…，实际评查案卷312卷 is 我局's)
    return new Match(parsed.value, m.index, ctx, clause[0], m.index, q);
  }
  return undefined;
}

/** Whether a goal noun stands after the figure ending at `end`, within reach in its clause (80名培养任务). */
function goalNounWithin(w: ClaimWords, text: string, end: number, ce: number): boolean {
  const to = Math.min(ce, end + GOAL_NOUN_REACH);
  for (let i = end; i < to; i++) if (w.goalNouns.at(text, i) !== undefined) return true;
  return false;
}

/** How far after a done figure a goal noun makes it the target's (80名培养任务). */
const GOAL_NOUN_REACH = 6;

/** How far after an actual word (实际开展, 实际深入工地、园区开展) its figure may start. */
const ACTUAL_REACH = 24;

/** The first of the next clauses (at most CONTINUATION_CLAUSES, in the sentence) to give a level. */
export function continuation(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  ce: number,
  se: number,
  bareOk = false,
): Continued | undefined {
  const text = index.text;
  // a 其中 after a semicolon breaks down the statement before it (…累计4,300余场次；其中2024年开展1,120场次)
  if (isSemicolon(text.charCodeAt(se)) && ctx.words.breakdown.at(text, skipBlanks(text, se + 1)) !== undefined)
    se = index.sentence(se + 1)[1];
  let from = ce;
  for (let k = 0; k < CONTINUATION_CLAUSES && from < se && text[from] !== '\n' && text[from] !== '。'; k++) {
    const clause = index.clause(from + 1);
    const m =
      (bareOk && k === 0 ? bareFigure(ctx.words, x, text, clause[0], clause[1]) : undefined) ??
      continuationValue(ctx.words, x, text, clause[0], clause[1], ctx.year);
    if (m) return m;
    from = clause[1];
  }
  return undefined;
}

/** Whether the cue's clause dates or compares its figure, so a continuing clause may give the level. */
export function clauseMarksPeriod(
  w: ClaimWords,
  text: string,
  contextFrom: number,
  cs: number,
  cueStart: number,
  cueEnd: number,
  ce: number,
  year: number | undefined,
): Period | undefined {
  if (isChange(w, text, cueEnd, ce)) return 'change';
  const tag =
    lastPeriodTag(w, text, Math.max(cs, cueStart - PERIOD_REACH), ce, year) ??
    lastPeriodTag(w, text, contextFrom, cueStart, year, true);
  return tag?.period === 'other' ? 'other' : undefined;
}

const YEAR_AT = /^((?:19|20)\d{2})\s*年度?/u;

/**
 * A clause that can continue a dated or comparative one with the level: [report year]
 * [change word] level word, then the figure (2024年为90% / 达到95% / 为9.5%). `dated` when it
 * names the report year: only such a clause continues another period's figure (2023年…100%，
 * 为全市第一 does not).
 */
/** A continuing clause's figure: `dated` when the clause names the report year, `bare` when it is the figure alone. */
interface Continued {
  match: RegExpExecArray;
  at: number;
  dated: boolean;
  end: number;
  bare?: boolean;
}

/**
 * A clause that is a figure alone, after an optional sum word (共, 合计) and closed by nothing or an attending word
 * (45人次; 共60人次; 32人参加): right after a clause whose figure has another unit (开展执法培训2场), it counts the
 * same activity's people.
 */
function bareFigure(w: ClaimWords, x: FactExtractor, text: string, ns: number, ne: number): Continued | undefined {
  let p = skipBlanks(text, ns);
  // a sum's word only: a clause opening with 达到 / 为 gives a level, read as one (…提高5个百分点，达到95%)
  const sum = BARE_LEAD.exec(text.slice(p, p + 2));
  if (sum) p += sum[0].length;
  const re = x.valueSticky!;
  re.lastIndex = p;
  const m = re.exec(text);
  if (!m || m.index !== p || m.index + m[0].length > ne) return undefined;
  const rest = text.slice(m.index + m[0].length, ne).trim();
  if (rest.length > 0 && w.attending.at(rest, 0) !== rest) return undefined;
  return { match: m, at: p + (m[0].length - m[0].trimStart().length), dated: false, end: ne, bare: true };
}

const BARE_LEAD = new RegExp(`^(?:${SUM_WORDS.join('|')}|共|计)`, 'u');

function continuationValue(
  w: ClaimWords,
  x: FactExtractor,
  text: string,
  ns: number,
  ne: number,
  year: number | undefined,
): Continued | undefined {
  let p = skipBlanks(text, ns);
  // the year's part of a total (…累计开展4,300余场次，其中2024年开展1,120场次): dated, and its verb gives the level
  const part = w.breakdown.at(text, p);
  if (part) p += part.length;
  let dated = false;
  const y = YEAR_AT.exec(text.slice(p, Math.min(ne, p + 8)));
  if (y) {
    if (year === undefined || Number(y[1]) !== year) return undefined;
    p += y[0].length;
    dated = true;
  } else {
    const t = w.thisYear.at(text, p);
    if (t) {
      p += t.length;
      dated = true;
    }
  }
  const change = w.change.at(text, p);
  if (change) p += change.length;
  const level =
    w.level.at(text, p) ?? (dated && !change ? (w.activityVerbs.at(text, p) ?? datedVerb(w, x, text, p)) : undefined);
  if (level) p += level.length;
  else if (change || !dated || part) return undefined;
  // verbs run on (组织开展520场次)
  for (let v = w.activityVerbs.at(text, p); v && level !== undefined; v = w.activityVerbs.at(text, p)) p += v.length;
  const re = x.valueSticky!;
  re.lastIndex = p;
  const m = re.exec(text);
  if (!m || m.index + m[0].length > ne) return undefined;
  return { match: m, at: p + (m[0].length - m[0].trimStart().length), dated, end: ne };
}

/**
 * A short verb right before the figure in a clause the report year dates (…去年接听8,900次，今年接听9,412次): one or two
 * characters, no negation, target word or other fact's cue among them; else undefined.
 */
function datedVerb(w: ClaimWords, x: FactExtractor, text: string, p: number): string | undefined {
  const m = DATED_VERB.exec(text.slice(p, p + DATED_VERB_REACH));
  if (m === null) return undefined;
  const end = p + m[0].length;
  // (nor another fact's cue: 全年败诉2件 continues no count of lawsuits)
  if (w.negation.last(text, p, end) || w.target.last(text, p, end) || x.othersNaming.last(text, p, end))
    return undefined;
  return m[0];
}
const DATED_VERB = /^[\u4e00-\u9fff]{1,2}(?=\d)/u;
const DATED_VERB_REACH = 3;

function skipBlanks(text: string, p: number): number {
  while (p < text.length && /\s/u.test(text[p]!)) p++;
  return p;
}

const isSemicolon = (c: number) => c === 0xff1b || c === 0x3b;

/** At most this many characters may follow a figure in its clause for the next clause to continue it. */
const SCOPED_TAIL = 2;

/**
 * The same figure for another scope, given right after the one taken: a clause that is only a
 * scope word, a level word and a figure (区政府本级败诉率为3.2%，全区为5.7% / 本局出庭率100%，全县为96%).
 * Its scope is its own scope word; the reporter's role then picks between the two.
 */
export function scopedContinuation(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  taken: FactMatch,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  // the cheap looks first, by character code: this runs for every figure taken
  const clause = index.clause(taken.valueOffset);
  if (!isClauseMark(text.charCodeAt(clause[1]))) return undefined;
  const next = index.clause(clause[1] + 1);
  let p = next[0];
  while (p < next[1] && isSpace(text.charCodeAt(p))) p++;
  const scope = w.scopeWords.at(text, p);
  if (!scope) return undefined;
  p += scope.length;
  const level = w.level.at(text, p);
  if (!level) return undefined;
  p += level.length;
  const re = x.valueSticky!;
  re.lastIndex = taken.valueOffset;
  const first = re.exec(text);
  if (!first || clause[1] - (taken.valueOffset + first[0].length) > SCOPED_TAIL) return undefined;
  re.lastIndex = p;
  const m = re.exec(text);
  if (!m || m.index !== p || next[1] - (p + m[0].length) > SCOPED_TAIL) return undefined;
  const parsed = parseMatch(x, m);
  if (!parsed) return undefined;
  // quoted with the clause that names the figure (…败诉率为3.2%，全区为5.7%)
  const q = quote(index, clause[0], next[1], p, p + m[0].length, parsed.approximate);
  return new Match(parsed.value, p, ctx, next[0], p, q);
}

/** ，,；; — the marks after which a clause may carry the figure on for another scope. */
const isClauseMark = (c: number) => c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b;
const isSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0x09;
