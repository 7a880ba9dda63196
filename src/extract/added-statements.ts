import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import { figuresOfRank, nextSentenceStart } from './next-statements.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';
import { OWN, UNSPECIFIED } from './scope-names.js';
import { additionWordAt, connectiveAt } from './addition-scope.js';
import { isNumeralCode } from './numbers.js';
import { bodyOpening } from './body-opening.js';
import { pastBlanks } from './line-spans.js';

/*
 * More of the same told in the next sentence, which opens with an addition word (…轮训4场次，参训612人次。此外，…另行举办
 * 岗前培训2场次，参训138人次; …制发行政规范性文件5件；另外，以区政府办公室名义制发…2件): the figures of one kind of the
 * reporter's added, as the kinds of one thing listed in a sentence are (§5). The addition words are the pack's
 * (vocabulary `addition`); the figure added is of the kept one's rank, so another body's (全县各单位…) is never added.
 */

/**
 * The statements that add to `last` (of rank `rank`), each opening the sentence right after the one before it with an
 * addition word (on its line, or the next paragraph's first); empty when none does (nearly always).
 */
export function addedStatements(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  last: FactMatch,
): FactMatch[] {
  const added: FactMatch[] = [];
  if (chosen.length === 1 || words.addition.size === 0) return added;
  let previous = last;
  for (;;) {
    const next = additionAfter(index, words, chosen, rank, previous);
    if (next === undefined) return added;
    added.push(next);
    previous = next;
  }
}

/** The statement of rank `rank` in the sentence right after `previous`'s, when that sentence opens with an addition. */
function additionAfter(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  previous: FactMatch,
): FactMatch | undefined {
  const text = index.text;
  const end = index.sentence(previous.valueOffset)[1];
  // the next clause of the sentence, its subject the reporter's own arm with an addition verb (镇政府全年组织培训1场次，
  // 镇综合行政执法队另开展执法业务培训2场次): one figure of the rest of the sentence is added
  const inSentence = inSentenceAddition(index, words, chosen, rank, previous, end);
  if (inSentence !== undefined) return inSentence;
  // the next sentence: past the end mark and blanks — on the same line, or opening the next paragraph when this one
  // ends with a sentence's end (…参训620人次。⏎此外，为乡镇综合行政执法队举办…)
  if (isLineBreak(text.charCodeAt(end)) && !SENTENCE_MARKS.includes(text[end - 1] ?? '')) return undefined;
  const start = nextSentenceStart(text, end);
  if (start >= text.length) return undefined;
  const word = words.addition.at(text, start);
  if (
    word === undefined
      ? !(ownFigure(previous) && armAddition(index, words, start, previous))
      : words.ordinary.covers(text, start, word.length, words.ordinaryReach) ||
        countsOthers(text, start + word.length) ||
        opensOnUnits(words, text, pastCommaOrBlanks(text, start + word.length))
  )
    return undefined;
  // one figure per added sentence: two of the fact there are its own breakdown or total, not read here
  const found = figuresOfRank(chosen, rank, start, index.sentence(start)[1]);
  return found.length === 1 ? counted(index, words, found[0]!, start) : undefined;
}

/**
 * Whether an addition word is followed by a count of bodies or people (另有7个社区自行组织…23场次; 另有12名执法人员参加…): it tells
 * of others, not more of the reporter's.
 */
function countsOthers(text: string, after: number): boolean {
  let p = after;
  while (p < text.length && isNumeralCode(text.charCodeAt(p))) p++;
  return p > after && COUNTED_ONES.includes(text.charAt(p));
}
/** Measure words counting bodies or people. */
const COUNTED_ONES = '个名家所位';

/**
 * The added statement, unless its sentence says after its figure that it is in the one before already (已计入上述…), or
 * the addition from `from` tells of a class the reporter's people attended (attendedAddition) — not more of its own.
 */
function counted(index: TextIndex, words: ClaimWords, m: FactMatch, from: number): FactMatch | undefined {
  if (attendedAddition(index, words, from)) return undefined;
  const end = index.sentence(m.valueOffset)[1];
  return words.alreadyCounted.anyWithin(index.text, m.valueOffset, end) ? undefined : m;
}

