import type { FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { addedStatements } from './added-statements.js';
import { classStatements } from './class-statements.js';
import { roundStatements } from './round-statements.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/**
 * More of the same added to the kept figure: in the next sentence opening with an addition word (…4场次。此外，…另行举办
 * 岗前培训2场次) — for a fact whose scope is judged, so that the figure added is the same body's (a fact of any scope, 整改
 * items, may add another source's); an activity's rounds, each with its figure (第1轮培训460人次，第2轮培训520人次); classes
 * of it, each with its own verb and figure (…岗前培训一期、参训十二人次，开展…轮训三期、参训三十六人次). The statements and
 * their note, or undefined (nearly always).
 */
export function moreOfTheSame(
  x: FactExtractor,
  chosen: Ranked[],
  index: TextIndex,
  words: ClaimWords,
  bestRank: number,
  first: FactMatch,
): [FactMatch[], string] | undefined {
  const added = x.anyScope ? [] : addedStatements(index, words, chosen, bestRank, first);
  if (added.length > 0) return [added, ADDITION_NOTE];
  if (typeof first.value !== 'number') return undefined;
  const rounds = roundStatements(index, words, chosen, bestRank, first);
  if (rounds.length > 0) return [rounds, ROUNDS_NOTE];
  const classes = x.type === 'count' ? classStatements(index, x, words, chosen, bestRank, first) : [];
  return classes.length > 0 ? [classes, CLASSES_NOTE] : undefined;
}

// (in the next sentence, or later in the same one after a semicolon or a connective)
export const ADDITION_NOTE = '以“此外”“另外”等续述同类数，相加';
const ROUNDS_NOTE = '分轮（批）载明，相加';
const CLASSES_NOTE = '同句分项载明，相加';
