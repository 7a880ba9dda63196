import { judging, type ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { isClauseEnd, type TextIndex } from './text-index.js';
import { OWN } from './scope-names.js';
import { countedSubject } from './denied-coverage.js';
import { pastYear } from './span-openings.js';
import { pastBlanks } from './line-spans.js';
import { answerFieldColon } from './record-fields.js';
import { putOffAt, putOffLength } from './put-off.js';

/** How far after a claim's cue a denial of the activity is looked for in its clause (…评查工作因人手不足没有开展). */
const DENIAL_REACH = 24;

/**
 * Whether the clause goes on, after the activity its cue names, to say it was not done: a negation right before an
 * activity verb that ends the clause (执法案卷评查工作没有开展, 执法培训本年度尚未组织, 未单独组织), or a postponement word
 * (执法案卷评查推迟至明年, 培训暂缓). A negation of anything else (未发现问题, 未达到) denies no activity.
 */
export function activityDeniedAfter(index: TextIndex, w: ClaimWords, end: number, ce: number): boolean {
  if (w.activityVerbs.size === 0 && w.postponement.size === 0) return false;
  const text = index.text;
  if (nextClauseDenies(index, w, ce, true)) return true;
  // a record's answer field denying it (事项：行政执法案卷评查；情况：本年度未开展)
  const answer = answerFieldColon(index, w, ce);
  if (answer !== undefined && nextClauseDenies(index, w, answer, true)) return true;
  const to = Math.min(ce, end + DENIAL_REACH);
  for (let i = end; i < to; i++) if (putOffAt(w, text, i)) return true;
  const negations = judging(w, w.negation, text, end, to);
  for (let k = 0; k < negations.length; k++) {
    const n = negations[k]!;
    // a qualifier may stand between (执法培训今年没有单独组织: vocabulary zeroQualifiers)
    const p = n.at + n.word.length;
    if (verbsEndClause(w, text, p + (w.zeroQualifiers.at(text, p)?.length ?? 0), ce)) return true;
  }
  // the plan, then a later clause of the sentence putting it off (执法培训原定10月份开展，因人员调整推迟到明年)
  return w.priorPlan.size > 0 && planned(index, w, end, to) && laterClausesPutOff(index, w, ce);
}

/** Whether the activity's clause, up to `to`, says what was planned (原定于四季度开展的评查, 培训原计划举办2期). */
function planned(index: TextIndex, w: ClaimWords, end: number, to: number): boolean {
  const text = index.text;
  for (let i = index.clause(end - 1)[0]; i < to; i++) if (w.priorPlan.at(text, i) !== undefined) return true;
  return false;
}

/** How far past the activity's clause a put-off is looked for in its sentence. */
const LATER_REACH = 40;

/** Whether a clause after the one ending at `ce`, in its sentence, puts the activity off or calls it off. */
function laterClausesPutOff(index: TextIndex, w: ClaimWords, ce: number): boolean {
  const text = index.text;
  const to = Math.min(index.sentence(ce - 1)[1], ce + LATER_REACH);
  for (let i = ce; i < to; i++) if (putOffAt(w, text, i)) return true;
  return false;
}

/** How long a clause that only denies the activity may be (县局未另行组织, 局机关未单独组织行政执法培训). */
const DENYING_CLAUSE = 18;
/** How many characters of subject may open it (县局, 乡里, 我办). */
const SUBJECT_LENGTH = 4;

/**
 * Whether the next clause of the sentence only says the reporter did not hold it itself (执法人员参加了市气象局组织的
 * 执法培训，县局未另行组织): a short clause, a short subject at most, a negation, a qualifier (另行, 单独) or none, and
 * activity verbs that close it.
 */
export function nextClauseDenies(
  index: TextIndex,
  w: ClaimWords,
  ce: number,
  afterLabel = false,
  year?: number,
): boolean {
  const c = index.text.charCodeAt(ce);
  // after a comma, or — for the activity a label names — its colon (案卷评查方面：年内未开展)
  if (c !== 0xff0c && c !== 0x2c && !(afterLabel && (c === 0xff1a || c === 0x3a))) return false;
  const next = index.clause(ce + 1);
  return deniesHolding(index, w, next, index.clause(ce - 1), year) || onlyPutsOff(index, w, next);
}

/**
 * Whether a clause only puts off the activity the one before named (执法人员培训，本年度暂缓; …，推迟至明年进行): a
 * postponement word opening it, past a this-year word or a short subject, and a few words after it — none naming an
 * activity of its own (今年暂缓了原定的执法人员集中培训 puts off the training, not what the clause before named).
 */
function onlyPutsOff(index: TextIndex, w: ClaimWords, [cs, ce]: readonly [number, number]): boolean {
  const text = index.text;
  const start = cs + (w.thisYear.at(text, cs)?.length ?? 0);
  for (let i = start; i < Math.min(ce, start + SUBJECT_LENGTH + 1); i++) {
    const word = putOffLength(w, text, i);
    if (word === 0) continue;
    const tail = text.slice(i + word, ce);
    // a verb at most (暂缓举办), or the time it is put off to (推迟至2026年一季度开展, 推迟到了明年)
    return tail.length <= SHORT_TAIL || (tail.length <= TIME_TAIL && PUT_OFF_TO.test(tail));
  }
  return false;
}
const SHORT_TAIL = 4;
const TIME_TAIL = 16;
const PUT_OFF_TO = /^了?(?:至|到)/u;

/**
 * Whether the clause before the one at `cs`, in its sentence, only says the reporter did not hold the activity
 * (局内未单独组织执法培训，2名执法人员参加了区司法局举办的…培训): what the clause at `cs` counts was attended, not held.
 */
export function previousClauseDenies(index: TextIndex, w: ClaimWords, cs: number, year?: number): boolean {
  const c = index.text.charCodeAt(cs - 1);
  if (cs < 2 || (c !== 0xff0c && c !== 0x2c)) return false;
  return deniesHolding(index, w, index.clause(cs - 2), index.clause(cs), year);
}

/**
 * Whether `denial` is a short clause saying the reporter did not hold it: a short subject at most, a negation, a
 * qualifier (另行, 单独) or none, and activity verbs that close it or are followed by the activity `activity` names.
 */
function deniesHolding(
  index: TextIndex,
  w: ClaimWords,
  denial: readonly [number, number],
  activity: readonly [number, number],
  year: number | undefined,
): boolean {
  const text = index.text;
  // past a this-year word or the report year opening it (本年度局机关未单独组织…; 2024年本局未单独组织)
  const start = pastReportYear(text, denial[0] + (w.thisYear.at(text, denial[0])?.length ?? 0), year);
  if (denial[1] - start > DENYING_CLAUSE) return false;
  const neg = judging(w, w.negation, text, start, Math.min(denial[1], start + SUBJECT_LENGTH + 2))[0];
  if (neg === undefined) return false;
  // a subject naming some of those who did it, or counting them (个别乡镇尚未开展; 3个乡镇未开展): the others did; one
  // dated by a year other than the report's (…评查案卷30卷，2023年未开展评查) denies that year's: no denial read (2024年
  // 本局未单独组织，… in a 2024 report is one; with the report year unknown, any year refuses)
  if (w.partialSubjects.last(text, start, neg.at) !== undefined || countedSubject(w, text, start, neg.at)) return false;
  const dated = DATED.exec(text.slice(start, neg.at));
  if (dated && Number(dated[1]) !== year) return false;
  // (so does one dated by an other-year word: 上年未单独组织执法培训，今年举办…2场次)
  if (w.otherYear.last(text, start, neg.at) !== undefined) return false;
  let p = neg.at + neg.word.length;
  p += w.zeroQualifiers.at(text, p)?.length ?? 0;
  if (verbsEndClause(w, text, p, denial[1])) return true;
  // …参加县级执法培训2次，乡里未单独组织培训: the verbs, then the activity the other clause names
  const end = verbsEnd(w, text, p, denial[1]);
  const object = text.slice(end, denial[1]);
  // the activity's head noun is enough (未单独组织执法培训 … 参加了…公共法律知识培训)
  const head = object.slice(-HEAD_NOUN);
  return end > p && object.length <= OBJECT_LENGTH && text.slice(activity[0], activity[1]).includes(head);
}

const DATED = /((?:19|20)\d{2})\s*年/u;

/** Past the report year's numeral (2024年, 2024年度) at `p`, when it stands there (scope.ts pastYear reads any year). */
function pastReportYear(text: string, p: number, year: number | undefined): number {
  if (year === undefined) return p;
  const past = pastYear(text, p);
  const digits = pastBlanks(text, p);
  return past > p && Number(text.slice(digits, digits + 4)) === year ? past : p;
}

/** How many characters end an activity's name and say what it is (培训, 评查). */
const HEAD_NOUN = 2;

/** How long the activity's name may be after the verbs of a denying clause (培训, 宣传活动). */
const OBJECT_LENGTH = 6;

/** Where one or two activity verbs standing at `from` end (from itself when none does). */
function verbsEnd(w: ClaimWords, text: string, from: number, ce: number): number {
  let p = from;
  for (let n = 0; n < 2 && p < ce; n++) {
    const verb = w.activityVerbs.at(text, p);
    if (verb === undefined) break;
    p += verb.length;
  }
  return p;
}

/** Whether one or two activity verbs (开展, 组织开展) stand at `from` and close the clause. */
function verbsEndClause(w: ClaimWords, text: string, from: number, ce: number): boolean {
  const end = verbsEnd(w, text, from, ce);
  return end > from && (end >= ce || isClauseEnd(text.charCodeAt(end)));
}

/**
 * Whether the count at `at` is of what the reporter's people attended, not of what it held: a short clause right after
 * the figure's clause, or right before it, says the reporter held none itself (…参加县级执法培训2次，乡里未单独组织培训;
 * 局内未单独组织执法培训，2名执法人员参加了…培训), or, for a fact with `attended`, its statement says they took part in
 * what another body held (…参加县司法局组织的…培训，参训68人次).
 */
export function attendedNotHeld(index: TextIndex, x: FactExtractor, w: ClaimWords, at: number, year?: number): boolean {
  const clause = index.clause(at);
  return (
    nextClauseDenies(index, w, clause[1], false, year) ||
    previousClauseDenies(index, w, clause[0], year) ||
    heldElsewhere(index, x, w, at) ||
    sentToAnothers(index, x, w, at)
  );
}

/**
 * Whether the figure's clause names the reporter (我局, 本局: vocabulary scopes.own) sending its people (参训, 参加:
 * vocabulary attending), with no activity of its own, to what the clause before it in its sentence has another body —
 * named by its level, not the reporter — hold (县司法局于4月举办全县…培训班，我局选派32名执法人员参训); clauses with no
 * activity, naming no reporter, may stand between.
 */
function sentToAnothers(index: TextIndex, x: FactExtractor, w: ClaimWords, at: number): boolean {
  if (!x.def.attended) return false;
  const text = index.text;
  const clause = index.clause(at);
  const ss = index.sentence(at)[0];
  if (clause[0] - 1 <= ss || w.attending.last(text, clause[0], clause[1]) === undefined) return false;
  if (!namesOwn(w, text, clause[0], at) || w.activityVerbs.last(text, clause[0], at) !== undefined) return false;
  // the nearest clause before it in the sentence that holds an activity: a clause telling the whole's figure may stand
  // between (区司法局组织全区…轮训，全区参训1,260人次，我局112名执法人员参加)
  for (let c = 0, end = clause[0] - 1; c < HELD_CLAUSES_BACK && end > ss; c++) {
    const before = index.clause(end);
    const held = w.activityVerbs.find(text, before[0], before[1])[0];
    if (held !== undefined)
      return OTHER_LEVEL.test(text.slice(before[0], held.at)) && !namesOwn(w, text, before[0], held.at);
    // a clause between naming the reporter tells its own part (我局承办其中4场): no longer only the other's
    if (namesOwn(w, text, before[0], before[1])) return false;
    end = before[0] - 1;
  }
  return false;
}

/** How many clauses back the activity another body held may be told. */
const HELD_CLAUSES_BACK = 3;

/** Whether [from, to) holds a scope word naming the reporter itself. */
function namesOwn(w: ClaimWords, text: string, from: number, to: number): boolean {
  const found = w.scopeWords.find(text, from, to);
  for (let k = 0; k < found.length; k++) if (w.scopeOf.get(found[k]!.word) === OWN) return true;
  return false;
}

/**
 * Whether the statement holding the figure at `at`, up to it — or to its clause's end, for a figure before its cue —
 * (from its sentence's or semicolon's start), names a
 * `join` word and, within ATTENDED_REACH, a `heldBy` word after another body named by its level (参加县司法局组织的;
 * not 参加了局组织的), with no activity of the reporter's own between it and the figure (…，局内组织…培训三场次).
 */
function heldElsewhere(index: TextIndex, x: FactExtractor, w: ClaimWords, at: number): boolean {
  const a = x.def.attended;
  if (!a) return false;
  // the last activity verb before the figure: a join word that far back that its held-by word, within its reach, ends
  // by that verb has the verb after it and cannot count, so the look starts past such joins — not at the sentence's
  // start, which in a text without stops is thousands of characters back for every figure
  const verb = w.activityVerbs.lastStart(index.text, index.sentence(at)[0], at, at);
  const from = Math.max(index.sentence(at)[0], verb - longestJoin(a.join) - ATTENDED_REACH);
  // up to the figure, or on to its clause's end when the figure comes first (选派12名执法人员参加市林业局举办的…培训班)
  const before = index.text.slice(from, index.clause(at)[1]);
  for (const join of a.join) {
    for (let i = before.indexOf(join); i >= 0; i = before.indexOf(join, i + 1)) {
      // a bracket's attendance is told beside the figure, apart from it (培训9场次（含参加市局视频培训2场次）)
      if (bracketApart(before, i, at - from)) continue;
      const reach = before.slice(i + join.length, i + join.length + ATTENDED_REACH);
      const host = hostNamed(reach, a.hosts);
      if (host > 0 && w.activityVerbs.last(index.text, from + i + join.length + host, at) === undefined) return true;
      for (const h of a.heldBy) {
        const k = reach.indexOf(h);
        if (k < 0 || !OTHER_LEVEL.test(reach.slice(0, k))) continue;
        if (w.activityVerbs.last(index.text, from + i + join.length + k + h.length, at) === undefined) return true;
      }
    }
  }
  return false;
}

/**
 * Where the name of another level's body right after a join word ends (参加省司法厅…培训 → after 厅; 参加了市委党校…), or 0:
 * a level word opens it and one of `hosts` ends it within HOST_NAME characters, no mark between.
 */
function hostNamed(reach: string, hosts: readonly string[] | undefined): number {
  if (hosts === undefined) return 0;
  const from = reach.charCodeAt(0) === PERFECTIVE ? 1 : 0;
  if (!OTHER_LEVEL.test(reach.charAt(from))) return 0;
  const name = reach.slice(from, from + HOST_NAME);
  let end = 0;
  for (const h of hosts) {
    const k = name.indexOf(h);
    if (k > 0 && (end === 0 || k + h.length < end)) end = k + h.length;
  }
  return end > 0 && !NAME_BREAK.test(name.slice(0, end)) ? from + end : 0;
}

/**
 * Whether `i` lies inside a bracket of `s` that does not hold `figure` (both offsets into `s`): an attendance told in
 * brackets beside the figure, not of it. Walking from `i` toward the figure, that bracket's own end (its close, or its
 * open when the figure comes first) is met before the figure.
 */
function bracketApart(s: string, i: number, figure: number): boolean {
  const forward = figure > i;
  let depth = 0;
  for (let k = forward ? i : i - 1; forward ? k < figure : k > figure; k += forward ? 1 : -1) {
    const c = s.charCodeAt(k);
    if (forward ? isOpenBracket(c) : isCloseBracket(c)) depth++;
    else if (forward ? isCloseBracket(c) : isOpenBracket(c)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
const isOpenBracket = (c: number) => c === 0xff08 || c === 0x28;
const isCloseBracket = (c: number) => c === 0xff09 || c === 0x29;

/** How long another body's name after a join word may be (省司法厅, 市市场监督管理局). */
const HOST_NAME = 10;
/** 了 after a join word (参加了). */
const PERFECTIVE = 0x4e86;
/** What no body's name holds: a mark, a figure. */
const NAME_BREAK = /[，,、。；;：:\d]/u;

/** The length of the longest of the words. */
function longestJoin(words: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < words.length; k++) n = Math.max(n, words[k]!.length);
  return n;
}

/** A level word: a body named by it is another body (市局, 县司法局, 区综合执法局). */
const OTHER_LEVEL = /[省市县区州]/u;

/** How far after 参加 the words naming who held it may stand (参加县司法局组织的). */
const ATTENDED_REACH = 16;
