import type { ClaimWords } from './claim-words.js';
import { pastItemMark } from './item-mark.js';
import { clauseStartBefore, pastBlanks } from './line-spans.js';
import { OWN } from './scope-names.js';
import { isSemicolon } from './text-index.js';

/*
 * A semicolon's span with no subject of its own — opening with an activity verb, after an addition word at most
 * (…，我局派员参加交叉检查；组织执法人员培训3场次; …；还组织…) — goes on with the subject of the clause right before the
 * semicolon when that clause opens with a word naming the reporter (我局, 本局): the reporter acts, not the other body
 * the sentence opened with (配合市卫生健康委开展…稽查，我局派员参加…).
 */

/** Whether the span at `semicolonStart` opens with a verb and the clause before the semicolon with the reporter's word. */
export function ownSubjectCarried(w: ClaimWords, text: string, semicolonStart: number, sentenceStart: number): boolean {
  if (semicolonStart - 1 <= sentenceStart || !isSemicolon(text.charCodeAt(semicolonStart - 1))) return false;
  let p = pastBlanks(text, semicolonStart);
  p += w.addition.at(text, p)?.length ?? 0;
  if (w.activityVerbs.at(text, p) === undefined) return false;
  const before = clauseStartBefore(text, semicolonStart - 1, sentenceStart);
  const s = pastItemMark(text, pastBlanks(text, before));
  const word = w.scopeWords.at(text, s);
  return word !== undefined && w.scopeOf.get(word) === OWN;
}

/**
 * Whether the reporter's own word opening the span at `p` (past its item number and year) is the subject still at `at`:
 * no other scope word and no body's noun outside the own words stands between (…，各村调委会受理64件; 我局聘请律师事务所
 * 律师…，代理行政诉讼案件1件: the lawyer's; …，全县36个部门…年终述法，应述尽述: the county's).
 */
export function ownOpeningSpeaks(w: ClaimWords, text: string, p: number, at: number): boolean {
  const opening = w.scopeWords.at(text, p);
  if (opening === undefined || w.scopeOf.get(opening) !== OWN) return false;
  const words = w.scopeWords.find(text, p, at);
  for (let k = 0; k < words.length; k++) if (w.scopeOf.get(words[k]!.word) !== OWN) return false;
  const nouns = w.subjectNouns.find(text, p, at);
  for (let k = 0; k < nouns.length; k++) if (!insideAny(words, nouns[k]!.at)) return false;
  return true;
}

/** Whether a noun at `at` is in one of the own words or ends the name they open (局党组 + 会: its own meeting). */
function insideAny(words: ReadonlyArray<{ at: number; word: string }>, at: number): boolean {
  for (let k = 0; k < words.length; k++)
    if (at >= words[k]!.at && at <= words[k]!.at + words[k]!.word.length + OWN_NAME_TAIL) return true;
  return false;
}
/** How many characters after an own word a noun may still end its name (局党组会, 局机关党支部). */
const OWN_NAME_TAIL = 1;
