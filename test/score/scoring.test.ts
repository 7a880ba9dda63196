import { describe, expect, it } from 'vitest';
import { Evaluator } from '../../src/engine/evaluator.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { assess } from '../../src/score/assess.js';
import { rulePoints } from '../../src/score/rule-points.js';
import { gradeFor } from '../../src/score/grade.js';
import { loadStructuredReport } from '../../src/ingest/structured-report.js';
import { Rule } from '../../src/model/pack.js';
import type { ReportData } from '../../src/model/report.js';
import type { Waiver } from '../../src/model/waiver.js';

const pack = loadPack('national');
const evaluator = new Evaluator(pack);
const xiaxianLike: ReportData = {
  report: { authority: '测试县司法局', year: 2024 },
  sections: ['measures_and_results', 'shortcomings', 'next_year_plan'],
  facts: { mediationAccepted: 656, mediationSucceeded: 628, mediationSuccessRate: 98, headAppearanceRate: 100 },
};
const run = async (report: ReportData, waivers?: Waiver[], asOf = '2025-06-01') =>
  assess(pack, report, 'reports/test.yaml', await evaluator.evaluate(report), {
    asOf,
    ...(waivers ? { waivers } : {}),
  });
const finding = (a: Awaited<ReturnType<typeof run>>, id: string) => a.findings.find((f) => f.ruleId === id)!;

describe('per-unit deductions', () => {
  const rule = (partial: 'ceil' | 'floor' | 'exact', per = 1) =>
    Rule.parse({
      id: 'x.y',
      category: 'x',
      title: 't',
      points: 10,
      message: 'm',
      deduct: { fact: 'rate', target: 100, direction: 'below', per, points: 1, partial },
    });
  const outcome = (rate: number) => ({ ruleId: 'x.y', status: 'met' as const, facts: { rate }, missingFacts: [] });
  it.each([
    { partial: 'ceil', rate: 100, points: 10 },
    { partial: 'ceil', rate: 99.5, points: 9 },
    { partial: 'floor', rate: 99.5, points: 10 },
    { partial: 'exact', rate: 97.5, points: 7.5 },
    { partial: 'ceil', rate: 93, points: 3 },
    { partial: 'ceil', rate: 42, points: 0 },
  ] as const)('$partial at $rate% → $points', ({ partial, rate, points }) => {
    expect(rulePoints(rule(partial), outcome(rate)).points).toBe(points);
  });
  it('counts 0.1-point steps without floating-point drift', () => {
    expect(rulePoints(rule('ceil', 0.1), outcome(99.9)).points).toBe(9);
  });
  it('deducts above a ceiling as well as below a floor', () => {
    const above = Rule.parse({
      id: 'x.y',
      category: 'x',
      title: 't',
      points: 4,
      message: 'm',
      deduct: { fact: 'rate', target: 10, direction: 'above', per: 1, points: 2 },
    });
    expect(rulePoints(above, outcome(11.2)).points).toBe(0);
    expect(rulePoints(above, outcome(10.5)).points).toBe(2);
  });
});

describe('grades', () => {
  it.each([
    [95, false, '优秀'],
    [90, false, '优秀'],
    [89.9, false, '良好'],
    [60, false, '合格'],
    [59.9, false, '不合格'],
    [99, true, '不合格'],
  ] as const)('%s%% (veto %s) → %s', (percent, vetoed, grade) => {
    expect(gradeFor(pack.manifest.grades, percent, vetoed)).toBe(grade);
  });
  it('reads English band names with --lang en', () =>
    expect(gradeFor(pack.manifest.grades, 85, false, 'en')).toBe('good'));
});

