import type { ClaimWords } from './claim-words.js';
import { Match, quote, type ClaimContext, type FactMatch } from './claim-match.js';
import type { FactExtractor } from './compile.js';
import type { TextIndex } from './text-index.js';
import { parseMatch } from './value-parse.js';
import { nextValue } from './value-patterns.js';

/**
 * The year's new part of an intake total told right after it with what was carried over from the year before
 * (办理行政复议案件128件（新收119件、上年结转9件）; 行政诉讼案件6件，其中新收5件、上年结转1件): for a fact counting
 * what came in during the year (facts.yaml `intake`), the new part is the year's figure, the total is not. Both words
 * must stand in the part (vocabulary `newIntake` before its figure, `carriedOver`): a breakdown by kind is no such part.
 */
export function newIntakePart(
  index: TextIndex,
  x: FactExtractor,
  ctx: ClaimContext,
  m: FactMatch,
): FactMatch | undefined {
  const w = ctx.words;
  if (w.newIntake.size === 0 || w.carriedOver.size === 0) return undefined;
  const text = index.text;
  const re = x.valueSticky!;
  const total = nextValue(re, text, m.valueOffset, m.valueOffset + 1);
  if (total === null) return undefined;
  const se = index.sentence(m.valueOffset)[1];
  const after = total.index + total[0].length;
  const span = partAfter(index, w, after, Math.min(se, after + PART_REACH));
  if (span === undefined) return undefined;
  const from = span[0];
  const close = span[1];
  if (w.carriedOver.last(text, from, close) === undefined) return undefined;
  const fresh = w.newIntake.last(text, from, close);
  if (fresh === undefined) return undefined;
  const wordEnd = fresh.at + fresh.word.length;
  const part = nextValue(re, text, wordEnd, close);
  if (part === null || part.index - wordEnd > WORD_TO_FIGURE) return undefined;
  const parsed = parseMatch(x, part);
  if (parsed === undefined) return undefined;
  const cs = index.clause(m.valueOffset)[0];
  const q = quote(index, cs, close, m.valueOffset, part.index + part[0].length, parsed.approximate, NOTE);
  return new Match(parsed.value, part.index, ctx, cs, part.index, q);
}

/**
 * The part right after a figure: inside the brackets opening there, or after the breakdown word (vocabulary
 * `breakdown`: 其中) opening the next clause, to its sentence's end; undefined when no such part follows.
 */
function partAfter(index: TextIndex, w: ClaimWords, from: number, limit: number): [number, number] | undefined {
  const text = index.text;
  const c = text.charCodeAt(from);
  if (c === OPEN_FULL || c === OPEN_ASCII) {
    for (let i = from + 1; i < limit; i++) {
      const d = text.charCodeAt(i);
      if (d === CLOSE_FULL || d === CLOSE_ASCII) return [from + 1, i];
    }
    return undefined;
  }
  const lead = c === FULL_COMMA || c === COMMA ? w.breakdown.at(text, from + 1) : undefined;
  if (lead === undefined) return undefined;
  const start = from + 1 + lead.length;
  return [start, Math.min(limit, index.sentence(start)[1])];
}

const OPEN_FULL = 0xff08;
const OPEN_ASCII = 0x28;
const CLOSE_FULL = 0xff09;
const CLOSE_ASCII = 0x29;
const FULL_COMMA = 0xff0c;
const COMMA = 0x2c;
/** How far after the total its part may end. */
const PART_REACH = 40;
/** How far after the new-intake word its figure may start (新收案件119件). */
const WORD_TO_FIGURE = 4;
const NOTE = '本年新收，不含上年结转';
