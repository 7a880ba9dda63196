import type { WordSet } from './word-set.js';
import { holdsAny } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import { cueAllowed } from './cue-reach.js';
import { CHINESE_NUMERAL_CHARS } from './numbers.js';

/*
 * Whether an item of a list of kinds (kind-lists.ts) names the fact: by a cue or context cue of its own, or by what
 * the first item carries to the items after it — its split cue's object (评查行政处罚案卷86件、行政许可案卷54件), the
 * few words it varies after its cue (宣传进企业21场、进社区9场), or its verb's head (判决撤销5件、确认违法3件).
 */

/**
 * Whether an item holds one of the fact's cues (both words of a split cue) or context cues (宣传进), or, under an item
 * on its topic, a topic cue (宣传).
 */
export function namesFact(x: FactExtractor, item: string, topical: boolean, contextual: boolean): boolean {
  if (contextual) for (let k = 0; k < x.contextCues.length; k++) if (allowedIn(x, item, x.contextCues[k]!)) return true;
  if (topical) for (let k = 0; k < x.topicCues.length; k++) if (item.includes(x.topicCues[k]!)) return true;
  for (let k = 0; k < x.cueParts.length; k++) {
    const part = x.cueParts[k]!;
    for (let first = item.indexOf(part.first); first >= 0; first = item.indexOf(part.first, first + 1)) {
      const second = part.second === undefined ? first : item.indexOf(part.second, first + part.first.length);
      if (second < 0) break;
      const end = part.second === undefined ? first + part.first.length : second + part.second.length;
      if (cueAllowed(item, first, end - first, x)) return true;
    }
  }
  return false;
}

/**
 * Whether an item holds a word of one of the fact's cues, allowed there or not: such an item is judged by its own words
 * (局务会会前学法10次 under a lead 学法：), a lead lends it nothing.
 */
export function mentionsCue(x: FactExtractor, item: string): boolean {
  for (let k = 0; k < x.cueParts.length; k++) if (item.includes(x.cueParts[k]!.first)) return true;
  return holdsAny(item, x.contextCues);
}

/** Whether `word` stands in the item where the fact's cue may (党组会前学法 is no 学法 of a fact not read after 会前). */
export function allowedIn(x: FactExtractor, item: string, word: string): boolean {
  for (let at = item.indexOf(word); at >= 0; at = item.indexOf(word, at + 1))
    if (cueAllowed(item, at, word.length, x)) return true;
  return false;
}

/**
 * The words between the last of the fact's cues an item holds and its figure (普法宣传进企业21场 → 进企业), when they are
 * a few words and no figure; undefined otherwise.
 */
export function wordsAfterCue(x: FactExtractor, item: string, figureAt: number): string | undefined {
  let end = -1;
  for (let k = 0; k < x.cueParts.length; k++) {
    // a split cue (评查…案卷) ends with its second word, after its first
    const part = x.cueParts[k]!;
    const last = part.second ?? part.first;
    const at = item.lastIndexOf(last, figureAt - last.length);
    if (at < 0 || (part.second !== undefined && item.lastIndexOf(part.first, at - part.first.length) < 0)) continue;
    end = Math.max(end, at + last.length);
  }
  const words = end < 0 ? '' : item.slice(end, figureAt);
  return words.length >= 1 && words.length <= PARALLEL_MAX && !DIGIT.test(words) ? words : undefined;
}

/**
 * Whether a later item's words only vary the first item's words after its cue: as few, no figure, opening with the same
 * word (进企业 / 进社区, 进学校), or each opening with a kind of case (vocabulary `caseKinds`: 法律援助案件刑事76件、民事
 * 188件、行政5件), not the same words again. Words that drop the fact's cue the first item's words hold name another
 * thing (受理行政复议案件118件，行政应诉案件64件: 应诉 is no kind of 复议).
 */
