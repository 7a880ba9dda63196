import type { ClaimWords } from './claim-words.js';
import type { TextIndex } from './text-index.js';

/*
 * Figures given as examples (深化“法律明白人”培养工程，如菡渚镇培养107名、荪桥乡培养118名等): a span opening with an
 * example word and closed by 等 names some of the subjects or kinds, not all — its figures are neither a count nor parts
 * of one to add. The words are the pack's (vocabulary `exampleLists`).
 */

/**
 * Whether the figure at `at` stands in an example list: a span of its sentence opening with an opener before it, a closer
 * after it.
 */
export function exampleFigure(index: TextIndex, w: ClaimWords, at: number): boolean {
  const text = index.text;
  const [ss, se] = index.sentence(at);
  // (within reach of the figure both ways: a text with no stops is one sentence, not to be read once per figure)
  const from = partStart(text, Math.max(ss, at - EXAMPLE_REACH), at);
  if (!opensExample(index, w, from, at)) return false;
  const to = Math.min(se, at + EXAMPLE_REACH);
  for (let p = at; p < to && !SEMICOLON.test(text.charAt(p)); p++)
    if (w.exampleClosers.at(text, p) !== undefined) return true;
  return false;
}

/** How far from the figure an example word opening its span, and 等 closing it, are looked for. */
const EXAMPLE_REACH = 120;

/** Where the semicolon's part holding `at` starts (`ss`, where the look starts, when no semicolon is before it). */
function partStart(text: string, ss: number, at: number): number {
  for (let p = at - 1; p >= ss; p--) if (SEMICOLON.test(text.charAt(p))) return p + 1;
  return ss;
}

/** Whether a clause from `from` up to the one holding `at` opens with an example opener (，如…; ：例如…). */
function opensExample(index: TextIndex, w: ClaimWords, from: number, at: number): boolean {
  const text = index.text;
  for (let p = from; p <= at; ) {
    let q = p;
    while (q < at && BLANK.test(text.charAt(q))) q++;
    const word = w.exampleOpeners.at(text, q);
    if (word !== undefined && !w.ordinary.covers(text, q, word.length, w.ordinaryReach)) return true;
    const ce = index.clause(p)[1];
    if (ce <= p) break;
    p = ce + 1;
  }
  return false;
}

const SEMICOLON = /[；;]/u;
const BLANK = /[\s\u3000]/u;
