import { lastJudging } from './claim-words.js';
import {
  JUDGE_REACH,
  Match,
  PERIOD_REACH,
  excluded,
  periodFor,
  quote,
  type ClaimContext,
  type FactMatch,
} from './claim-match.js';
import { nextValue, valueCharIn, type FactExtractor } from './compile.js';
import { glued } from './cue-window.js';
import { modality } from './polarity.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';

/*
 * A figure before the cue that follows it (培育1895名法律明白人; 案卷15卷开展自查): the cues a fact lists as
 * `cuesAfterValue`, judged as a figure after its cue is.
 */

/** The last figure ending within maxGap characters before a trailing cue, in the cue's clause. */
export function valueBefore(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  cueStart: number,
): FactMatch | undefined {
  const text = index.text;
  const w = ctx.words;
  const clause = index.clause(cueStart);
  const cs = clause[0];
  const ce = clause[1];
  const from = Math.max(cs, cueStart - x.maxGap - 24);
  // every figure has a digit or a Chinese numeral: without one, the pattern is not run
  if (!valueCharIn(text, from, cueStart)) return undefined;
  if (excluded(index, ctx.words, cs, ce, x, cueStart)) return undefined;
  const window = text.slice(from, cueStart);
  const re = x.valueSticky!;
  let last: RegExpExecArray | undefined;
  for (
    let m = nextValue(re, window, 0, window.length);
    m;
    m = nextValue(re, window, m.index + m[0].length, window.length)
  )
    last = m;
  if (!last || window.length - (last.index + last[0].length) > x.maxGap) return undefined;
  const vStart = from + last.index;
  if (glued(text, vStart)) return undefined;
  const ss = index.sentence(vStart)[0];
  if (modality(w, text, cs, vStart, vStart, cueStart, ss) !== 'result') return undefined;
  if (lastJudging(w, w.perUnit, text, Math.max(cs, vStart - JUDGE_REACH), vStart) !== undefined) return undefined;
  if (lastJudging(w, w.remainder, text, cs, vStart) !== undefined) return undefined;
  if (
    periodFor(
      ctx,
      w,
      text,
      Math.max(ss, vStart - PERIOD_REACH),
      cs,
      vStart,
      Math.max(cs, vStart - 12),
      vStart,
      ctx.year,
    ) !== 'report'
  )
    return undefined;
  const parsed = parseMatch(x, last);
  if (!parsed) return undefined;
  const q = quote(index, cs, ce, vStart, cueStart + 1, parsed.approximate);
  return new Match(parsed.value, vStart, ctx, cs, vStart, q);
}
