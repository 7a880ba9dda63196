import type { FactMatch } from './claim-match.js';
import type { ClaimWords } from './claim-words.js';
import type { FactExtractor } from './compile.js';
import { pastBlanks } from './line-spans.js';
import { parseNumeral } from './numbers.js';
import { SUM_WORDS, RECAP_WORDS } from './sum-words.js';
import { FIGURE, statedTotalOf, unitAt } from './stated-totals.js';
import type { TextIndex } from './text-index.js';

/*
 * A total closing a list whose items are sentences of their own (①…培训2场次；②…1场次；③…2场次；⏎合计5场次; （1）…15场次；
 * （2）…23场次；以上共计80场次): semicolons and line breaks end sentences, so the totals read within one sentence
 * (stated-totals.ts) do not reach it. The total is the fact's when its sentence opens with a sum word and its figure is
 * exactly the sum of the items' figures in the fact's units: the list it closes, and nothing more.
 */

/** A total stated after the kept figure's parts: in its sentence (stated-totals.ts), or closing its list of items. */
export function partsTotal(x: FactExtractor, index: TextIndex, first: FactMatch, words: ClaimWords) {
  return statedTotalOf(x, index, first, words) ?? listTotalOf(x, index, first);
}

/**
 * The total closing the kept figure's list of items, or undefined (no list, no total, or one that is not their sum).
 * Each item may tell several figures in the fact's units (调解纠纷17件、成功17件): the one read is the kept figure's
 * place among its sentence's, in every item and in the total (两级合计105件，成功103件).
 */
export function listTotalOf(
  x: FactExtractor,
  index: TextIndex,
  first: FactMatch,
): { value: number; at: number; end: number; partsSum: number } | undefined {
  const units = x.def.units ?? [];
  if (typeof first.value !== 'number' || units.length === 0) return undefined;
  const text = index.text;
  const own = index.sentence(first.valueOffset);
  // (a table's cell is read from its divider on: ⇥6场)
  const place = unitFigures(text, own[0], own[1], units).findIndex((f) => f.at >= first.valueOffset);
  if (place < 0 || !CELL_LEAD.test(text.slice(first.valueOffset, own[1]))) return undefined;
  let sum = first.value;
  let items = 1;
  // the items before, back to a sentence a full stop ends (the list's lead is the first item's sentence)
  for (let s = own[0], k = 0; k < MAX_ITEMS && s > 1 && itemBreak(text, s - 1); k++) {
    const before = index.sentence(s - 2);
    if (before[1] >= s) break;
    s = before[0];
    if (blank(text, before[0], before[1])) continue;
    const f = unitFigures(text, before[0], before[1], units)[place];
    if (f === undefined) break;
    sum += f.value;
    items++;
  }
  // the items after, up to a sentence opening with a sum word
  for (let e = own[1], k = 0; k < MAX_ITEMS && itemBreak(text, e); k++) {
    const next = index.sentence(e + 1);
    if (next[0] <= e) break;
    e = next[1];
    if (blank(text, next[0], next[1])) continue;
    const f = unitFigures(text, next[0], next[1], units)[place];
    if (f === undefined) return undefined;
    if (TOTAL_OPENING.test(text.slice(next[0], Math.min(next[1], next[0] + OPENING_REACH))))
      // (quoted from the total's sentence's start: 两级合计105件，成功103件)
      return items >= 2 && f.value === sum
        ? { value: f.value, at: pastBlanks(text, next[0]), end: f.end, partsSum: sum }
        : undefined;
    sum += f.value;
    items++;
  }
  return undefined;
}

/** What may stand before the kept figure where its match starts: blanks or a table's cell divider. */
const CELL_LEAD = /^[\s｜|]*[\d零〇一二两三四五六七八九十百千万]/u;
/** How many items a list is read through, each way. */
const MAX_ITEMS = 12;
/** How far into its sentence a total's sum word may stand (⑤ 以上共计…, a list mark and blanks first). */
const OPENING_REACH = 12;
const TOTAL_OPENING = new RegExp(
  `^[\\s（(]*[\\d①-⑳一二三四五六七八九十]*[）)．.、]?\\s*(?:${RECAP_WORDS.join('|')})?[^\\d，,；;。]{0,4}(?:${SUM_WORDS.join('|')})`,
  'u',
);

/** Whether the character at `at` ends a list's item: a semicolon or a line break, not a full stop. */
function itemBreak(text: string, at: number): boolean {
  const c = text[at];
  return c === '；' || c === ';' || c === '\n';
}

function blank(text: string, from: number, to: number): boolean {
  return text.slice(from, to).trim().length === 0;
}

/** The figures of [from, to) written with one of the units (2场次 of 2场次，参训160人次), where each starts and ends. */
function unitFigures(
  text: string,
  from: number,
  to: number,
  units: readonly string[],
): Array<{ value: number; at: number; end: number }> {
  const found: Array<{ value: number; at: number; end: number }> = [];
  FIGURE.lastIndex = from;
  for (let f = FIGURE.exec(text); f && f.index < to; f = FIGURE.exec(text)) {
    const end = f.index + f[0].length;
    const unit = unitAt(text, end, units);
    const value = unit === undefined ? undefined : parseNumeral(f[0]);
    if (value !== undefined) found.push({ value, at: f.index, end: end + unit!.length });
  }
  return found;
}
