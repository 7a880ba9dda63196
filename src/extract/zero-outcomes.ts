import { judging, type ClaimWords } from './claim-words.js';

/**
 * Whether a bare thing (no noun of its own) is coordinated with a second thing an outcome qualifies, the first naming
 * none (未发生行政复议、行政诉讼败诉案件): the outcome is both things', so there was none of that outcome, not none of
 * the first thing. A first thing naming its own outcome (未发生被复议纠错、被诉败诉情形) is a none of its own.
 */
export function outcomeShared(w: ClaimWords, text: string, from: number, cueEnd: number, ce: number): boolean {
  if (!SECOND_THING.test(text.slice(cueEnd, ce)) || w.caseOutcomes.find(text, from, cueEnd).length > 0) return false;
  // (each thing with its zero word, 零复议、零诉讼、零败诉, is a none of each)
  return w.caseOutcomes.find(text, cueEnd, ce).length > 0 && judging(w, w.zero, text, cueEnd, ce).length === 0;
}
/** A second thing coordinated after the first (、行政诉讼败诉案件, 和行政诉讼…). */
const SECOND_THING = /^[和及、或与]/u;