describe('waivers', () => {
  const waiver: Waiver = {
    rule: 'structure.leadership-duty',
    report: '测试县司法局',
    reason: '第一责任人情况已另行专题报告',
    approver: '市依法治市办',
    expires: '2025-12-31',
  };

  it('turn a failure into waived: shown, not counted against the report', async () => {
    const plain = await run(xiaxianLike);
    const waived = await run(xiaxianLike, [waiver]);
    expect(finding(plain, 'structure.leadership-duty')).toMatchObject({ status: 'fail', points: 0, maxPoints: 7 });
    expect(finding(waived, 'structure.leadership-duty')).toMatchObject({
      status: 'waived',
      points: 0,
      maxPoints: 0,
      waiver: {
        reason: '第一责任人情况已另行专题报告',
        approver: '市依法治市办',
        expires: '2025-12-31',
        expired: false,
      },
    });
    expect(waived.maxScore).toBe(plain.maxScore - 7);
    expect(waived.counts.waived).toBe(1);
  });

  it('do not apply once expired, and say so', async () => {
    const a = await run(xiaxianLike, [waiver], '2026-01-01');
    expect(finding(a, 'structure.leadership-duty')).toMatchObject({
      status: 'fail',
      maxPoints: 7,
      waiver: { expired: true },
    });
  });

  it('match by file name too, and only the year they name', async () => {
    const byFile = await run(xiaxianLike, [{ ...waiver, report: 'test.yaml' }]);
    expect(finding(byFile, 'structure.leadership-duty').status).toBe('waived');
    const otherYear = await run(xiaxianLike, [{ ...waiver, year: 2023 }]);
    expect(finding(otherYear, 'structure.leadership-duty').status).toBe('fail');
  });

  it('leave passing rules alone', async () => {
    const a = await run(xiaxianLike, [{ ...waiver, rule: 'structure.measures-and-results' }]);
    expect(finding(a, 'structure.measures-and-results')).toMatchObject({ status: 'pass', points: 7 });
  });
});

