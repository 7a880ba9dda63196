import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { correctedFigure } from './corrected-figures.js';
import { exactFigure } from './exact-figures.js';
import { recapOfParts } from './stated-totals.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';
import { yearAfterAsOf } from './year-over-as-of.js';
import { addedStatements, namesOtherBody } from './added-statements.js';
import { OWN, UNSPECIFIED } from './scope-names.js';
import { wholeOfPart } from './breakdowns.js';

/**
 * The figure a fact keeps of its statements, before any sum: the best rank's first — or the exact one beside a rounded
 * one, the whole year's after one up to a date, a later correction of it, or a recap of sources told apart.
 */
export function keptFigure(x: FactExtractor, chosen: Ranked[], index: TextIndex, words: ClaimWords) {
  let best = chosen[0]!;
  for (let k = 1; k < chosen.length; k++) if (chosen[k]!.rank < best.rank) best = chosen[k]!;
  if (best.m.scope === UNSPECIFIED && !x.anyScope) best = addedTo(index, words, chosen, best);
  // the reporter's own office's part of its unscoped whole (…共组织执法培训14场次，其中局机关…4场次): the whole (a sum's parts
  // are settled where it sums)
  if (best.m.scope === OWN && x.aggregate !== 'sum') {
    const whole = wholeOfPart(index, words, chosen, best.m);
    if (whole !== undefined) best = chosen.find((c) => c.m === whole)!;
  }
  const exact = exactFigure(index, chosen, best);
  // 截至12月20日…49件；全年…共52件: the whole year's figure
  const told = exact ?? yearAfterAsOf(index, words, chosen, best) ?? best.m;
  // a later sentence correcting the figure (经核实，…实际为5件): the corrected one
  const corrected = correctedFigure(index, words, chosen, best, told);
  // 督察反馈问题3个。…点评指出问题2个。针对上述5个问题…: the recap of sources told apart
  const recap = corrected || x.aggregate === 'sum' ? undefined : recapOfParts(index, x, chosen, told);
  return { bestRank: best.rank, exact, told, corrected, recap, first: corrected ?? recap ?? told };
}

/**
 * The statement an unscoped best one adds to (本局组织…培训12场次。此外，为新录用执法人员举办专题培训2场次: the addition's
 * subject is the sentence before's, so its figure is that scope's, not a better-ranked one of its own — a 司法局 ranks its
 * unscoped figures over 本局's); else `best`.
 */
function addedTo(index: TextIndex, words: ClaimWords, chosen: Ranked[], best: Ranked): Ranked {
  // (an addition naming a body, 此外，区市场监管局等单位自行组织…, is that body's, whoever it is)
  if (namesOtherBody(words, index.text, index.sentence(best.m.valueOffset)[0])) return best;
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!;
    if (c.rank <= best.rank || c.m.scope === UNSPECIFIED || c.m.valueOffset >= best.m.valueOffset) continue;
    if (addedStatements(index, words, chosen, c.rank, c.m).includes(best.m)) return c;
  }
  return best;
}
