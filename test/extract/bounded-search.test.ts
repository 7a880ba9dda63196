import { describe, expect, it } from 'vitest';
import { indexIn, lastIndexIn } from '../../src/extract/bounded-search.js';

// "“整改”问题已整改" : 0 “  1 整  2 改  3 ”  4 问  5 题  6 已  7 整  8 改
const T = '“整改”问题已整改';

describe('searches bounded to a span', () => {
  it('find the last word lying wholly inside [from, end)', () => {
    expect(lastIndexIn(T, '整改', 0, T.length)).toBe(7);
    expect(lastIndexIn(T, '整改', 0, 8)).toBe(1); // 整改 at 7 would end at 9, past 8
    expect(lastIndexIn(T, '整改', 2, 8)).toBe(-1); // the one at 1 starts before the span
    expect(lastIndexIn(T, '“', 0, 1)).toBe(0);
    expect(lastIndexIn(T, '“', 1, T.length)).toBe(-1);
  });

  it('find the first word lying wholly inside [from, end)', () => {
    expect(indexIn(T, '整改', 0, T.length)).toBe(1);
    expect(indexIn(T, '整改', 2, T.length)).toBe(7);
    expect(indexIn(T, '整改', 2, 8)).toBe(-1);
    expect(indexIn(T, '”', 0, 3)).toBe(-1);
    expect(indexIn(T, '”', 0, 4)).toBe(3);
  });

  it('take spans reaching past either end of the text', () => {
    expect(lastIndexIn(T, '“', -5, 100)).toBe(0);
    expect(indexIn(T, '整改', -5, 100)).toBe(1);
    expect(lastIndexIn('', '整', 0, 10)).toBe(-1);
  });
});
