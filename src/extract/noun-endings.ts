import type { ClaimWords } from './claim-words.js';

/** Whether one of the vocabulary's subjectNouns ends [from, end) (沙垅村调委会, 三个司法所, 甲社区). */
export function endsWithNoun(w: ClaimWords, text: string, from: number, end: number): boolean {
  const hits = w.subjectNouns.find(text, Math.max(from, end - NOUN_MAX), end);
  for (let k = 0; k < hits.length; k++) if (hits[k]!.at + hits[k]!.word.length === end) return true;
  return false;
}
/** The longest subject noun looked for (调委会: three characters, and one more). */
const NOUN_MAX = 4;
