/**
 * Rounding and showing numbers: one place, so a score, a deduction, a derived rate and the text a
 * card prints round the same way. Each keeps the arithmetic its callers had (Math.round of the
 * scaled value, half up), so no score moves by a last-digit float difference.
 */

/** `n` rounded to `decimals` places: 95.73166 → 95.73 with 2. */
export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/** Points and scores are kept to two decimals (a per-unit deduction of 0.5 × 3.333 steps …). */
export const roundPoints = (n: number): number => roundTo(n, 2);

/** A percentage to one decimal: the assessment's `percent`, and a change between two of them. */
export const roundPercent = (n: number): number => roundTo(n, 1);

/** `part` as a percentage of `whole`, to one decimal; 0 when there is nothing to score. */
export const percentOf = (part: number, whole: number): number =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;

/** A number as every output shows it: up to two decimals, no trailing zeros — 95.7317 → 95.73, 100 → 100. */
export const formatNumber = (n: number): string => String(roundPoints(n));
