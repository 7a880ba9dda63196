import { othersActivity, someOfThemDeny } from './others-activity.js';
import type { FactValue } from '../model/report.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import { opensWith } from './word-set.js';
import { JUDGE_REACH, Match, holdsAny, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { CUE_GAP } from './split-cues.js';
import { activityDeniedAfter, attendedNotHeld } from './activity-denial.js';
import { putOffBefore } from './put-off.js';
import { answeredQuestion } from './question-answers.js';
import { deniedValue } from './denial-values.js';
import { coverageReading, merelyHeld, NOT_READ } from './coverage-claims.js';
import { DEPARTMENTS } from './scope-names.js';
import { deniedIn, doublyNegated, modality, type Modality } from './polarity.js';
import type { TextIndex } from './text-index.js';
import { pastBlanks } from './line-spans.js';
import { labelStart } from './labelled-value-cues.js';
import { anotherYears } from './claim-years.js';
import { deniedValueOf } from './denied-coverage.js';
import { noClaim } from './no-claim.js';
import { gapModality } from './split-cue-gaps.js';
import { deniesIt, unitsDenial } from './units-denial.js';
import { answerValueEnd } from './record-fields.js';

/** Where the second word of a split cue ends, when it follows within CUE_GAP characters in the same clause. */
export function secondPartEnd(index: TextIndex, from: number, second: string): number | undefined {
  const ce = index.clause(from)[1];
  const text = index.text;
  // looked for at each place of the window, not in a slice (an allocation per hit of a split cue's anchor) and not
  // by indexOf (which would run on to the text's end when the word is absent)
  const last = Math.min(ce, from + CUE_GAP + second.length) - second.length;
  for (let i = from; i <= last; i++) if (text.startsWith(second, i)) return i + second.length;
  return undefined;
}

/**
 * Where the first word of a split cue starts, when it comes within CUE_GAP characters before `to` in
 * the same clause.
 */
export function firstPartStart(index: TextIndex, to: number, first: string): number | undefined {
  const text = index.text;
  const from = Math.max(index.clause(to)[0], to - CUE_GAP - first.length);
  // from the end of the window back (see secondPartEnd)
  for (let i = to - first.length; i >= from; i--) if (text.startsWith(first, i)) return i;
  return undefined;
}

/**
 * Whether a claim that the activity was held tells what the reporter's people attended (组织执法人员参加县司法局举办的
 * 行政执法培训; facts.yaml `attended`): no claim that it held one.
 */
function attendedOnly(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  value: string,
  mode: Modality,
  at: number,
): boolean {
  if (mode !== 'result' || x.def.attended === undefined || value !== 'true') return false;
  return attendedNotHeld(index, x, ctx.words, at, ctx.year);
}

/**
 * An enum/boolean value cue, judged. A coverage fact's claim whose sentence says coverage is
 * only partly achieved (仍有…未, 没有实现全覆盖, 目前已完成60%) reads as partial, even
 * beside a target. Otherwise a target claim is no result, and a negated one gives the value
 * the pack maps it to (whenNegated: 没有聘请法律顾问 → none) or nothing — never the value
 * it denies. A negation inside a relative clause (对未落实…的单位) describes others: nothing.
 * [gapFrom, gapTo) is the text between a split cue's words (述职时未专门述法): a negation there
 * denies the claim, as one before the cue does, and a target there sets it; a negation the cue itself is written with
 * does not.
 */
export function valueCueClaim(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  value: string,
  at: number,
  end: number,
  gapFrom: number,
  gapTo: number,
): FactMatch | undefined {
  const text = index.text;
  const clause = index.clause(at);
  const cs = clause[0];
  // (not for cues that introduce what follows, 原因：…, whose content's denials judge nothing)
  const ce = x.def.introduces === true ? clause[1] : labelValueEnd(index, end, clause[1]);
  if (noClaim(index, x, ctx.words, cs, ce, at, end)) return undefined;
  let mode = gapModality(
    ctx.words,
    text,
    modality(ctx.words, text, cs, ce, at, end, index.sentence(at)[0]),
    gapFrom,
    gapTo,
  );
  if (deniesAnAct(ctx.words, x, value, text, [cs, at, end, gapFrom], mode)) return undefined;
  // a clause opening with a zero word says none happened (无因执法不规范被上级通报批评的情况)
  if (mode === 'result' && opensWithZero(ctx.words, text, cs, at) && !doublyNegated(ctx.words, text, cs, at))
    mode = 'negated';
  if (mode === 'result' && allOfAPart(index, ctx.words, x, value, cs, at, end)) mode = 'partial';
  const notHeld = deniedActivity(index, x, ctx, value, mode, [cs, ce], at, end);
  if (notHeld) return othersDenial(index, x, ctx, cs, at, end) ? undefined : notHeld;
  if (attendedOnly(index, x, ctx, value, mode, at)) return undefined;
  // a denial later in the clause than a negation reaches (三项制度在部分执法中队落实不到位; 案卷评查工作因
  // 系统切换暂缓) leaves the claim in doubt: no value; so does, for a fact a denial changes (whenNegated),
  // a word that says it falls short (落实得不够好, 有待加强)
  if (mode === 'result' && deniedLater(ctx.words, x, text, end, ce)) return undefined;
  // (and a year dating the claim inside a split cue's gap: 局长2023年度述法…)
  if (anotherYears(ctx, x, text, cs, at) || (gapTo > gapFrom && anotherYears(ctx, x, text, gapFrom, gapTo)))
    return undefined;
  // a denial of units under the reporter (下属3个所未配备法律顾问) is theirs: the reporter's coverage, whatever its own,
  // is not whole — no none of the reporter's
  if ((mode === 'negated' || deniesIt(x, value)) && unitsDenial(ctx.words, x, text, cs, at))
    return x.coverage ? valueMatch(index, x, ctx, x.coverage.partial, cs, ce, at, end) : undefined;
  const cov = x.coverage;
  const read = cov ? coverageReading(index, x, ctx, value, mode, cs, ce, at, end) : undefined;
  if (read === NOT_READ) return undefined;
  let v: string | undefined = value;
  if (read !== undefined) v = read;
  else if (mode === 'target' || mode === 'partial') return undefined;
  else if (mode === 'negated') v = deniedValueOf(index, x, ctx, value, cs, ce, at);
  // a denial inside a relative clause describes others (对未落实执法公示制度的单位)
  if (
    v === undefined ||
    ((mode === 'negated' || lastJudging(ctx.words, ctx.words.negation, text, at, end) !== undefined) &&
      relativeClauseAfter(text, end, ce)) ||
    (v === DENIED && x.type === 'boolean' && othersDenial(index, x, ctx, cs, at, end))
  )
    return undefined;
  return valueMatch(index, x, ctx, v, cs, ce, at, end);
}

/**
 * Whether a denial of an activity is others': another body organised it (县司法局部署的…评查尚未开展), or it names some of
 * the units that would hold it (部分乡镇…评查未开展).
 */
function othersDenial(index: TextIndex, x: FactExtractor, ctx: ClaimContext, cs: number, at: number, end: number) {
  return othersActivity(index, ctx, cs, at) || someOfThemDeny(ctx.words, x, index.text, cs, end);
}

/**
 * Where the claim of a cue ending its clause at a colon reads to: the value the label gives, the clause after the colon
 * (执法人员培训：本年度没有组织; 案卷评查：未开展) — else the clause's end.
 */
function labelValueEnd(index: TextIndex, end: number, ce: number): number {
  const text = index.text;
  const p = pastBlanks(text, end);
  const c = text.charCodeAt(p);
  if (p !== ce || (c !== 0xff1a && c !== 0x3a) || p + 1 >= text.length) return ce;
  return index.clause(p + 1)[1];
}

/**
 * Whether a coverage fact's held claim is a split cue opening with the fact's own cue word (法律顾问…审查, written apart
 * or together): a one-word cue's gap starts at its end, a split one's right after its first word.
 */
/**
 * Whether the claim's denial is of an act on the fact's noun, not of the noun: the noun acting in a split cue
 * (部分合同未经法律顾问审查: actDenied), or what it gives asked for (未充分征求法律顾问意见: vocabulary opinionNouns).
 */
function deniesAnAct(
  w: ClaimWords,
  x: FactExtractor,
  value: string,
  text: string,
  [cs, at, end, gapFrom]: [number, number, number, number],
  mode: Modality,
): boolean {
  if (actsInSplitCue(x, value, text, at, end, gapFrom) && actDenied(w, text, cs, at, mode)) return true;
  return mode === 'negated' && w.opinionNouns.at(text, end) !== undefined;
}

function actsInSplitCue(x: FactExtractor, value: string, text: string, at: number, end: number, gapFrom: number) {
  if (x.coverage === undefined || gapFrom >= end || !merelyHeld(x, value)) return false;
  return (x.def.cues ?? []).includes(text.slice(at, gapFrom));
}

/**
 * Whether the act a split cue names is denied or done for a part only before its noun (部分合同未经法律顾问审查): but
 * some of the units (部分部门法律顾问未能实质参与…, vocabulary scopes.departments) still say how far coverage reached.
 */
function actDenied(w: ClaimWords, text: string, cs: number, at: number, mode: Modality): boolean {
  const part = lastJudging(w, w.partial, text, cs, at);
  if (part !== undefined && w.scopeOf.get(w.scopeWords.at(text, part.at) ?? '') === DEPARTMENTS) return false;
  return mode !== 'result' || part !== undefined || lastJudging(w, w.negation, text, cs, at) !== undefined;
}

/** The statement of value `v` at the cue [at, end) of the clause [cs, ce), ranked by the pack's order; none if unlisted. */
function valueMatch(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  v: string,
  cs: number,
  ce: number,
  at: number,
  end: number,
): FactMatch | undefined {
  const r = rankOf(x.valueCues!, v);
  if (r < 0) return undefined;
  const [scopeStart, scopeAt] = scopeSpan(index, ctx.words, cs, at);
  // (a value told after its label, 法律顾问：已聘请, is quoted with the label)
  const q = quote(index, labelStart(index, x, cs), ce, at, end, false);
  return new Match(typedEnum(x, v), cs, ctx, scopeStart, scopeAt, q, r);
}

/**
 * Where the words giving a claim's scope stand: its own clause before the cue, or, for a clause opening with a totality
 * word (…，我镇作出重大行政决策2件，均经合法性审查), the clause before, whose items it claims all of.
 */
function scopeSpan(index: TextIndex, w: ClaimWords, cs: number, at: number): [number, number] {
  if (cs < 2 || !opensWith(w.totality, index.text, cs)) return [cs, at];
  const c = index.text.charCodeAt(cs - 1);
  if (c !== 0xff0c && c !== 0x2c) return [cs, at];
  return [index.clause(cs - 2)[0], cs - 1];
}

/**
 * The activity named, then denied or put off in its clause (执法案卷评查工作没有开展; 原定于四季度开展的评查推迟至明年):
 * not held, though a plan's words came before it — the statement of the value a denial gives. A denial the pack maps
 * (whenNegated) is judged by valueCueClaim, where a coverage fact stated in another clause reads as partial.
 */
function deniedActivity(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  value: string,
  mode: Modality,
  clause: readonly [number, number],
  at: number,
  end: number,
): FactMatch | undefined {
  const denied = deniedValue(x, value);
  if (denied === undefined || mode === 'partial' || (mode === 'negated' && x.whenNegated !== undefined))
    return undefined;
  // (or put off right before it: 本局暂缓开展局内案卷评查, 今年推迟举办执法人员培训; or a form's question on it answered
  // no: 是否开展行政执法案卷评查：否)
  const putOff = (mode === 'negated' || mode === 'result') && putOffBefore(index, ctx.words, clause[0], at);
  const asked = mode === 'negated' ? answeredQuestion(ctx.words, index.text, clause[0], at, end) : undefined;
  const answeredNo = asked?.answer === 'no';
  if (!putOff && !answeredNo && !activityDeniedAfter(index, ctx.words, end, clause[1])) return undefined;
  // quoted with a record's answer field, which may be what denies it (…案卷评查；情况：本年度未开展), or the answer
  const quoteEnd = answeredNo
    ? Math.max(clause[1], asked.end)
    : (answerValueEnd(index, ctx.words, clause[1]) ?? clause[1]);
  return valueMatch(index, x, ctx, denied, clause[0], quoteEnd, at, end);
}

/** Whether the clause opens (after a this-year word) with a zero word before the claim (无…的情况), not an ordinary word. */
function opensWithZero(w: ClaimWords, text: string, cs: number, at: number): boolean {
  let p = cs;
  while (p < at && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x3000)) p++;
  // after a this-year word (全年无…的情况) and a scope word naming whose (本年度我局无干部…被问责)
  p += w.thisYear.at(text, p)?.length ?? 0;
  p += w.scopeWords.at(text, p)?.length ?? 0;
  const word = w.zero.at(text, p);
  return word !== undefined && p + word.length <= at && !w.ordinary.covers(text, p, word.length, w.ordinaryReach);
}

