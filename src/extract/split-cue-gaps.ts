import { lastJudging, type ClaimWords } from './claim-words.js';
import type { Modality } from './polarity.js';

/*
 * What the words between a split cue's two words (本人…述法, 述职…述法) say of its claim: a negation or a target there
 * judges it as one before the cue does.
 */

/**
 * A result claim judged by its split cue's gap too: a negation there denies it (述职时未专门述法), a target or a time set
 * there sets it (本人计划在年终述职中述法, 本人将于次年1月述法: not yet done).
 */
export function gapModality(w: ClaimWords, text: string, mode: Modality, gapFrom: number, gapTo: number): Modality {
  if (mode !== 'result' || gapTo <= gapFrom) return mode;
  if (lastJudging(w, w.negation, text, gapFrom, gapTo)) return 'negated';
  return scheduledIn(w, text, gapFrom, gapTo) ? 'target' : mode;
}

/**
 * Whether a scheduling word (将于, 定于) or a target word stands in [from, to) — a disposal marker only when a future word
 * follows it (vocabulary disposal `future`: 镇长将在年终述职中述法): in a gap 将 mostly puts an object somewhere
 * (述职时将履行…职责情况一并述法, 将述法内容单列), its verb often beyond the gap.
 */
function scheduledIn(w: ClaimWords, text: string, from: number, to: number): boolean {
  if (lastJudging(w, w.scheduled, text, from, to) !== undefined) return true;
  for (let t = lastJudging(w, w.target, text, from, to); t; t = lastJudging(w, w.target, text, from, t.at))
    if (w.disposalMarkers.at(text, t.at) !== t.word || w.disposalFuture.at(text, t.at + t.word.length) !== undefined)
      return true;
  return false;
}
