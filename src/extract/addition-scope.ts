import type { ClaimWords } from './claim-words.js';
import type { FactMatch } from './claim-match.js';
import type { TextIndex } from './text-index.js';
import { OWN, UNSPECIFIED } from './scope-names.js';

/*
 * An unscoped figure told on by a sentence of the reporter's own opening with an addition word (举办执法人员业务培训4场，
 * 参训326人次。此外，我局还为新入职执法人员举办专题培训1场，参训41人次): the 我局 of the addition names the subject the first
 * sentence left unsaid, so the first figure is the reporter's own too — ranked with it, then added to it
 * (added-statements.ts), not passed over for it.
 */

/** Whether an addition word (此外, 另外, 还: vocabulary addition) stands at `at`, not inside an ordinary word. */
export function additionWordAt(words: ClaimWords, text: string, at: number): boolean {
  const word = words.addition.at(text, at);
  return word !== undefined && !words.ordinary.covers(text, at, word.length, words.ordinaryReach);
}

/** Marks a statement of no named scope as the reporter's own where the sentence right after it adds an own figure. */
export function ownBeforeAddition(index: TextIndex, words: ClaimWords, results: FactMatch[]): void {
  if (words.addition.size === 0 || results.length < 2) return;
  const text = index.text;
  for (let k = 0; k < results.length; k++) {
    const b = results[k]!;
    if (b.scope !== OWN) continue;
    const start = index.sentence(b.valueOffset)[0];
    if (!additionWordAt(words, text, start)) continue;
    // the statements of the sentence right before the addition's: only its end mark and blanks between (a few
    // characters, so no long text is cut out to test); a statement's list is short, each pair looked at once
    for (let j = 0; j < results.length; j++) {
      const a = results[j]!;
      if (a.scope !== UNSPECIFIED || a.valueOffset >= start || start - a.valueOffset > SENTENCE_REACH) continue;
      const end = index.sentence(a.valueOffset)[1];
      if (start - end <= GAP_MAX && BETWEEN.test(text.slice(end, start))) a.scope = OWN;
    }
  }
}

/** How far before the addition's sentence the figure it tells on may stand. */
const SENTENCE_REACH = 300;
/** The most characters between one sentence's end and the next one's start (a mark, blanks, a line break). */
const GAP_MAX = 8;

/** What may stand between a sentence's end and the next sentence's start. */
const BETWEEN = /^[。；;！!？?\s\u3000]*$/u;
