import { indexIn, lastIndexIn } from './bounded-search.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import { isClauseEnd, isColon, isComma, isSemicolon, isSentenceEnd } from './text-index.js';
import { pastItemMark } from './item-mark.js';
import { pastBlanks } from './line-spans.js';
import { namedGoal } from './named-goals.js';
import { answeredQuestion } from './question-answers.js';

/**
 * What a clause does with a claim: states it, denies it, denies only that it is whole (尚未全面推行:
 * it is, in part), or sets it as a goal.
 */
export type Modality = 'result' | 'negated' | 'partial' | 'target';

/**
 * How far before a cue a negation still governs it, within its clause: a verb's object may be
 * long (未组织县直部门和乡镇党政主要负责人开展年终述法).
 */
const NEGATION_REACH = 40;
/** Within this many characters a negation governs the cue whatever stands between (未按规定的程序述法). */
const NEAR_NEGATION = 20;
/** A target word opens a long clause (力争2025年底前实现…全覆盖): it reaches further. */
const TARGET_REACH = 40;
/** How far after a cue a negation still governs it (述法全覆盖尚未实现). */
const REACH_AFTER = 8;

/**
 * The modality of the claim at [cueStart, cueEnd) in the clause [cs, ce): the nearest
 * negation or target word before it in the clause decides (计划实现… / 未实现…), then a
 * negation right after it (…尚未实现). A target word earlier in the sentence (ss on) also
 * governs the clauses that carry it on (拟于明年组织…述法，实现应述尽述) unless a done word
 * comes between (计划…，目前已完成60%) or the clause dates itself to the report year (全年…).
 * A cue that carries its own negation (未开展述法) is a negative statement already: only a
 * target word before it changes it.
 */
export function modality(
  w: ClaimWords,
  text: string,
  cs: number,
  ce: number,
  cueStart: number,
  cueEnd: number,
  ss = cs,
): Modality {
  // a form's question (是否单独组织执法人员培训：否): its answer says; one answered in words of their own claims nothing
  // itself, as a target does not
  const asked = answeredQuestion(w, text, cs, cueStart, cueEnd);
  if (asked) return asked.answer === 'no' ? 'negated' : asked.answer === 'yes' ? 'result' : 'target';
  const negativeCue = lastJudging(w, w.negation, text, cueStart, cueEnd) !== undefined;
  let neg = negativeCue
    ? undefined
    : lastJudging(w, w.negation, text, Math.max(cs, cueStart - NEGATION_REACH), cueStart);
  // a far negation closed by a 的 before the cue is a relative clause about others (对未按时报送的单位开展…); one in
  // quotation marks names something (“执法裁量基准未细化”问题已完成整改, “未诉先调”)
  if (neg && cueStart - neg.at > NEAR_NEGATION && text.slice(neg.at, cueStart).includes('的')) neg = undefined;
  if (neg && (quotedBefore(text, cs, neg.at, cueStart) || describesSubject(w, text, neg.at, cueStart, cueEnd)))
    neg = undefined;
  if (neg && doublyNegated(w, text, cs, cueStart)) neg = undefined;
  let tgt =
    lastTarget(w, text, Math.max(ss, cueStart - TARGET_REACH), cueStart) ??
    listLeadTarget(w, text, cs) ??
    planContent(w, text, cs, cueStart) ??
    namedGoal(w, text, cs, cueEnd, ce) ??
    suggested(w, text, cs, ss);
  // a later clause that says it was done, or dates itself to the report year (…，全年培训执法人员300人次), is a result; a
  // target inside an earlier clause naming the rule followed (按照每人每年不少于40学时的要求，本局举办…2次) is the rule's
  if (tgt && tgt.at < cs && (doneAfterTarget(w, text, tgt, cs, cueStart) || ruleContent(w, text, tgt, ss)))
    tgt = undefined;
  if (neg && (!tgt || neg.at > tgt.at)) return denial(w, text, neg);
  if (tgt) return 'target';
  const after = negativeCue ? undefined : lastJudging(w, w.negation, text, cueEnd, Math.min(ce, cueEnd + REACH_AFTER));
  if (after) return denial(w, text, after);
  // a word setting a time for it right after it (述法将于12月下旬集中开展, 述法安排在…进行; vocabulary `scheduled`): not
  // yet done
  return lastJudging(w, w.scheduled, text, cueEnd, Math.min(ce, cueEnd + REACH_AFTER)) ? 'target' : 'result';
}

