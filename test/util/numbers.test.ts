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
    expect(formatNumber(3.05)).toBe('3.05');
    expect(formatNumber(-0.5)).toBe('-0.5');
    expect(formatNumber(-12.346)).toBe('-12.35');
    expect(formatNumber(-0.125)).toBe('-0.12'); // half up: toward +∞, as Math.round
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(12345678.9)).toBe('12345678.9');
  });

  it('shows every number as String of it rounded to two places (its integer digits written out)', () => {
    const samples = [0.07, 0.7, 1.005, 2.675, -2.675, 99.995, -99.995, 1234567.89, 0.1 + 0.2, 1e-7, 9.999e12];
    // a spread of values with every pair of last digits, positive and negative
    for (let i = -20000; i <= 20000; i += 7) samples.push(i / 100 + 0.003, i / 1000);
    for (const n of samples) expect(formatNumber(n)).toBe(String(Math.round(n * 100) / 100));
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatNumber(n)).toBe(String(n));
  });
});
