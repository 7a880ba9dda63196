import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const report = (body: string) => extractReport(`某县民政局2025年法治政府建设年度报告\n${body}`, pack);

describe('one lawsuit and its outcome in words (facts.yaml oneCase)', () => {
  it('a win gives none lost, quoted from the sentence with a note naming the count it rests on', () => {
    const r = report('全年行政诉讼1件（低保待遇纠纷），副局长出庭应诉，一审胜诉。');
    expect(r.facts.litigationLost).toBe(0);
    expect(r.evidence?.litigationLost).toMatchObject({
      quote: '全年行政诉讼1件（低保待遇纠纷），副局长出庭应诉，一审胜诉',
      line: 2,
      note: '行政诉讼（应诉）案件数为1，由其结果得出',
    });
  });

  it('a loss gives the one lost; the plaintiff losing is no loss of the reporter', () => {
    expect(report('全年行政诉讼1件，局长出庭，一审败诉。').facts.litigationLost).toBe(1);
    expect(report('被诉行政案件1件，法院判决原告败诉。').facts.litigationLost).toBe(0);
  });

  it('with two cases or more, or no outcome, the words give no count', () => {
    expect(report('全年行政诉讼3件，一审胜诉2件。').facts.litigationLost).toBeUndefined();
    expect(report('全年行政诉讼1件，尚未开庭。').facts.litigationLost).toBeUndefined();
  });
});