/**
 * A suggestion word opening the claim's clause or its sentence, past an item mark (建议县司法局加强对乡镇执法人员的业务
 * 培训; 二是建议上级加大…): another body is asked to do it — no result. Only at the opening (意见建议 is a noun), and not
 * in an ordinary word (建议书办理方面，…).
 */
function suggested(w: ClaimWords, text: string, cs: number, ss: number): { at: number; word: string } | undefined {
  if (w.suggestion.size === 0) return undefined;
  return suggestionAt(w, text, cs) ?? (ss < cs ? suggestionAt(w, text, ss) : undefined);
}

/** The suggestion word opening the span at `start`, past blanks and an item mark, not in an ordinary word. */
function suggestionAt(w: ClaimWords, text: string, start: number): { at: number; word: string } | undefined {
  const at = pastItemMark(text, pastBlanks(text, start));
  const word = w.suggestion.at(text, at);
  return word !== undefined && !w.ordinary.covers(text, at, word.length, w.ordinaryReach) ? { at, word } : undefined;
}

/**
 * Whether the target word `tgt` (after `ss`) is the content of a rule named in a clause opening with a directing word
 * (vocabulary `directing`: 按照, 根据) and closing on a directions word after it (`directions`: 要求, 标准 — 按照每人每年
 * 不少于40学时的要求，…): the rule's, no goal of the reporter's. A target word closing that clause (根据市考核办法规定，…应
 * 达到100%; 按照县里下达的培养目标，…) sets what the next clause says as the rule's goal, and stays one.
 */
function ruleContent(w: ClaimWords, text: string, tgt: { at: number; word: string }, ss: number): boolean {
  let start = tgt.at;
  while (start > ss && !isClauseEnd(text.charCodeAt(start - 1))) start--;
  if (w.directing.at(text, pastItemMark(text, pastBlanks(text, start))) === undefined) return false;
  let end = tgt.at + tgt.word.length;
  while (end < text.length && !isClauseEnd(text.charCodeAt(end))) end++;
  return w.directions.last(text, tgt.at + tgt.word.length, end) !== undefined;
}

/**
 * Whether the clause before a claim holds a none-of quantifier then a negation (没有一个…不…述法, 没有一个问题没有整改
 * 到位: vocabulary `doubleNegation`): the two cancel, all did it.
 */
export function doublyNegated(w: ClaimWords, text: string, cs: number, cueStart: number): boolean {
  const none = w.noneOf.last(text, cs, cueStart);
  if (none === undefined) return false;
  return w.innerNegations.last(text, none.at + none.word.length, cueStart) !== undefined;
}

/**
 * Whether the negation at `at` closes with a 的 that a done word follows up to the cue's end: it describes the subject
 * (乡长未述法的问题已整改), not the claim (未按规定的程序述法 has no done word after its 的).
 */
function describesSubject(w: ClaimWords, text: string, at: number, cueStart: number, cueEnd: number): boolean {
  const de = indexIn(text, '的', at, cueStart);
  // the done word may open the cue (已整改)
  return de >= 0 && lastJudging(w, w.done, text, de, cueEnd) !== undefined;
}

/** Whether the word at `at` stands inside quotation marks (“…”) opened after `from` and closed before `to`. */
function quotedBefore(text: string, from: number, at: number, to: number): boolean {
  const open = lastIndexIn(text, OPEN_QUOTE, from, at + 1);
  if (open < 0 || lastIndexIn(text, CLOSE_QUOTE, open + 1, at + 1) >= 0) return false;
  return indexIn(text, CLOSE_QUOTE, at, to) >= 0;
}

const OPEN_QUOTE = '“';
const CLOSE_QUOTE = '”';

/**
 * The last target word in [from, to), passing over 将 as 把 (将述法范围延伸至…), which marks an object:
 * the target word before it, if any, decides.
 */
function lastTarget(w: ClaimWords, text: string, from: number, to: number): { at: number; word: string } | undefined {
  let tgt = lastJudging(w, w.target, text, from, to);
  while (tgt && disposes(w, text, tgt, to)) tgt = lastJudging(w, w.target, text, from, tgt.at);
  return tgt;
}

/** Whether a target word (not 将 as 把) stands in [from, to): 2025年，我局将… sets goals. */
export function targetIn(w: ClaimWords, text: string, from: number, to: number): boolean {
  return lastTarget(w, text, from, to) !== undefined;
}

