import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * More of the same told in the next sentence, which opens with an addition word (…轮训4场次，参训612人次。此外，…另行举办
 * 岗前培训2场次，参训138人次; …制发行政规范性文件5件；另外，以区政府办公室名义制发…2件): the figures of one kind of the
 * reporter's added, as the kinds of one thing listed in a sentence are (§5). The addition words are the pack's
 * (vocabulary `addition`); the figure added is of the kept one's rank, so another body's (全县各单位…) is never added.
 */

/**
 * The statements that add to `last` (of rank `rank`), each opening the sentence right after the one before it on the
 * same line with an addition word; empty when none does (nearly always).
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
  // the next sentence, on the same line: past the end mark and blanks
  let start = end + 1;
  while (start < text.length && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  if (start >= text.length || isLineBreak(text.charCodeAt(end))) return undefined;
  const word = words.addition.at(text, start);
  if (word === undefined) return undefined;
  const [, sentenceEnd] = index.sentence(start);
  let found: FactMatch | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const { m, rank: r } = chosen[k]!;
    if (r !== rank || typeof m.value !== 'number' || m.valueOffset < start || m.valueOffset >= sentenceEnd) continue;
    // one figure per added sentence: two of the fact there are its own breakdown or total, not read here
    if (found !== undefined) return undefined;
    found = m;
  }
  return found;
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d;
