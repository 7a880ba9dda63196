/**
 * A 普法 cue's clause with no figure is read on into the next clause only where that clause goes on to the figure
 * through words that add no thing of their own — the vocabulary's `continuing` list, which an auditor extends in
 * YAML, not code. Invented bodies and figures.
 */
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';
import type { Pack } from '../../src/pack/compiled-pack.js';

const pack = loadPack('national');
const report = (p: Pack, body: string) => extractReport(`柳溪县水利局2025年法治政府建设年度报告\n${body}\n`, p);

describe('a clause going on to the figure (vocabulary continuing)', () => {
  it.each([
    ['全年开展水法规普法宣传活动，累计举办31场次。', 31],
    ['开展“宪法进万家”普法宣传活动，先后举办17场。', 17],
    ['组织普法宣传活动，陆续开展12场次。', 12],
    ['开展法治宣传活动，镇、村两级开展宣传18场。', 18],
  ])('%s → %i', (body, events) => {
    expect(report(pack, body).facts.lawPopularizationEvents).toBe(events);
  });

  it('a clause telling another activity is not read for the figure', () => {
    const r = report(pack, '全年开展水法规普法宣传活动，召开局务会议研究法治工作2次。');
    expect(r.facts.lawPopularizationEvents).toBeUndefined();
    expect(r.facts.ruleOfLawMeetings).toBe(2);
  });

  it('a word an auditor adds to the list lets the clause go on; without it the figure is not read', () => {
    const body = '全年开展水法规普法宣传活动，持续举办31场次。';
    expect(report(pack, body).facts.lawPopularizationEvents).toBeUndefined();
    const extended: Pack = {
      ...pack,
      vocabulary: { ...pack.vocabulary, continuing: [...(pack.vocabulary.continuing ?? []), '持续'] },
    };
    expect(report(extended, body).facts.lawPopularizationEvents).toBe(31);
  });
});