/** How far back from a clause the colon of the list holding it is looked for, and its lead before that. */
const LIST_REACH = 200;
const LEAD_REACH = 80;

/**
 * A target word in the lead of the list the clause at `cs` is an item of (我局将…抓好以下几项工作：
 * 学法不少于4次；开展评查1次…): the items, joined by semicolons after a colon on one line, are the
 * goals the lead sets, however far from it.
 */
function listLeadTarget(w: ClaimWords, text: string, cs: number): { at: number; word: string } | undefined {
  const colon = markBefore(text, cs, LIST_REACH, true);
  if (colon < 0) return undefined;
  const leadStart = markBefore(text, colon, LEAD_REACH, false) + 1;
  return lastTarget(w, text, leadStart, colon) ?? targetClosing(w, text, leadStart, colon);
}

/**
 * A target word the lead ends in, right before its colon, though an ordinary word holds it (制定了法治建设工作计划：
 * 普法宣传20场…): what follows is the plan's content.
 */
function targetClosing(
  w: ClaimWords,
  text: string,
  from: number,
  colon: number,
): { at: number; word: string } | undefined {
  for (let at = colon - 1; at >= Math.max(from, colon - CLOSING_TARGET); at--) {
    const word = w.target.at(text, at);
    if (word !== undefined && at + word.length === colon) return { at, word };
  }
  return undefined;
}

/**
 * A plan's name (a target word closing it, though an ordinary word holds it: 学法计划) right before an open bracket the
 * claim stands in (普法计划（确定宣传活动20场次）), or before a word setting out its content (vocabulary `planContent`)
 * that leads to the claim — in the claim's clause (年度培训计划安排6场次) or opening it after the plan's clause (制定学法计划，
 * 安排…学法10次): the figure is the plan's.
 */
function planContent(
  w: ClaimWords,
  text: string,
  cs: number,
  cueStart: number,
): { at: number; word: string } | undefined {
  // (looked for within a target's reach only: a text with no punctuation is one clause)
  const from = Math.max(cs, cueStart - TARGET_REACH);
  for (let i = cueStart - 1; i >= from; i--) {
    const c = text[i];
    if (c === '）' || c === ')') break;
    if (c !== '（' && c !== '(') continue;
    const named = targetClosing(w, text, i - CLOSING_TARGET, i);
    if (named) return named;
    break;
  }
  const content = w.planContent.last(text, from, cueStart);
  if (!content) return undefined;
  // the plan's name right before the word, or closing the clause before the word's (…计划，安排)
  const end = content.at === pastBlanks(text, cs) && cs > 0 && isComma(text.charCodeAt(cs - 1)) ? cs - 1 : content.at;
  return targetClosing(w, text, end - CLOSING_TARGET, end);
}

/** The longest target word closing a lead (任务是, 努力实现: at most five characters). */
const CLOSING_TARGET = 5;

/**
 * The last colon before `to` in its line and sentence (`colon`), or the last sentence or list
 * boundary (not `colon`: the lead's start); -1 when none within `reach`, or (`colon`) when a
 * sentence ends first. Semicolons join a list's items, so a colon is looked for across them.
 */
function markBefore(text: string, to: number, reach: number, colon: boolean): number {
  const floor = Math.max(0, to - reach);
  for (let i = to - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) {
      if (colon) return i;
    } else if (isSentenceEnd(c) && !(colon && isSemicolon(c))) return colon ? -1 : i;
  }
  return colon ? -1 : floor - 1;
}

/** How far after a disposal marker its verb still is (将述法范围延伸至 / 将党员干部学法用法作为). */
const DISPOSAL_REACH = 16;

/**
 * Whether the target word `tgt` is a disposal marker (将 as 把) whose verb follows its object in its clause,
 * before `to`, with no other marker between (将把…纳入: the verb is 把's, and 将 a target).
 */
function disposes(w: ClaimWords, text: string, tgt: { at: number; word: string }, to: number): boolean {
  if (w.disposalMarkers.at(text, tgt.at) !== tgt.word) return false;
  const from = tgt.at + tgt.word.length;
  const end = Math.min(to + DISPOSAL_REACH, from + DISPOSAL_REACH, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x0a) return false;
    if (w.disposalMarkers.at(text, i) !== undefined) return false;
    // (an object between: 将延伸至全部乡镇 has none — 将 is a future there)
    if (w.disposalVerbs.at(text, i) !== undefined) return i > from;
  }
  return false;
}

