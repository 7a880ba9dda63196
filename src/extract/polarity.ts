import { judging, lastJudging, type ClaimWords } from './claim-words.js';

/** What a clause does with a claim: states it, denies it, or sets it as a goal. */
export type Modality = 'result' | 'negated' | 'target';

/** How far before a cue a negation or target word still governs it, within its clause. */
const REACH_BEFORE = 20;
/** How far after a cue a negation still governs it (述法全覆盖尚未实现). */
const REACH_AFTER = 8;

/**
 * The modality of the claim at [cueStart, cueEnd) in the clause [cs, ce): the nearest
 * negation or target word before it decides (计划实现… / 未实现…), then a negation right
 * after it (…尚未实现). A cue that carries its own negation (未开展述法) is a negative
 * statement already: only a target word before it changes it.
 */
export function modality(w: ClaimWords, text: string, cs: number, ce: number, cueStart: number, cueEnd: number): Modality {
  const from = Math.max(cs, cueStart - REACH_BEFORE);
  const negativeCue = judging(w, w.negation, text, cueStart, cueEnd).length > 0;
  const neg = negativeCue ? undefined : lastJudging(w, w.negation, text, from, cueStart);
  const tgt = lastJudging(w, w.target, text, from, cueStart);
  if (neg && (!tgt || neg.at > tgt.at)) return 'negated';
  if (tgt) return 'target';
  if (!negativeCue && judging(w, w.negation, text, cueEnd, Math.min(ce, cueEnd + REACH_AFTER)).length > 0) return 'negated';
  return 'result';
}

/** Whether [from, to) (the words between a cue and its value) deny the value: 未达到, 不到. */
export function negatedBetween(w: ClaimWords, text: string, from: number, to: number): boolean {
  return judging(w, w.negation, text, from, to).length > 0;
}
