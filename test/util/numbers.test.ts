import { describe, expect, it } from 'vitest';
import { formatNumber, percentOf, roundPercent, roundPoints, roundTo } from '../../src/util/numbers.js';

describe('numbers: one rounding, one way of showing a number', () => {
  it('rounds half up at the given place, as every score always has', () => {
    expect(roundTo(95.73166, 2)).toBe(95.73);
    expect(roundTo(0.30000000000000004, 6)).toBe(0.3);
    expect(roundPoints(2.005)).toBe(Math.round(2.005 * 100) / 100);
    expect(roundPercent(85.25 - 80)).toBe(5.3);
  });

  it('gives a percentage to one decimal, 0 when nothing is scored', () => {
    expect(percentOf(57.5, 92)).toBe(62.5);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('shows up to two decimals without trailing zeros', () => {
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(95.7317)).toBe('95.73');
    expect(formatNumber(2.5)).toBe('2.5');
  });
});
