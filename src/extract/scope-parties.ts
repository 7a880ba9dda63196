import type { ClaimWords } from './claim-words.js';
import { clauseStartBefore, pastBlanks } from './line-spans.js';
import { isClauseEnd } from './text-index.js';
import { pastItemMark } from './item-mark.js';
import { OWN } from './scope-names.js';

/*
 * Scope words naming a party to the work, not whose figure a clause gives (scope.ts reads past them): the body deciding
 * on the reporter's case, the one directing the work, those an activity is held for.
 */

/** A scope word found in the text, where it stands. */
export type Hit = { at: number; word: string };

/**
 * Whether the scope word names a party to the work, not whose figure it is: the body deciding on the reporter's case
 * (县政府复议决定撤销2件), the one directing the work (按照区委依法治区办部署，…), those it is held for (为乡镇…举办…).
 */
export function namesParty(w: ClaimWords, text: string, hit: Hit, from: number, at: number): boolean {
  return (
    w.deciding.at(text, hit.at + hit.word.length) !== undefined ||
    directed(w, text, hit, from) ||
    heldFor(w, text, hit, at)
  );
}

/**
 * Whether a scope word not the reporter's names those an activity is held for: a beneficiary word right before it (not
 * in an ordinary word: 作为县政府工作部门) and an activity verb after it before the claim (此外，为乡镇综合行政执法队员举办
 * 专题培训2场次，参训146人次; 局机关为各村开展法治讲座12场) — the one holding it acts; not 为全区中小学聘请法律顾问, whose
 * advisers are theirs. The verb is looked for in the scope word's clause, up to the claim.
 */
function heldFor(w: ClaimWords, text: string, hit: Hit, at: number): boolean {
  const word = w.beneficiary.endingAt(text, hit.at);
  if (word === undefined || w.scopeOf.get(hit.word) === OWN) return false;
  if (w.ordinary.covers(text, hit.at - word.length, word.length, w.ordinaryReach)) return false;
  let end = hit.at + hit.word.length;
  while (end < at && !isClauseEnd(text.charCodeAt(end))) end++;
  return w.activityVerbs.last(text, hit.at + hit.word.length, end) !== undefined;
}

/**
 * Whether the scope word `hit` stands in a clause opening with a directing word (vocabulary `directing`: 按照, 根据) and
 * a directions word (`directions`: 部署, 要求) follows it in that clause (按照区委依法治区办部署，…; 根据县政府统一安排开展…).
 */
function directed(w: ClaimWords, text: string, hit: Hit, from: number): boolean {
  if (w.directing.size === 0) return false;
  const cs = pastItemMark(text, pastBlanks(text, clauseStartBefore(text, hit.at, from)));
  const lead = w.directing.at(text, cs);
  if (lead === undefined || cs + lead.length > hit.at) return false;
  let end = hit.at + hit.word.length;
  while (end < text.length && end - hit.at < DIRECTING_REACH && !isClauseEnd(text.charCodeAt(end))) end++;
  return w.directions.last(text, hit.at + hit.word.length, end) !== undefined;
}
/** How far a directing clause runs past its scope word (按照区委全面依法治区委员会办公室统一部署). */
const DIRECTING_REACH = 20;
