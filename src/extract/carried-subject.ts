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