/**
 * Whether the addition's first clause — past a connective standing alone (此外，) — holds an attending word not right
 * before a figure (此外，组织执法人员参加市卫健委培训2场次，参训45人次): a class attended, each of its figures someone
 * else's; 参训42人次 after the class's own figure only counts its people.
 */
function attendedAddition(index: TextIndex, words: ClaimWords, from: number): boolean {
  const text = index.text;
  let [cs, ce] = index.clause(from);
  if (ce - from <= CONNECTIVE_ALONE && ce + 1 < text.length) [cs, ce] = index.clause(ce + 1);
  // (a clause with no punctuation may run on: its opening words are the class's)
  const hits = words.attending.find(text, Math.max(cs, from), Math.min(ce, cs + CLASS_REACH));
  for (let k = 0; k < hits.length; k++) {
    if (!isNumeralCode(text.charCodeAt(pastBlanks(text, hits[k]!.at + hits[k]!.word.length)))) return true;
  }
  return false;
}
/** The longest clause that is a connective alone (另外，). */
const CONNECTIVE_ALONE = 4;
/** How far into the addition's first clause an attending word is looked for. */
const CLASS_REACH = 80;

/**
 * The statement in the rest of `previous`'s sentence: after a comma, when the clause opens with the reporter's own arm
 * and an addition verb (镇政府全年组织培训1场次，镇综合行政执法队另开展…2场次); after a semicolon, when the part opens with
 * an addition word (…开展集中普法宣传活动6场次；还利用赶集日设点宣传9场次: a semicolon parts statements as a sentence's
 * end does); after a comma, when one of the next three clauses opens with an addition word as a connective and no other
 * body follows it (…参训84人次，此外，为新入职…举办专题培训1场次). One figure of the fact's rank there, up to the next
 * semicolon; else undefined.
 */
function inSentenceAddition(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  previous: FactMatch,
  sentenceEnd: number,
): FactMatch | undefined {
  const text = index.text;
  const ce = index.clause(previous.valueOffset)[1];
  if (ce >= sentenceEnd) return undefined;
  let start = ce + 1;
  let to = sentenceEnd;
  const comma = CLAUSE_COMMA.test(text.charAt(ce));
  if (!comma && !SEMICOLON.test(text.charAt(ce))) return undefined;
  start = pastBlanks(text, start);
  // (a connective may open a later clause of the sentence, past a part of the figure's: …参训214人次，其中…参训17人次，此外
  // 局机关为…举办…1场次)
  if (comma) start = connectiveAhead(index, words, start, sentenceEnd);
  if (start < sentenceEnd && additionWordAt(words, text, start) && (!comma || connectiveAt(words, text, start))) {
    // a part opening with an addition word after a semicolon, or after a comma with the word a connective (…参训84人次，此外，
    // 为新入职执法人员举办专题培训1场次; …，此外局机关为新调入人员举办…1场次 — not …参训190人次，另有12名执法人员参加县政府集中
    // 培训, whose 另有 tells of others): up to the next semicolon
    to = start;
    while (to < sentenceEnd && !SEMICOLON.test(text.charAt(to))) to++;
  } else if (!comma || !ownFigure(previous) || armWithVerb(index, words, start) !== true) return undefined;
  const found = figuresOfRank(chosen, rank, start, to);
  if (found.length !== 1 || (comma && namesOtherBody(words, text, start))) return undefined;
  return counted(index, words, found[0]!, start);
}

/**
 * Whether the clause after the connective at `from` opens on another body's name (此外，县交通运输局等单位自行组织…3场次:
 * its classes, not more of the reporter's; 此外局机关为…: the reporter's own offices, a scope word, no body).
 */
export function namesOtherBody(words: ClaimWords, text: string, from: number): boolean {
  const word = words.addition.at(text, from);
  let p = from + (word?.length ?? 0);
  p = pastCommaOrBlanks(text, p);
  return bodyOpening(words, text, p) !== undefined || opensOnUnits(words, text, p);
}

/**
 * Whether the text at `p` names the units under the reporter (局属医疗机构, 所属事业单位, 下属各卫生院: vocabulary
 * `unitsUnder`): an addition they open tells their figures, not more of the reporter's.
 */