export function parallel(x: FactExtractor, tail: string | undefined, words: string, caseKinds: WordSet): boolean {
  return (
    tail !== undefined &&
    !(namesFact(x, tail, false, false) && !namesFact(x, words, false, false)) &&
    words.length >= 1 &&
    words.length <= PARALLEL_MAX &&
    words !== tail &&
    (words[0] === tail[0] || (caseKinds.at(tail, 0) !== undefined && caseKinds.at(words, 0) !== undefined)) &&
    !DIGIT.test(words)
  );
}

/**
 * The first item's words after its last context cue, from the kind of case they name (受理离婚纠纷58件 → 离婚纠纷;
 * 受理纠纷婚姻家庭45件 → 婚姻家庭): a later item opening with another kind (赡养纠纷17件) is parallel to it. Undefined when
 * they name none.
 */
export function kindAfterCue(x: FactExtractor, item: string, figureAt: number, caseKinds: WordSet): string | undefined {
  if (caseKinds.size === 0) return undefined;
  let end = -1;
  for (let k = 0; k < x.contextCues.length; k++) {
    const cue = x.contextCues[k]!;
    const at = item.lastIndexOf(cue, figureAt - cue.length);
    if (at >= 0) end = Math.max(end, at + cue.length);
  }
  if (end < 0) return undefined;
  const words = item.slice(end, figureAt);
  if (words.length > PARALLEL_MAX || DIGIT.test(words)) return undefined;
  // (the thing counted may stand between the cue and the kind: 受理纠纷婚姻家庭45件 → 婚姻家庭)
  const kind = caseKinds.find(words, 0, words.length)[0];
  return kind === undefined ? undefined : words.slice(kind.at);
}

/**
 * The head words the first item's cues open with (判决 of 判决撤销 in 法院判决撤销3件): what its verb is, which the
 * items after it may leave unsaid. Found once a list.
 */
export function cueHeads(x: FactExtractor, first: string): string[] {
  const heads: string[] = [];
  for (let k = 0; k < x.cues.length; k++) {
    const cue = x.cues[k]!;
    if (first.includes(cue)) for (let h = HEAD_MIN; h < cue.length - 1; h++) heads.push(cue.slice(0, h));
  }
  return heads;
}

/**
 * Whether a later item is a cue of the fact once a head of the first item's cue is carried to it (判决撤销5件、
 * 确认违法3件: 判决 + 确认违法 is the cue 判决确认违法): the list's items share the first one's verb.
 */
export function headCarried(x: FactExtractor, heads: string[], item: string): boolean {
  for (let j = 0; j < heads.length; j++) {
    const head = heads[j]!;
    if (item.startsWith(head)) continue;
    for (let k = 0; k < x.cues.length; k++) {
      const cue = x.cues[k]!;
      if (cue.length <= head.length + 1 || !cue.startsWith(head)) continue;
      // the item's words before its figure are the cue's rest, nothing after it (确认违法3件; not 调解成功3,241件 under
      // 受理调解: 成功 makes it another measure)
      const rest = cue.slice(head.length);
      if (item.startsWith(rest) && DIGIT_OR_NUMERAL.test(item.charAt(rest.length))) return true;
    }
  }
  return false;
}

/** A carried head is at least two characters (判决), so one shared character (行) carries nothing. */
const HEAD_MIN = 2;

/** At most this many characters vary in a parallel item (进社区, 进农村活动). */
const PARALLEL_MAX = 6;
const DIGIT = /\d/u;
const DIGIT_OR_NUMERAL = new RegExp(`[\\d０-９${CHINESE_NUMERAL_CHARS}]`, 'u');

/** The second word of the first split cue (评查…案卷) an item names both words of, in order; undefined when none. */
export function splitCueObject(x: FactExtractor, item: string): string | undefined {
  for (let k = 0; k < x.cueParts.length; k++) {
    const part = x.cueParts[k]!;
    if (part.second === undefined) continue;
    const first = item.indexOf(part.first);
    if (first >= 0 && item.indexOf(part.second, first + part.first.length) >= 0) return part.second;
  }
  return undefined;
}
