import type { ReportRole } from '../model/report.js';
import type { FactMatch } from './claim-match.js';
import { lastJudging, type ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { DEPARTMENTS, OWN, REGION } from './scope-names.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * A government's region told by its tiers (应出庭应诉的133件中，区长出庭2件，各部门负责人出庭131件): its own figure and
 * the departments' in one sentence, with no figure of the region anywhere, are the region's when added — as a
 * township's own figure and its villages' are (unit-tiers.ts).
 */

/**
 * The government's own statements and the departments' to add, when the best it takes is its own, no statement of the
 * fact gives the region's, and one statement of all the departments stands in the own one's sentence (not of some:
 * 部分部门, 个别单位 — a partial word before its figure); else undefined.
 */
export function governmentTierStatements(
  index: TextIndex,
  x: FactExtractor,
  results: readonly FactMatch[],
  chosen: readonly Ranked[],
  role: ReportRole | undefined,
  words: ClaimWords,
): FactMatch[] | undefined {
  if (role !== 'government' || !x.def.governmentTiers || x.type !== 'count' || chosen.length === 0) return undefined;
  let best = chosen[0]!;
  for (let k = 1; k < chosen.length; k++) if (chosen[k]!.rank < best.rank) best = chosen[k]!;
  if (best.m.scope !== OWN || typeof best.m.value !== 'number') return undefined;
  const sentence = index.sentence(best.m.valueOffset);
  let departments: FactMatch | undefined;
  for (let k = 0; k < results.length; k++) {
    const m = results[k]!;
    if (m.scope === REGION) return undefined;
    if (m.scope !== DEPARTMENTS || m.valueOffset < sentence[0] || m.valueOffset >= sentence[1]) continue;
    // two statements of the departments, or one of some of them: no whole of the region
    if (departments !== undefined || typeof m.value !== 'number') return undefined;
    if (lastJudging(words, words.partial, index.text, index.clause(m.valueOffset)[0], m.valueOffset)) return undefined;
    departments = m;
  }
  if (departments === undefined) return undefined;
  // a fact that sums its sentence's figures (区长出庭2件、副区长出庭3件): each of the government's own there
  const own: FactMatch[] = [best.m];
  if (x.aggregate === 'sum')
    for (let k = 0; k < chosen.length; k++) {
      const m = chosen[k]!.m;
      const inSentence = m.valueOffset >= sentence[0] && m.valueOffset < sentence[1];
      if (
        inSentence &&
        m.scope === OWN &&
        typeof m.value === 'number' &&
        !own.some((o) => o.valueOffset === m.valueOffset)
      )
        own.push(m);
    }
  return [...own, departments];
}
