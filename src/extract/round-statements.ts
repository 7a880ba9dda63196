import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import { figuresOfRank, nextSentenceStart } from './next-statements.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * An activity held in rounds or batches, each told with its own figure (全年组织执法人员培训2轮，第1轮培训460人次，第2轮
 * 培训520人次; 第一批…85人次。第二批…90人次): the rounds' figures of one fact are added, as the kinds of one thing listed
 * in a sentence are (§5). The round words are the pack's (vocabulary `rounds`); each figure added names a round not
 * named before it, in the kept figure's sentence or in a sentence after it that opens with a round word.
 */

/**
 * The statements that add to `first` (of rank `rank`) as later rounds of its activity; empty when `first` names no
 * round, or nothing after it names another (nearly always).
 */
export function roundStatements(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  first: FactMatch,
): FactMatch[] {
  const added: FactMatch[] = [];
  if (chosen.length === 1 || words.rounds.size === 0) return added;
  const own = roundNamed(index, words, first);
  if (own === undefined) return added;
  const named = new Set<string>([own]);
  let previous = first;
  for (;;) {
    const next = nextStatement(index, words, chosen, rank, previous);
    const round = next && roundNamed(index, words, next);
    // the next figure names no round, or one told already (第1轮…，第1轮复训…): the rounds end there
    if (next === undefined || round === undefined || named.has(round)) return added;
    named.add(round);
    added.push(next);
    previous = next;
  }
}

/**
 * The round word before m's figure in its sentence, a semicolon's part included (第2轮培训520人次 → 第2轮; 第二轮于10月
 * 对…开展评查，评查案卷143卷 → 第二轮).
 */
function roundNamed(index: TextIndex, words: ClaimWords, m: FactMatch): string | undefined {
  return words.rounds.last(index.text, index.sentence(m.valueOffset)[0], m.valueOffset)?.word;
}

/**
 * The first statement of rank `rank` (or naming no body) after `previous`'s figure: in its sentence, or in the sentence
 * right after it when that one opens with a round word (…85人次。第二批…90人次).
 */
function nextStatement(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  previous: FactMatch,
): FactMatch | undefined {
  const text = index.text;
  let end = index.sentence(previous.valueOffset)[1];
  const start = nextSentenceStart(text, end);
  if (start < text.length && words.rounds.at(text, start) !== undefined) end = index.sentence(start)[1];
  let next: FactMatch | undefined;
  const later = figuresOfRank(chosen, rank, previous.valueOffset + 1, end);
  for (let k = 0; k < later.length; k++)
    if (next === undefined || later[k]!.valueOffset < next.valueOffset) next = later[k];
  return next;
}
