import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart } from '../../src/util/text-layout.js';

describe('displayWidth: string-width’s count, without its segmenter for ASCII and CJK text', () => {
  it('agrees with string-width on every code point of the Basic Multilingual Plane', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (displayWidth(s) !== stringWidth(s)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('agrees on mixed text: CJK and ASCII, then marks, emoji, controls and ANSI colours the fast count leaves to string-width', () => {
    const samples = [
      '红谷滩区司法局（司法局） 2024年度 法治政府建设年度报告评查结果',
      '得分：64 / 92（69.6%）—“合格”…·×',
      'e\u0301中文',
      '中\u302a文',
      '\t中',
      '1\ufe0f\u20e3',
      '〰〽',
      '👍🏽 好',
      '\u001b[31m不合格\u001b[39m',
      '한국어',
      'ｱｲｳ',
      '\u200b中',
    ];
    for (const s of samples) expect([s, displayWidth(s)]).toEqual([s, stringWidth(s)]);
    expect(padEnd('合格', 6)).toBe('合格  ');
    expect(padStart('a中', 5)).toBe('  a中');
  });
});
