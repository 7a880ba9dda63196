import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { correctedFigure } from './corrected-figures.js';
import { exactFigure } from './exact-figures.js';
import { recapOfParts } from './stated-totals.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';
import { yearAfterAsOf } from './year-over-as-of.js';

/**
 * The figure a fact keeps of its statements, before any sum: the best rank's first — or the exact one beside a rounded
 * one, the whole year's after one up to a date, a later correction of it, or a recap of sources told apart.
 */
export function keptFigure(x: FactExtractor, chosen: Ranked[], index: TextIndex, words: ClaimWords) {
  let best = chosen[0]!;
  for (let k = 1; k < chosen.length; k++) if (chosen[k]!.rank < best.rank) best = chosen[k]!;
  const exact = exactFigure(index, chosen, best);
  // 截至12月20日…49件；全年…共52件: the whole year's figure
  const told = exact ?? yearAfterAsOf(index, words, chosen, best) ?? best.m;
  // a later sentence correcting the figure (经核实，…实际为5件): the corrected one
  const corrected = correctedFigure(index, words, chosen, best, told);
  // 督察反馈问题3个。…点评指出问题2个。针对上述5个问题…: the recap of sources told apart
  const recap = corrected || x.aggregate === 'sum' ? undefined : recapOfParts(index, x, chosen, told);
  return { bestRank: best.rank, exact, told, corrected, recap, first: corrected ?? recap ?? told };
}
