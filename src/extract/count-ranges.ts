import { isNumeralCode } from './numbers.js';
import { statedTotalOf } from './stated-totals.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import type { Ranked } from './statement-choice.js';
import type { TextIndex } from './text-index.js';

/*
 * A count that closes a range after a number (各社区受理纠纷8至25件, 开展宣传3-5场次, 12到20场) is a span, not a figure
 * of the fact: its statement gives nothing — unless a total follows it in its sentence (分别受理纠纷9至27件，合计142件),
 * which reading the figure then gives (recorded-values.ts, breakdowns.ts statedTotal).
 */

/** The chosen statements of a count without those closing a range with no total after them. */
export function withoutRanges(index: TextIndex, x: FactExtractor, words: ClaimWords, chosen: Ranked[]): Ranked[] {
  if (x.type !== 'count') return chosen;
  let kept: Ranked[] | undefined;
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k]!;
    const range = closesRange(index.text, c.m.valueOffset) && !statedTotalOf(x, index, c.m, words);
    if (range) kept ??= chosen.slice(0, k);
    else kept?.push(c);
  }
  return kept ?? chosen;
}

/** Whether a range mark (至, 到, -, ~ …) right before `at` follows a digit or a Chinese numeral. */
export function closesRange(text: string, at: number): boolean {
  if (at < 2 || !RANGE_MARKS.has(text.charCodeAt(at - 1))) return false;
  return isNumeralCode(text.charCodeAt(at - 2));
}

/** 至 到 - ～ ~ － — –. */
const RANGE_MARKS = new Set([0x81f3, 0x5230, 0x2d, 0xff5e, 0x7e, 0xff0d, 0x2014, 0x2013]);
