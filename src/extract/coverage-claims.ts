import { judging, type ClaimWords } from './claim-words.js';
import { holdsAny, sentenceReach, type ClaimContext } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { doublyNegated, targetAfter, targetIn, type Modality } from './polarity.js';
import { isChange, lastPeriodTag } from './time.js';
import type { TextIndex } from './text-index.js';
import { doneOfWhole } from './done-counts.js';
import { isDenial } from './denial-values.js';
import { namesBodyWithUnits } from './units-joined.js';
import { anotherNounsRate } from './rate-nouns.js';
import { partWordStates } from './part-words.js';

/*
 * How a coverage fact's claim (述法, 法律顾问) reads beside its sentence: partial when only part was reached, full when
 * all were, whatever value its cue words give.
 */

/**
 * What a coverage fact's claim reads as beside its sentence: partial when only part was reached (仍有…未, counts of
 * part, a rate under 100%), full when a held claim's counts, next clause or own share say all were; else undefined.
 */
export function coverageReading(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  value: string,
  mode: Modality,
  cs: number,
  ce: number,
  at: number,
  end: number,
): string | undefined {
  const cov = x.coverage!;
  // a claim of completion that counts what was done (反馈的6个问题，已整改5个): by the whole before it, or no claim of
  // all when no whole is stated
  const done =
    mode === 'result' && value === cov.full ? doneOfWhole(index.text, index.sentence(at)[0], at, end) : undefined;
  if (done === 'part') return NOT_READ;
  if (done === 'partial') return cov.partial;
  // counts in the claim's clause say how far it reached (38个单位中有30个聘请了法律顾问); a pair of what was due and what
  // was done in its sentence (应述45人，实述45人) is read after (coverage-counts.ts)
  const counted =
    mode === 'result' && value !== cov.partial
      ? coverageByCounts(index, Math.min(cs, index.sentence(at)[0]), ce, index.sentence(at)[1])
      : undefined;
  if (
    value !== cov.partial &&
    (mode === 'partial' ||
      counted === 'partial' ||
      partlyAchieved(
        index,
        ctx,
        cov.words ?? [],
        x.def.cues ?? [],
        factWords(x),
        at,
        unitsLeftOut(ctx, x, index.text, cs, at),
      ))
  )
    return cov.partial;
  if (counted === 'full' && merelyHeld(x, value)) return cov.full;
  // held, and the next clause says all were covered (组织…37个部门主要负责人述法，实现全覆盖), or its own clause gives a
  // share of 100% (聘请法律顾问的单位达到100%): full
  if (
    mode === 'result' &&
    merelyHeld(x, value) &&
    (coveredNext(index, ctx, cov.words ?? [], ce) ||
      FULL_SHARE.test(index.text.slice(at, ce)) ||
      allRightBefore(ctx.words, index.text, cs, at) ||
      doublyNegated(ctx.words, index.text, cs, at))
  )
    return cov.full;
  return undefined;
}

/**
 * Whether a word saying all of its subject did it (vocabulary `allOf`: 均, 全部) stands right before the claim, or
 * before 已 / 已经 there: 镇政府和所辖14个村全部签订了法律顾问合同, 区政府及各部门均已配备法律顾问 say all were covered.
 */
function allRightBefore(w: ClaimWords, text: string, cs: number, at: number): boolean {
  let end = at;
  if (text.startsWith('已经', end - 2)) end -= 2;
  else if (text.charCodeAt(end - 1) === YI) end -= 1;
  const found = w.allOf.last(text, Math.max(cs, end - ALL_OF_REACH), end);
  return found !== undefined && found.at + found.word.length === end;
}

const YI = 0x5df2; // 已
const ALL_OF_REACH = 4;

/**
 * The words naming units a coverage fact leaves out (its `exclude`: 村, 社区), whose clauses say nothing of the reporter's
 * coverage — none when the claim names the body together with its units (已为街道和5个社区聘请法律顾问，其余3个社区…):
 * then the rest is the claim's own.
 */
function unitsLeftOut(ctx: ClaimContext, x: FactExtractor, text: string, cs: number, at: number): string[] {
  if (x.exclude.length === 0) return NO_WORDS;
  const joint = namesBodyWithUnits(ctx.words, text, cs, at) && holdsAny(text.slice(cs, at), x.exclude);
  return joint ? NO_WORDS : x.exclude;
}

const NO_WORDS: string[] = [];

/** A claim that says nothing of coverage as it stands (已整改3项, with no whole stated): no value. */
export const NOT_READ = '';

/** Whether a coverage fact's value says only that it was done (held): not full, partial, or what a denial gives. */
export function merelyHeld(x: FactExtractor, value: string): boolean {
  const cov = x.coverage!;
  return value !== cov.full && value !== cov.partial && !isDenial(x, value);
}