/**
 * Whether a claim that all were done is about what is left over (除1项外，其余5项均经合法性审查) or about a breakdown's part
 * (3件，其中前两件均经合法性审查): it holds for a part only. Only a claim of all: a coverage fact's full value, or a claim
 * with a totality word (均, 全部); an activity held by some (其中19名负责人现场述法) is still held.
 */
function allOfAPart(
  index: TextIndex,
  w: ClaimWords,
  x: FactExtractor,
  value: string,
  cs: number,
  at: number,
  end: number,
): boolean {
  return claimsAll(w, x, value, index.text, cs, end) && aboutAPart(w, x, index.text, cs, at, index);
}

/** Whether the claim says all were done: a coverage fact's full value, or a totality word from its clause's start on. */
function claimsAll(w: ClaimWords, x: FactExtractor, value: string, text: string, cs: number, end: number): boolean {
  if (x.coverage) return value === x.coverage.full;
  return value !== 'false' && lastJudging(w, w.totality, text, cs, end) !== undefined;
}

/** Whether a remainder word or an exception (除…外) stands before `at` in its clause, or it opens with 其中. */
function aboutAPart(w: ClaimWords, x: FactExtractor, text: string, cs: number, at: number, index: TextIndex): boolean {
  if (opensWith(w.breakdown, text, cs) || excepts(text, cs, at)) return true;
  if (lastJudging(w, w.remainder, text, cs, at) === undefined) return false;
  // the rest did it too when the sentence said before that the others did, undenied (6个部门的主要负责人现场述法，其余部门
  // …均提交了书面述法报告): all of them
  const from = Math.max(index.sentence(cs)[0], cs - REST_REACH);
  // (not after an exception: 除2个单位外，其余…均聘请了法律顾问 is the rest only)
  const othersDid =
    holdsAny(text.slice(from, cs), x.def.cues ?? []) &&
    lastJudging(w, w.negation, text, from, cs) === undefined &&
    !excepts(text, from, cs);
  return !othersDid;
}