describe('assessment', () => {
  it('totals categories and findings consistently', async () => {
    const a = await run(xiaxianLike);
    expect(a.categories.reduce((s, c) => s + c.score, 0)).toBeCloseTo(a.score);
    expect(a.categories.reduce((s, c) => s + c.maxScore, 0)).toBeCloseTo(a.maxScore);
    expect(a.findings.map((f) => f.ruleId)).toEqual(pack.rules.map((r) => r.rule.id));
  });

  it("leaves out a passed finding's figures and quotes when told to (a batch), and nothing else", async () => {
    const report: ReportData = {
      ...xiaxianLike,
      evidence: {
        headAppearanceRate: { quote: '行政机关负责人出庭应诉率100%', line: 3, column: 1 },
        mediationSuccessRate: { quote: '调解成功率98%', line: 5, column: 1 },
      },
    };
    const outcomes = await evaluator.evaluate(report);
    const full = assess(pack, report, 'r.yaml', outcomes, { asOf: '2025-06-01' });
    const lean = assess(pack, report, 'r.yaml', outcomes, { asOf: '2025-06-01', passDetail: false });
    // 100% is the target: a pass, quoted in full, bare when lean
    expect(finding(full, 'litigation.head-appearance-rate')).toMatchObject({
      status: 'pass',
      facts: { headAppearanceRate: 100 },
      evidence: [{ fact: 'headAppearanceRate', quote: '行政机关负责人出庭应诉率100%' }],
    });
    expect(Object.keys(finding(lean, 'litigation.head-appearance-rate'))).not.toContain('evidence');
    expect(Object.keys(finding(lean, 'litigation.head-appearance-rate'))).not.toContain('facts');
    // 98% stated against 628/656 = 95.73%: a fail keeps its figures and quotes either way
    expect(finding(lean, 'consistency.mediation-success-rate')).toMatchObject({
      status: 'fail',
      facts: { mediationSuccessRate: 98 },
      evidence: [{ fact: 'mediationSuccessRate', quote: '调解成功率98%' }],
    });
    // the same bytes as the full assessment with its passed findings' facts and quotes deleted
    const bare = structuredClone(full);
    for (const f of bare.findings)
      if (f.status === 'pass') {
        delete f.facts;
        delete f.evidence;
      }
    expect(JSON.stringify(lean)).toBe(JSON.stringify(bare));
  });

  it('names the unstated facts in the language asked for, each time (报告未载明 / not stated in the report)', async () => {
    // the rate read is the stated one, else the one computed from counts: three unstated inputs, in that order
    const bare: ReportData = { report: {}, sections: [], facts: {} };
    const outcomes = await evaluator.evaluate(bare, { explain: false });
    const message = (lang: 'zh' | 'en') =>
      finding(
        assess(pack, bare, 'r.yaml', outcomes, { asOf: '2025-06-01', lang }),
        'reconsideration.correction-rate-vs-benchmark',
      ).message;
    for (let i = 0; i < 2; i++) {
      expect(message('zh')).toBe('报告未载明：行政复议（直接）纠错率、行政复议纠错数、行政复议审结（办结）数');
      expect(message('en')).toBe(
        'not stated in the report: Reconsideration correction rate, Reconsideration decisions correcting the agency, ' +
          'Reconsideration cases concluded',
      );
    }
  });

  it('writes a lean passed finding without its tree as the full one without facts and quotes, key for key', async () => {
    const report: ReportData = {
      ...xiaxianLike,
      // an annual report passes the gate structure.document-type; stated causes take shortcomings' first tier
      report: { ...xiaxianLike.report, documentType: 'annual_report' },
      facts: { ...xiaxianLike.facts, shortcomingCausesStated: true },
      evidence: { headAppearanceRate: { quote: '行政机关负责人出庭应诉率100%', line: 3, column: 1 } },
    };
    const outcomes = await evaluator.evaluate(report, { explain: false });
    const options = { asOf: '2025-06-01', explain: false } as const;
    const full = assess(pack, report, 'r.yaml', outcomes, options);
    const lean = assess(pack, report, 'r.yaml', outcomes, { ...options, passDetail: false });
    const passed = lean.findings.filter((f) => f.status === 'pass');
    // passes of every kind: with a basis, with a tier, a gate
    expect(passed.some((f) => f.basis !== undefined)).toBe(true);
    expect(passed.some((f) => f.tier !== undefined)).toBe(true);
    expect(passed.some((f) => f.gate === true)).toBe(true);
    for (const f of passed) {
      const whole = full.findings.find((x) => x.ruleId === f.ruleId)!;
      const { facts: _facts, evidence: _evidence, ...rest } = whole;
      expect(JSON.stringify(f)).toBe(JSON.stringify(rest));
      expect(JSON.parse(JSON.stringify(f))).toEqual(rest);
    }
    expect(finding(lean, 'litigation.head-appearance-rate')).toEqual({
      ruleId: 'litigation.head-appearance-rate',
      category: finding(full, 'litigation.head-appearance-rate').category,
      title: finding(full, 'litigation.head-appearance-rate').title,
      severity: finding(full, 'litigation.head-appearance-rate').severity,
      veto: false,
      basis: finding(full, 'litigation.head-appearance-rate').basis,
      status: 'pass',
      points: finding(full, 'litigation.head-appearance-rate').maxPoints,
      maxPoints: finding(full, 'litigation.head-appearance-rate').maxPoints,
    });
  });

  it('writes the message with the values and enum labels filled in', async () => {
    const a = await run({ ...xiaxianLike, facts: { ...xiaxianLike.facts, statementOfLaw: 'held' } });
    expect(finding(a, 'consistency.mediation-success-rate').message).toBe(
      '所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点，请核对数据或说明口径（受理数还是调结数）',
    );
    // role unknown: every rule applies, the regional 述法 one included
    expect(finding(a, 'accountability.statement-of-law-coverage').message).toBe(
      '本地区述法情况为“已开展但未载明覆盖情况”，未载明实现述法全覆盖（得2分）',
    );
  });

  it('says why a rule does not apply: the role it is not meant for, or the stated zero, with its quote', async () => {
    const report: ReportData = {
      report: { authority: '某县教育局', role: 'department', year: 2024 },
      sections: [],
      facts: { litigationCases: 0 },
      evidence: { litigationCases: { quote: '本年度未发生行政诉讼案件', line: 9, column: 3, note: '载明为零' } },
    };
    const a = await run(report);
    expect(finding(a, 'legal_services.legal-aid')).toMatchObject({
      status: 'not_applicable',
      points: 0,
      maxPoints: 0,
      message: '本项只适用于司法局，不适用于政府工作部门，不计分',
    });
    expect(finding(a, 'litigation.head-appearance-rate')).toMatchObject({
      status: 'not_applicable',
      message: '报告载明本年度没有需要负责人出庭的行政诉讼案件，本项不适用',
      evidence: [{ fact: 'litigationCases', quote: '本年度未发生行政诉讼案件', line: 9 }],
    });
    expect(a.counts.not_applicable).toBe(a.findings.filter((f) => f.status === 'not_applicable').length);
    expect(a.report.role).toBe('department');
  });

  it('returns a report whose gate fails, and still scores it', async () => {
    const a = await run({
      ...xiaxianLike,
      report: { ...xiaxianLike.report, documentType: 'work_summary', period: 'full_year' },
    });
    expect(a).toMatchObject({ returned: true, returnedBy: ['structure.document-type'] });
    expect(a.score).toBe((await run(xiaxianLike)).score);
    expect((await run(xiaxianLike)).returned).toBe(false);
  });
});

