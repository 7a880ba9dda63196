import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extract.js';
import { parseChineseNumeral, parseDate } from '../../src/extract/numbers.js';
import { loadPack } from '../../src/pack/load-pack.js';

const pack = loadPack('national');
const facts = (text: string) => extractReport(text, pack);

describe('Chinese numerals and dates', () => {
  it.each([
    ['三十', 30],
    ['十五', 15],
    ['一百二十', 120],
    ['二百', 200],
    ['三万五千', 35000],
    ['二〇二四', 2024],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each([
    ['2024年12月31日', '2024-12-31'],
    ['2025-02-19', '2025-02-19'],
    ['2025年1月3日', '2025-01-03'],
    ['2024年2月30日', undefined],
  ])('%s → %s', (s, d) => expect(parseDate(s)).toBe(d));
});

describe('typed values after cues', () => {
  it.each([
    ['行政机关负责人出庭应诉率100%。', 'headAppearanceRate', 100, false],
    ['人民调解成功率达99.92%。', 'mediationSuccessRate', 99.92, false],
    ['负责人出庭率达到百分之百。', 'headAppearanceRate', 100, false],
    ['共收到行政复议申请247件。', 'reconsiderationReceived', 247, false],
    ['共办理法律援助案件1,203件。', 'legalAidCases', 1203, false],
    ['培训执法人员200余人次。', 'enforcementTrainees', 200, true],
    ['开展普法宣传活动三十余场次。', 'lawPopularizationEvents', 30, true],
    ['共受理矛盾纠纷1.2万件。', 'mediationAccepted', 12000, false],
    ['开展普法宣传活动约180场。', 'lawPopularizationEvents', 180, true],
    ['行政复议审结 28 件。', 'reconsiderationConcluded', 28, false],
  ])('%s → %s = %s', (text, id, value, approximate) => {
    const r = facts(text);
    expect(r.facts[id]).toBe(value);
    const ev = r.evidence![id] as { quote: string; line: number; approximate?: boolean };
    expect(ev.line).toBe(1);
    expect(Boolean(ev.approximate)).toBe(approximate);
  });

  it('does not read a rate as a count, nor 一起 as a number', () => {
    const r = facts('调解成功率98%。有效化解矛盾纠纷“每一起案”。');
    expect(r.facts.mediationSucceeded).toBeUndefined();
    expect(r.facts.mediationAccepted).toBeUndefined();
    expect(r.facts.mediationSuccessRate).toBe(98);
  });

  it('sums a sentence’s values when the pack says aggregate: sum', () => {
    const r = facts('行政复议审结案件中维持43件，撤销16件，确认违法7件，经协调撤回终止30件，责令履行1件。');
    expect(r.facts.reconsiderationCorrected).toBe(24);
    expect(r.evidence!.reconsiderationCorrected).toHaveLength(3);
  });
});

describe('context', () => {
  const text = [
    '一、2023年工作情况',
    '推进各单位党政主要负责人述法。受理矛盾纠纷100件，调解成功90件。',
    '二、2024年工作计划',
    '推动书面述法全覆盖。受理矛盾纠纷200件。',
  ].join('\n');

  it('a fact stated only in the next-year plan is a plan, not a result', () => {
    const r = facts(text);
    expect(r.facts.statementOfLaw).toBe('held');
    expect(r.facts.mediationAccepted).toBe(100);
    expect(r.conflicts ?? []).toEqual([]);
  });

  it('a fact stated twice keeps the first value and records the conflict', () => {
    const r = facts('一、主要举措和成效\n共受理矛盾纠纷100件。\n全年受理矛盾纠纷120件。\n二、存在的问题\n无。');
    expect(r.facts.mediationAccepted).toBe(100);
    expect(r.conflicts).toEqual([
      { fact: 'mediationAccepted', kept: 100, other: 120, evidence: expect.objectContaining({ line: 3 }) },
    ]);
  });

  // a figure in brackets right after a total breaks it down: no second statement, so no conflict
  it.each([
    ['全年应诉行政案件9件，其中败诉2件（1件被判决撤销、1件被判决确认违法）。', 'litigationLost', 2],
    ['开展普法宣传活动40场次（其中“宪法宣传周”期间8场次）。', 'lawPopularizationEvents', 40],
    ['全年组织行政执法人员培训6场(线上培训2场，线下集中培训4场)，参训312人次。', 'enforcementTrainingSessions', 6],
  ])('%s → %s %d, the bracketed parts no conflict', (text, fact, value) => {
    const r = facts(`某县某局2025年法治政府建设年度报告\n${text}`);
    expect(r.facts[fact]).toBe(value);
    expect((r.conflicts ?? []).filter((c) => c.fact === fact)).toEqual([]);
  });

  // a court's intake in a sentence on reconsideration is no reconsideration intake: no conflict with it
  it.each([
    ['全年行政复议受理案件112件，同期县人民法院一审受理行政诉讼案件70件，复议案件量为诉讼案件的1.6倍。', 112],
    ['县政府行政复议机构受理复议申请96件；县法院受理行政诉讼一审案件41件，复议成为化解行政争议的主渠道。', 96],
    ['区行政复议局全年收案58件，区人民法院受理行政诉讼案件33件，复议收案首次超过诉讼。', 58],
  ])('%s → reconsiderationReceived %d, the court’s figure no conflict', (text, value) => {
    const r = facts(`某县司法局2025年法治政府建设年度报告\n${text}`);
    expect(r.facts.reconsiderationReceived).toBe(value);
    expect((r.conflicts ?? []).filter((c) => c.fact === 'reconsiderationReceived')).toEqual([]);
  });

  it('brackets after a third figure are another statement: its figure still conflicts', () => {
    const r = facts('某县某局2025年法治政府建设年度报告\n受理矛盾纠纷100件；另组织培训2场（调解纠纷120件）。');
    expect(r.facts.mediationAccepted).toBe(100);
    expect(r.conflicts).toEqual([expect.objectContaining({ fact: 'mediationAccepted', kept: 100, other: 120 })]);
  });

  it('lists the facts it did not find with the words it looked for', () => {
    const r = facts('一、主要举措和成效\n共受理矛盾纠纷100件。');
    const miss = r.unstated!.find((u) => u.fact === 'headAppearanceRate')!;
    expect(miss.lookedFor).toEqual(expect.arrayContaining(['出庭应诉率', '出庭率']));
    expect(r.unstated!.some((u) => u.fact === 'mediationAccepted')).toBe(false);
    expect(r.unstated!.some((u) => u.fact === 'mediationSuccessRateComputed')).toBe(false);
  });

  it('finds inline part headings in a one-line report', () => {
    const r = facts(
      '2024年，某县司法局开展工作。 一、主要举措和成效 全年开展工作。 二、存在的不足和原因 基础薄弱。 三、2025年工作安排 继续努力。',
    );
    expect(r.sections).toEqual(['measures_and_results', 'shortcomings', 'next_year_plan']);
    expect(r.sectionEvidence!.shortcomings).toMatchObject({ quote: '二、存在的不足和原因', line: 1 });
  });
});

describe('a value stated many times', () => {
  // more than sixteen statements of one value by several cues sort by the array sort, not by insertion (quadratic
  // in a long document): the first statement in the text still decides, whichever cue found it
  it('keeps the first statement in text order', () => {
    const lines = ['某县司法局2025年法治政府建设年度报告'];
    for (let k = 0; k < 12; k++) lines.push('局主要负责人述法。', '局长在年终述职中述法。');
    const r = facts(lines.join('\n'));
    expect(r.facts.ownStatementOfLaw).toBe(true);
    expect(r.evidence?.ownStatementOfLaw).toMatchObject({ quote: '局主要负责人述法', line: 2 });
  });
});
