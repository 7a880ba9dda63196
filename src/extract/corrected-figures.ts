import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import { UNSPECIFIED } from './scope-names.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * A report correcting a figure it told earlier (经核实，…本局实际作为被告的行政诉讼案件为5件，特此更正; 更正说明：…出庭应诉率
 * 为100%，以本说明为准): the corrected figure is the report's, not the first one told. The correcting words are the pack's
 * (vocabulary `correction`).
 */

/**
 * Of the statements of the kept figure's rank that come after it with another value, the last one a correcting
 * sentence states; undefined when there is none (nearly always).
 */
export function correctedFigure(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  best: Ranked,
  first: FactMatch,
): FactMatch | undefined {
  if (chosen.length === 1 || words.correction.size === 0) return undefined;
  let corrected: FactMatch | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank } = chosen[k]!;
    // of the kept one's rank, or naming no scope (更正说明：…，出庭应诉率为100%): a correction restates the figure it mends
    if (
      (rank !== best.rank && m.scope !== UNSPECIFIED) ||
      m.valueOffset <= first.valueOffset ||
      m.value === first.value
    )
      continue;
    if (correcting(index, words, m.valueOffset) && !includedPart(index, words, m.valueOffset)) corrected = m;
  }
  return corrected;
}

/** Whether the sentence holding `at` holds a correcting word (its lead too: 更正说明：… is one sentence with it). */
function correcting(index: TextIndex, words: ClaimWords, at: number): boolean {
  const [start, end] = index.sentence(at);
  // within reach of the figure: a text with no sentence ends is one sentence
  return words.correction.anyWithin(
    index.text,
    Math.max(start, at - CORRECTION_REACH),
    Math.min(end, at + CORRECTION_REACH),
  );
}
/** Whether the clause holding the figure at `at` says, before it, that it is a part taken in (包含已撤回申请4件). */
function includedPart(index: TextIndex, words: ClaimWords, at: number): boolean {
  return words.inclusion.anyWithin(index.text, index.clause(at)[0], at);
}

/** How far from its figure a correcting word may stand in its sentence. */
const CORRECTION_REACH = 120;