function opensOnUnits(words: ClaimWords, text: string, p: number): boolean {
  return words.unitsUnder.at(text, text.charCodeAt(p) === EACH ? p + 1 : p) !== undefined;
}
const EACH = 0x5404; // 各
const COMMA_OR_BLANK = /[，,\s\u3000]/u;
function pastCommaOrBlanks(text: string, from: number): number {
  let p = from;
  while (p < text.length && COMMA_OR_BLANK.test(text.charAt(p))) p++;
  return p;
}
const CLAUSE_COMMA = /[，,]/u;

/** The start of the first of the clauses from `start` (CONNECTIVE_AHEAD of them) opening on a connective; else `start`. */
function connectiveAhead(index: TextIndex, words: ClaimWords, start: number, sentenceEnd: number): number {
  const text = index.text;
  let p = start;
  for (let n = 0; n < CONNECTIVE_AHEAD && p < sentenceEnd; n++) {
    if (connectiveAt(words, text, p)) return p;
    const ce = index.clause(p)[1];
    if (!CLAUSE_COMMA.test(text.charAt(ce))) break;
    p = pastBlanks(text, ce + 1);
  }
  return start;
}
/** How many clauses after the figure's a connective adding to it may open. */
const CONNECTIVE_AHEAD = 3;

const SEMICOLON = /[；;]/u;

/**
 * Whether the sentence at `start` opens with the reporter's own enforcement arm and an addition verb (县农业综合行政执法
 * 大队另开展…): its subject, within SUBJECT_REACH and no clause end, names an arm (vocabulary ownArms) and no other
 * tier's body (市…, 省…: a city's squad stationed in the county is not the department's). With no addition verb, the
 * arm opening it adds only to a figure its department's own offices gave (局机关组织…4次；执法监察大队举办…3期): theirs
 * alone, not the department's whole, which may hold the arm's.
 */
function armAddition(index: TextIndex, words: ClaimWords, start: number, previous: FactMatch): boolean {
  if (words.ownArms.size === 0) return false;
  const withVerb = armWithVerb(index, words, start);
  if (withVerb !== undefined) return withVerb;
  const text = index.text;
  const to = Math.min(index.clause(start)[1], start + SUBJECT_REACH);
  const arm = words.ownArms.find(text, start, to)[0];
  if (arm === undefined || !officesOpen(index, words, previous.valueOffset)) return false;
  // the arm is the subject, not an object (对执法大队开展培训…: a handling verb before it) nor one of the units an aside
  // names (全系统（含执法大队等6个单位）…合计27场次: the system's whole)
  const subject = text.slice(start, arm.at);
  return !OTHER_TIER.test(subject) && !ASIDE_OPEN.test(subject) && !words.handling.anyWithin(text, start, arm.at);
}

/**
 * For a clause or sentence at `start` with an addition verb in its subject's reach (…另开展…): whether the subject before
 * the verb names the reporter's own arm and no other tier's body; undefined when no addition verb stands there.
 */
function armWithVerb(index: TextIndex, words: ClaimWords, start: number): boolean | undefined {
  const text = index.text;
  const to = Math.min(index.clause(start)[1], start + SUBJECT_REACH);
  const verb = words.additionVerbs.find(text, start, to)[0];
  if (verb === undefined) return undefined;
  const subject = text.slice(start, verb.at);
  return words.ownArms.anyWithin(subject, 0, subject.length) && !OTHER_TIER.test(subject);
}

/** Whether the sentence holding `at` opens with the reporter's own offices (局机关, 机关本级; vocabulary ownOffices). */
function officesOpen(index: TextIndex, words: ClaimWords, at: number): boolean {
  if (words.ownOffices.size === 0) return false;
  const text = index.text;
  const start = index.sentence(at)[0];
  return words.ownOffices.anyWithin(text, start, Math.min(at, start + OFFICES_REACH));
}

/** How far into its sentence the offices' word opening it may stand (（二）2025年，局机关…). */
const OFFICES_REACH = 14;
/** Whether a figure is the reporter's own or unscoped (an arm's work adds to the department's, not to a region's). */
const ownFigure = (m: FactMatch) => m.scope === OWN || m.scope === UNSPECIFIED;

/** How long the arm's name before its addition verb may be (县生态环境保护综合行政执法大队: 15 characters). */
const SUBJECT_REACH = 24;
const OTHER_TIER = /[市省]|驻/u;
const ASIDE_OPEN = /[（(]/u;

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;
const SENTENCE_MARKS = '。；;！!？?';
