/**
 * Digits right after a Chinese numeral are the tail of a broken mixed figure (1干零36件, as OCR leaves 1千零36件): no
 * figure of their own — reading 36 from it would be a confident wrong value. Invented bodies and figures.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const report = (body: string) => extractReport(`枞岭县司法局2025年法治政府建设年度报告\n${body}\n`, pack);

describe('a broken mixed figure', () => {
  it.each([['全县法律援助机构办理案件1干零36件。'], ['全县法律援助机构办理案件一千零36件。']])(
    '%s gives no legal aid count',
    (body) => {
      expect(report(body).facts.legalAidCases).toBeUndefined();
    },
  );

  it('a whole figure beside it is read', () => {
    expect(report('全县法律援助机构办理案件1,036件。').facts.legalAidCases).toBe(1036);
  });
});
