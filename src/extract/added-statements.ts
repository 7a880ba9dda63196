import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import { figuresOfRank, nextSentenceStart } from './next-statements.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * More of the same told in the next sentence, which opens with an addition word (…轮训4场次，参训612人次。此外，…另行举办
 * 岗前培训2场次，参训138人次; …制发行政规范性文件5件；另外，以区政府办公室名义制发…2件): the figures of one kind of the
 * reporter's added, as the kinds of one thing listed in a sentence are (§5). The addition words are the pack's
 * (vocabulary `addition`); the figure added is of the kept one's rank, so another body's (全县各单位…) is never added.
 */

/**
 * The statements that add to `last` (of rank `rank`), each opening the sentence right after the one before it with an
 * addition word (on its line, or the next paragraph's first); empty when none does (nearly always).
 */
export function addedStatements(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  last: FactMatch,
): FactMatch[] {
  const added: FactMatch[] = [];
  if (chosen.length === 1 || words.addition.size === 0) return added;
  let previous = last;
  for (;;) {
    const next = additionAfter(index, words, chosen, rank, previous);
    if (next === undefined) return added;
    added.push(next);
    previous = next;
  }
}

/** The statement of rank `rank` in the sentence right after `previous`'s, when that sentence opens with an addition. */
function additionAfter(
  index: TextIndex,
  words: ClaimWords,
  chosen: Ranked[],
  rank: number,
  previous: FactMatch,
): FactMatch | undefined {
  const text = index.text;
  const end = index.sentence(previous.valueOffset)[1];
  // the next sentence: past the end mark and blanks — on the same line, or opening the next paragraph when this one
  // ends with a sentence's end (…参训620人次。⏎此外，为乡镇综合行政执法队举办…)
  if (isLineBreak(text.charCodeAt(end)) && !SENTENCE_MARKS.includes(text[end - 1] ?? '')) return undefined;
  const start = nextSentenceStart(text, end);
  if (start >= text.length) return undefined;
  const word = words.addition.at(text, start);
  if (word === undefined || words.ordinary.covers(text, start, word.length, words.ordinaryReach)) return undefined;
  // one figure per added sentence: two of the fact there are its own breakdown or total, not read here
  const found = figuresOfRank(chosen, rank, start, index.sentence(start)[1]);
  return found.length === 1 ? found[0] : undefined;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;
const SENTENCE_MARKS = '。；;！!？?';
