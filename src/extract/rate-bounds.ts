import type { ClaimWords } from './claim-words.js';
import { beforeBlanks, pastBlanks } from './line-spans.js';

/*
 * A rate written as a bound (98%以上, 超98%, 不低于90%) says only where the rate lies: no rate of the year.
 */

/**
 * Whether the rate whose figure starts at `at` is a bound: a bound word right before it (超, 超过, 不低于), or after its
 * percent sign (以上, 以内) — blanks allowed between.
 */
export function boundedRate(w: ClaimWords, text: string, at: number): boolean {
  if (w.rateBoundsBefore.size > 0 && endsWithWord(w, text, beforeBlanks(text, at))) return true;
  if (w.rateBoundsAfter.size === 0) return false;
  let p = at;
  while (p < text.length && p - at < FIGURE_REACH && !isPercent(text.charCodeAt(p))) p++;
  if (p >= text.length || !isPercent(text.charCodeAt(p))) return false;
  p = pastBlanks(text, p + 1);
  const word = w.rateBoundsAfter.at(text, p);
  // the exact rate in brackets right after the bound (99%以上（99.2%）) is the rate (exact-figures.ts)
  return word !== undefined && !exactInBrackets(text, p + word.length);
}

/** Whether an opening bracket and a digit follow at `p` (（99.2%）). */
function exactInBrackets(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const d = text.charCodeAt(p + 1);
  return (c === 0xff08 || c === 0x28) && d >= 0x30 && d <= 0x39;
}

/** Whether a bound word ends right at `end`. */
function endsWithWord(w: ClaimWords, text: string, end: number): boolean {
  for (let from = Math.max(0, end - WORD_REACH); from < end; from++) {
    const word = w.rateBoundsBefore.at(text, from);
    if (word !== undefined && from + word.length === end) return true;
  }
  return false;
}

/** How far a rate's figure runs to its percent sign (九十五点八%, 99.35 %). */
const FIGURE_REACH = 12;
/** The longest bound word looked for before a rate. */
const WORD_REACH = 4;
const isPercent = (c: number) => c === 0x25 || c === 0xff05;
