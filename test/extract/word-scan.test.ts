import { describe, expect, it } from 'vitest';
import { CharFilter } from '../../src/extract/char-filter.js';
import { parseChineseNumeral } from '../../src/extract/numbers.js';
import { numberedTwin, valuePattern } from '../../src/extract/value-patterns.js';
import { WordSet } from '../../src/extract/word-set.js';

describe('backward word scans', () => {
  const words = new WordSet(['县委', '依法治县委员会', '未', '未成年']);

  it('finds the last place a word stands and ends inside the window', () => {
    //            0 1 2 3 4 5 6 7 8 9
    const text = '县委开会，未成年人未到';
    expect(words.lastStart(text, 0, text.length, text.length)).toBe(9);
    // before 9: 未成年 at 5 ends at 8, inside the window
    expect(words.lastStart(text, 0, 9, text.length)).toBe(5);
    // the longest word at 5 (未成年) must fit: with the window ending at 7 it does not, and 未 alone is not tried
    expect(words.lastStart(text, 0, 9, 7)).toBe(0);
    expect(words.lastStart(text, 1, 5, 7)).toBe(-1);
  });

  it('gives the longer word a hit lies inside', () => {
    expect(words.last('成立依法治县委员会', 0, 9)).toEqual({ at: 2, word: '依法治县委员会' });
    expect(words.last('县委书记', 0, 4)).toEqual({ at: 0, word: '县委' });
    expect(words.last('书记', 0, 2)).toBeUndefined();
  });

  it('finds the last unit a filter may have', () => {
    const f = new CharFilter();
    f.add('未'.charCodeAt(0));
    expect(f.lastIn('未a未b', 0, 4)).toBe(2);
    expect(f.lastIn('未a未b', 0, 2)).toBe(0);
    expect(f.lastIn('未a未b', 1, 2)).toBe(-1);
  });
});

describe('a word anywhere in a window', () => {
  const words = new WordSet(['审核', '审核确认办法', '刑事']);

  it('finds any word lying wholly inside [from, to), a shorter one where the longest at its place runs past', () => {
    //            0 1 2 3 4 5 6 7 8 9
    const text = '依据审核确认办法办理';
    // 审核确认办法 (2–8) does not fit before 6, 审核 (2–4) does
    expect(words.anyWithin(text, 0, 6)).toBe(true);
    // 审核 runs past 3
    expect(words.anyWithin(text, 0, 3)).toBe(false);
    // nothing starts at 3 or after
    expect(words.anyWithin(text, 3, text.length)).toBe(false);
    expect(new WordSet([]).anyWithin(text, 0, text.length)).toBe(false);
  });
});

describe('a word ending at a place', () => {
  const words = new WordSet(['开展', '组织开展', '办', '举办']);

  it('gives the longest word ending right there, none when a word only runs past it', () => {
    //            0 1 2 3 4 5 6 7 8 9
    const text = '组织开展全县培训举办';
    // 组织开展 (0–4) and 开展 (2–4) end at 4: the longer
    expect(words.endingAt(text, 4)).toBe('组织开展');
    // 开展 runs past 3, 组织 is no word
    expect(words.endingAt(text, 3)).toBeUndefined();
    // 举办 (8–10) and 办 (9–10) end at 10
    expect(words.endingAt(text, 10)).toBe('举办');
    expect(words.endingAt(text, 0)).toBeUndefined();
    expect(new WordSet([]).endingAt(text, 4)).toBeUndefined();
  });
});

describe('value patterns with numbered groups', () => {
  it('numbers the named groups in order and reads the same figure', () => {
    const named = valuePattern({ id: 'x', type: 'count', unit: '件' } as never)!;
    const { re, groups } = numberedTwin(named, 'y');
    expect(groups.pre).toBe(1);
    expect(groups.n).toBe(2);
    expect(groups.date).toBe(0);
    re.lastIndex = 2;
    const m = re.exec('办理约1,203余件')!;
    expect(m.groups).toBeUndefined();
    expect([m[groups.pre], m[groups.n], m[groups.post]]).toEqual(['约', '1,203', '余']);
  });

  it('refuses a pattern with an unnamed group', () => {
    expect(() => numberedTwin(/(?<n>\d+)(件)/, 'y')).toThrow(/unnamed group/);
    expect(() => numberedTwin(/(?<other>\d+)/, 'y')).toThrow(/unknown group other/);
  });
});

describe('Chinese numerals read by character code', () => {
  it.each([
    ['一亿零五', 100000005],
    ['两万', 20000],
    ['十', 10],
    ['〇五', 5],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('is no numeral with any other character', () => {
    expect(parseChineseNumeral('三x')).toBeUndefined();
    expect(parseChineseNumeral('二十点五')).toBeUndefined();
    expect(parseChineseNumeral('')).toBeUndefined();
  });
});