/**
 * Whether the clause right after `ce`, in its sentence, opens by saying coverage was reached (实现全覆盖,
 * 做到应述尽述, 覆盖率达到100%): a level word, then a coverage word, no negation or target before it.
 */
function coveredNext(index: TextIndex, ctx: ClaimContext, coverageWords: string[], ce: number): boolean {
  // the clause after, or the one after that when the first only counts (…述法，述法人数47人，覆盖率100%)
  if (coveredAt(index, ctx, coverageWords, ce)) return true;
  const text = index.text;
  if (!CLAUSE_COMMA.test(text[ce] ?? '')) return false;
  const next = index.clause(ce + 1);
  return COUNT_ONLY.test(text.slice(next[0], next[1]).trim()) && coveredAt(index, ctx, coverageWords, next[1]);
}

/** A clause that only counts (述法人数47人, 应述27人, 实述27人): a coverage claim may follow it. */
const COUNT_ONLY = /^[^\d，,；;。]{0,8}\d+\s*[人个名家]$/u;

/** Whether the clause right after `ce`, in its sentence, opens by saying coverage was reached. */
function coveredAt(index: TextIndex, ctx: ClaimContext, coverageWords: string[], ce: number): boolean {
  const text = index.text;
  if (coverageWords.length === 0 || !CLAUSE_COMMA.test(text[ce] ?? '')) return false;
  const next = index.clause(ce + 1);
  const lead = text.slice(next[0], Math.min(next[1], next[0] + COVERED_REACH)).trim();
  const w = ctx.words;
  if (judging(w, w.negation, lead, 0, lead.length).length > 0 || targetIn(w, lead, 0, lead.length)) return false;
  return (COVERED_LEAD.test(lead) && holdsAny(lead, coverageWords)) || FULL_RATE_LEAD.test(lead);
}

const CLAUSE_COMMA = /[，,]/u;
/** A share of 100% after the claim in its clause (聘请法律顾问的单位达到100%): all of them. */
const FULL_SHARE =
  /(?:达到|达|为|占|保持|提高到|提升到|提高至|提升至|覆盖率|配备率|：|:)\s*(?:100(?:\.0+)?\s*[%％]|百分之(?:一)?百(?![分点零〇一二三四五六七八九]))/u;
const COVERED_LEAD = /^(?:并|已|均已|基本)?(?:实现|做到|达到)/u;
/** …述法，覆盖率达到100%: a full rate opening the next clause. */
const FULL_RATE_LEAD = /^覆盖率(?:达到|达|为|提高到|提升到|提高至|提升至)?100(?:\.0+)?[%％]/u;
const COVERED_REACH = 12;

/** How far after a negation a coverage word still is what it denies (没有实现全覆盖). */
const COVERAGE_NEGATION_REACH = 6;
const COVERAGE_RATE = '覆盖率';

/** A fact's own words (its cues and its unsplit value cues: 述法), whose rate a 述法覆盖率 is; once per extractor. */
const FACT_WORDS = new WeakMap<FactExtractor, readonly string[]>();
function factWords(x: FactExtractor): readonly string[] {
  let words = FACT_WORDS.get(x);
  if (words === undefined) {
    words = [...(x.def.cues ?? []), ...(x.valueCues ?? []).flatMap(([, cues]) => cues)].filter((c) => !c.includes('…'));
    FACT_WORDS.set(x, words);
  }
  return words;
}

/**
 * The sentence says coverage is only partly achieved: a partial word (仍有, 目前已完成), a
 * negation right before a coverage word (没有实现全覆盖), or a rate under 100% in a clause
 * naming coverage or a rate, or in the claim's own clause.
 */