/** How far after a negation a totality word makes it deny only the whole (未能全面, 不到位). */
const TOTALITY_REACH = 2;

/**
 * A negation denies the claim, unless a totality word follows it (尚未全面, 没有完全, 未能全部)
 * or shares its last character (不到 + 到位 in 落实不到位): then it denies only that the claim
 * holds in full, which is a partial claim, not a denial.
 */
function denial(w: ClaimWords, text: string, neg: { at: number; word: string }): Modality {
  if (w.totality.size === 0) return 'negated';
  const end = neg.at + neg.word.length;
  for (let i = end - 1; i <= end + TOTALITY_REACH; i++) if (w.totality.at(text, i) !== undefined) return 'partial';
  return 'negated';
}

/**
 * Whether [from, to) denies a claim (未达到, 不到) or, unless `shortfall` is false, says it falls short
 * (不足95%, 落实得不够好): the words between a cue and its figure, or after a claim in its clause.
 */
export function deniedIn(w: ClaimWords, text: string, from: number, to: number, shortfall = true): boolean {
  return (
    lastJudging(w, w.negation, text, from, to) !== undefined ||
    (shortfall && lastJudging(w, w.insufficient, text, from, to) !== undefined)
  );
}

/** How far after a figure a 的…目标 still makes it the content of a target (…达到100%”的工作目标). */
const TARGET_AFTER_REACH = 8;

/**
 * Whether the figure ending at `end` is what a target names: a 的 after it, then a target word or a goal noun
 * within reach in the clause (确定了“审查率达到100%”的工作目标; 实现覆盖率95%的目标; 达到95%以上的要求), or a 为 right
 * before one (以成功率保持在98%以上为目标).
 */
export function targetAfter(w: ClaimWords, text: string, end: number, ce: number): boolean {
  const to = Math.min(ce, end + TARGET_AFTER_REACH);
  // within the reach only: indexOf would run on through the text when no 的 follows
  for (let i = end; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === DE)
      return lastJudging(w, w.target, text, i + 1, to) !== undefined || w.goalNouns.at(text, i + 1) !== undefined;
    // 以调解成功率保持在98%以上为目标: a 为 that a target word or goal noun follows makes the figure the goal
    if (c === WEI && (w.target.at(text, i + 1) !== undefined || w.goalNouns.at(text, i + 1) !== undefined)) return true;
  }
  return false;
}

/**
 * Whether a goal noun stands right after the figure ending at `end`, or after a 的 (600名任务已完成512名; 500名的指标),
 * or a bound word right after it (控制在5%以内): either way the figure is not the one stated.
 */
export function goalNounAfter(w: ClaimWords, text: string, figureEnd: number, valueWords: string[] = []): boolean {
  // (past the fact's word told after its figure: 培养60名“法律明白人”任务; a loop, not a callback: run per figure)
  let end = figureEnd;
  for (let k = 0; k < valueWords.length && end === figureEnd; k++)
    if (text.startsWith(valueWords[k]!, figureEnd)) end += valueWords[k]!.length;
  return (
    w.goalNouns.at(text, text.charCodeAt(end) === DE ? end + 1 : end) !== undefined ||
    w.bounds.at(text, end) !== undefined ||
    // (a count of groups of the thing, 三个方面共八项, is passed over the same way)
    w.groupNouns.at(text, end) !== undefined
  );
}

/** 的 */
const DE = 0x7684;
/** 为 */
const WEI = 0x4e3a;

/**
 * Whether the cue's clause, after a target's in its sentence, says it was done (a done word after the target) or dates
 * itself to the report year — not when the target's content follows its colon (目标为：全年开展…培训4场次、…).
 */
function doneAfterTarget(w: ClaimWords, text: string, tgt: { at: number; word: string }, cs: number, cueStart: number) {
  const end = tgt.at + tgt.word.length;
  if (lastJudging(w, w.done, text, end, cueStart) !== undefined) return true;
  return !colonAfter(text, end, cs) && lastJudging(w, w.thisYear, text, cs, cueStart) !== undefined;
}

/**
 * Whether a colon follows a target word within a word or two (目标为：, 计划如下：) before `to`: what follows is the
 * target's content. A colon ending a longer clause (确保审查率100%：全年作出…; …的目标顺利完成：…) opens an account.
 */
function colonAfter(text: string, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + COLON_AFTER_TARGET + 1); k++) if (isColon(text.charCodeAt(k))) return true;
  return false;
}
const COLON_AFTER_TARGET = 2;
