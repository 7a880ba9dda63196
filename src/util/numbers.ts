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
export function formatNumber(n: number): string {
  const cents = Math.round(n * 100);
  // Exactly String(cents / 100), written from the integer: a double's shortest form is a slow conversion (a
  // message's figures, every score a renderer shows). Below 1e13 no shorter decimal reads back as the same double.
  if (cents % 100 === 0 || !(cents < 1e15 && cents > -1e15)) return String(cents / 100);
  const abs = cents < 0 ? -cents : cents;
  const frac = abs % 100;
  const whole = `${cents < 0 ? '-' : ''}${(abs - frac) / 100}`;
  if (frac % 10 === 0) return `${whole}.${frac / 10}`;
  return frac < 10 ? `${whole}.0${frac}` : `${whole}.${frac}`;
}