function partlyAchieved(
  index: TextIndex,
  ctx: ClaimContext,
  coverageWords: string[],
  cues: string[],
  owners: readonly string[],
  at: number,
  exclude: string[],
): boolean {
  const w = ctx.words;
  const reach = sentenceReach(index, at);
  const ss = reach[0];
  const se = reach[1];
  const text = index.text;
  if (partWordStates(index, w, [cues, coverageWords], exclude, text, ss, se)) return true;
  const negations = judging(w, w.negation, text, ss, se);
  for (let k = 0; k < negations.length; k++) {
    const n = negations[k]!;
    const after = text.slice(n.at + n.word.length, Math.min(se, n.at + n.word.length + COVERAGE_NEGATION_REACH + 3));
    if (holdsAny(after, coverageWords)) return true;
  }
  // no rate without a % sign; matchAll made a copy of the pattern for every sentence judged
  const window = text.slice(ss, se);
  if (!window.includes('%')) return false;
  const rate = RATE;
  rate.lastIndex = 0;
  for (let m = rate.exec(window); m; m = rate.exec(window)) {
    if (Number(m[1]) >= 100) continue;
    const span = index.clause(ss + m.index);
    // another year's rate says nothing of this year's coverage (2023年…覆盖率为80%，2024年…实现全覆盖), nor does a
    // rate of a list after 分别 (2023年、2024年、2025年…分别为82%、91%、100%): the fact's rate reads its own item
    if (lastPeriodTag(w, text, span[0], ss + m.index, ctx.year)?.period === 'other') continue;
    if (w.respectively.last(text, span[0], ss + m.index) !== undefined) continue;
    // a goal's rate (确定覆盖率不低于95%的目标; 力争覆盖率达到90%) says nothing of what was reached
    const rateEnd = ss + m.index + m[0].length;
    if (targetIn(w, text, span[0], ss + m.index) || targetAfter(w, text, rateEnd, span[1])) continue;
    const clause = text.slice(span[0], span[1]);
    // a coverage rate, or a rate of the fact itself: not another fact's (述法覆盖率100%，行政复议直接纠错率12.5%)
    const coverageRate = clause.indexOf(COVERAGE_RATE);
    if (
      (coverageRate >= 0 &&
        !anotherNounsRate(text, span[0] + coverageRate, span[0] + coverageRate + COVERAGE_RATE.length, owners)) ||
      holdsAny(clause, coverageWords) ||
      (clause.includes('率') && holdsAny(clause, cues))
    )
      return true;
    // a share in the claim's own clause is how far it reached (已有68%的单位完成述法), unless it is a change (提高15%)
    if (span[0] <= at && at < span[1] && !isChange(w, text, span[0], ss + m.index)) return true;
  }
  return false;
}

/** A rate as written (95%, 99.5 %); never empty, so a global search moves on by itself. */
const RATE = /(\d+(?:\.\d+)?)\s*%/gu;

/**
 * Coverage stated by its counts in a claim's clause [cs, ce): 38个单位中有30个聘请了法律顾问 is 30 of 38
 * (partial), 29个应述法单位中有26个单位的主要负责人进行了述法 is part of them, 全县41个部门中有41个部门… is all of them
 * (full). The pair is the whole and the part of it the claim is about; a count alone (37个部门主要负责人述法) says nothing of coverage.
 */
function coverageByCounts(index: TextIndex, cs: number, ce: number, se: number): 'full' | 'partial' | undefined {
  if (ce - cs < MIN_PAIR_LENGTH) return undefined;
  const m = ce <= se ? countsIn(index, cs, ce, se) : OF_COUNTS.exec(index.text.slice(cs, ce));
  if (!m) return undefined;
  const whole = Number(m[1]);
  const part = Number(m[3]);
  if (!(part > 0 && part <= whole)) return undefined;
  return part === whole ? 'full' : 'partial';
}

/**
 * N个…中(有)M个 (or 名, 家: 53名应述法对象中51名; …41个单位中，已有38个): the whole, a few words naming what it counts,
 * then the part. Not 其中, which opens a breakdown of the whole (完成473名负责人述法（其中21名现场述法）: all 473 did it,
 * 21 of them in one way).
 */
const OF_COUNTS = /(\d+)\s*([个名家])[^，,：:；;。0-9]{0,12}?(?<!其)中[，,]?\s*(?:已有|有|的)?\s*(\d+)\s*\2/u;

/**
 * OF_COUNTS's first match in [from, ce), ce ≤ se: by its first match in [from, se), read once for each `from` (every
 * claim of a sentence asks from the sentence's start, and a sentence with no stop runs on for thousands of characters).
 * The pattern has no anchor nor look-around, so a match in the shorter span is one in the longer: none starts before
 * the longer's first; that one, when it ends by ce, is the shorter's too; else a shorter reading from its start, if any.
 */
function countsIn(index: TextIndex, from: number, ce: number, se: number): RegExpExecArray | null {
  let known = firstCounts.get(index);
  if (known === undefined) firstCounts.set(index, (known = new Map()));
  let first = known.get(from);
  if (first === undefined || first.se !== se) {
    first = { se, m: OF_COUNTS.exec(index.text.slice(from, se)) };
    known.set(from, first);
  }
  const m = first.m;
  if (m === null || from + m.index >= ce) return null;
  if (from + m.index + m[0].length <= ce) return m;
  return OF_COUNTS.exec(index.text.slice(from + m.index, ce));
}

/** Each document's first OF_COUNTS match from a span's start to its sentence's end (countsIn). */
const firstCounts = new WeakMap<TextIndex, Map<number, { se: number; m: RegExpExecArray | null }>>();
/** The shortest clause head that can hold such a pair (1个单位中有1个). */
const MIN_PAIR_LENGTH = 6;