/** How far before a remainder's clause the others' claim may stand. */
const REST_REACH = 60;

/** Whether an exception (除2个新组建单位外) stands in [cs, at): the claim then holds for the rest only. */
function excepts(text: string, cs: number, at: number): boolean {
  // looked for in the clause only: an indexOf on the text would run on to its end when none stands there
  const clause = text.slice(cs, at);
  const chu = clause.indexOf('除');
  if (chu < 0) return false;
  const wai = clause.indexOf('外', chu + 1);
  return wai > chu && wai - chu <= EXCEPT_REACH;
}

const EXCEPT_REACH = 24;

/** How far after a denied claim a 的 makes it a relative clause. */
const RELATIVE_REACH = 6;

function relativeClauseAfter(text: string, end: number, ce: number): boolean {
  return text.slice(end, Math.min(ce, end + RELATIVE_REACH)).includes('的');
}

/** The position of a value in the pack's value cues, or -1. */
function rankOf(valueCues: Array<[value: string, cues: string[]]>, value: string): number {
  for (let r = 0; r < valueCues.length; r++) if (valueCues[r]![0] === value) return r;
  return -1;
}

function typedEnum(x: FactExtractor, value: string): FactValue {
  if (x.type === 'boolean') return value === 'true';
  return value;
}

/**
 * Whether a denial later in the clause than the claim leaves it in doubt (deniedIn) — not for a fact whose cues introduce
 * what follows them (facts.yaml `introduces`: 原因是…而办案人员未相应增加 is the causes' content).
 */
function deniedLater(w: ClaimWords, x: FactExtractor, text: string, end: number, ce: number): boolean {
  return (
    x.def.introduces !== true && deniedIn(w, text, end, Math.min(ce, end + JUDGE_REACH), x.whenNegated !== undefined)
  );
}

/** A held fact's denied value. */
const DENIED = 'false';