describe('events: the only source of vetoes and fixed deductions', () => {
  const excellent = loadStructuredReport('samples/synthetic/excellent.yaml', pack);
  const event = {
    id: '2024-07',
    unit: '青禾县司法局',
    rule: 'accountability.major-violation',
    date: '2024-07-15',
    source: '某市依法治市办通报〔2024〕7号',
  };
  const withEvents = async (p: typeof pack, events: (typeof event)[]) =>
    assess(p, excellent, 'x.yaml', await new Evaluator(p).evaluate(excellent), { asOf: '2025-06-01', events });

  it("never vetoes on the report's words alone", async () => {
    const words = await run({ ...excellent, facts: { ...excellent.facts, criticismMentioned: true } });
    expect(words.vetoed).toBe(false);
    expect(finding(words, 'accountability.criticism-mentioned')).toMatchObject({
      status: 'fail',
      severity: 'info',
      maxPoints: 0,
    });
  });

  it("deducts in the national pack, naming the event's source in the finding", async () => {
    const a = await withEvents(pack, [event]);
    expect(a.vetoed).toBe(false);
    expect(finding(a, 'accountability.major-violation')).toMatchObject({
      status: 'fail',
      points: 0,
      maxPoints: 5,
      events: [{ id: '2024-07', date: '2024-07-15', source: '某市依法治市办通报〔2024〕7号' }],
      message: '本年度登记有被上级通报的重大违法行政事件（得0分）（来源：某市依法治市办通报〔2024〕7号（2024-07-15））',
    });
  });

  it('vetoes where the pack says so, whatever the score', async () => {
    const province = loadPack('example-province');
    const clean = await withEvents(province, []);
    const a = await withEvents(province, [event]);
    expect(a).toMatchObject({ vetoed: true, vetoedBy: ['accountability.major-violation'], grade: '不合格' });
    // the event takes the rule's 5 points; the veto, not the score, makes it 不合格
    expect(a.score).toBe(clean.score - 5);
    expect(clean.vetoed).toBe(false);
    expect(clean.grade).not.toBe('不合格');
  });

  it('does not apply an event recorded against another unit or year', async () => {
    expect(
      (await withEvents(pack, [{ ...event, unit: '别的县司法局' }])).findings.find(
        (f) => f.ruleId === 'accountability.major-violation',
      )!.status,
    ).toBe('pass');
  });
});
