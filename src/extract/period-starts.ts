import type { ClaimWords } from './claim-words.js';
import { AS_OF_FIRST } from './as-of-months.js';
import { CN_DIGITS } from './year-numerals.js';

/*
 * The characters a period tag may stand at (time.ts lastPeriodTag scans back character by character): a year's last
 * numeral, a month span's first digit, the first character of an other-year, this-year or part-of-year word (the pack's),
 * of a span of years, 截 of a count up to a date, and a closing bracket (an aside after a figure). Any other character
 * is passed over with one look-up, not the half-dozen each of those looks costs.
 */

/** The first characters of a span of years (近五年, 过去三年, 2021—2025年, “十四五”). */
export const MULTI_YEAR_START = new Set([...'近过两二三四五六七八九十23456789多“"'].map((c) => c.charCodeAt(0)));

const cache = new WeakMap<ClaimWords, Uint8Array>();

/** For each UTF-16 code, 1 when a period tag may stand at a character of it, else 0 — made once per word set. */
export function periodStarts(w: ClaimWords): Uint8Array {
  let table = cache.get(w);
  if (table !== undefined) return table;
  table = new Uint8Array(65536);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (const c of CN_DIGITS.keys()) table[c] = 1;
  for (const c of MULTI_YEAR_START) table[c] = 1;
  for (const c of AS_OF_FIRST) table[c] = 1;
  table[0xff09] = 1; // ）
  table[0x29] = 1; // )
  for (const set of [w.otherYear, w.thisYear, w.thatYear, w.partOfYear]) for (const c of set.firstCodes()) table[c] = 1;
  cache.set(w, table);
  return table;
}
