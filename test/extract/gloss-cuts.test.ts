import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { glossCuts } from '../../src/extract/gloss-cuts.js';
import { TextIndex } from '../../src/extract/text-index.js';
import { loadPack } from '../../src/pack/load-pack.js';

// A mirror site's copy: characters glossed with their pinyin in brackets, splitting the words cues are looked for by.
const GLOSSED = [
  '某县司法局2024年法治政府建设年度报告',
  '一、主要举措和成效',
  '（一）组织行政执(zhí)法人员培(péi)训(xùn)4场次，参训(xùn)160人次。',
  '（二）开展普法宣传(chuán)活动(dòng)12场。',
].join('\n');

describe("a mirror page's pinyin glosses", () => {
  it('are read as gone', () => {
    expect(TextIndex.of(GLOSSED).text).toContain('组织行政执法人员培训4场次，参训160人次。');
  });

  it('leave the figures read and the evidence at the line and column as written', () => {
    const r = extractReport(GLOSSED, loadPack('national'));
    expect(r.facts.enforcementTrainingSessions).toBe(4);
    expect(r.facts.enforcementTrainees).toBe(160);
    expect(r.facts.lawPopularizationEvents).toBe(12);
    const ev = r.evidence?.lawPopularizationEvents;
    const one = Array.isArray(ev) ? ev[0]! : ev!;
    // line 4 as written; its quote starts at the item's number, column 1, and its offset is the written text's
    expect(one.line).toBe(4);
    expect(GLOSSED.slice(one.offset!, one.offset! + 4)).toBe(one.quote.slice(0, 4));
  });

  it('are none where brackets hold no tone-marked syllable, or fewer than three', () => {
    expect(glossCuts('附件(a)、附件(b)、附件(c)：办理情况')).toBeUndefined();
    expect(glossCuts('全县(qū)共受理(lǐ)案件12件')).toBeUndefined();
  });
});
