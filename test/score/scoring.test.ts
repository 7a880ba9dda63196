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
  assess(pack, report, 'reports/test.yaml', await evaluator.evaluate(report), { asOf, ...(waivers ? { waivers } : {}) });
const finding = (a: Awaited<ReturnType<typeof run>>, id: string) => a.findings.find((f) => f.ruleId === id)!;

describe('per-unit deductions', () => {
  const rule = (partial: 'ceil' | 'floor' | 'exact', per = 1) =>
    Rule.parse({ id: 'x.y', category: 'x', title: 't', points: 10, message: 'm', deduct: { fact: 'rate', target: 100, direction: 'below', per, points: 1, partial } });
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
    const above = Rule.parse({ id: 'x.y', category: 'x', title: 't', points: 4, message: 'm', deduct: { fact: 'rate', target: 10, direction: 'above', per: 1, points: 2 } });
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
  it('reads English band names with --lang en', () => expect(gradeFor(pack.manifest.grades, 85, false, 'en')).toBe('good'));
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
      waiver: { reason: '第一责任人情况已另行专题报告', approver: '市依法治市办', expires: '2025-12-31', expired: false },
    });
    expect(waived.maxScore).toBe(plain.maxScore - 7);
    expect(waived.counts.waived).toBe(1);
  });

  it('do not apply once expired, and say so', async () => {
    const a = await run(xiaxianLike, [waiver], '2026-01-01');
    expect(finding(a, 'structure.leadership-duty')).toMatchObject({ status: 'fail', maxPoints: 7, waiver: { expired: true } });
  });

  it('match by file name too, and only the year they name', async () => {
    const byFile = await run(xiaxianLike, [{ ...waiver, report: 'test.yaml' }]);
    expect(finding(byFile, 'structure.leadership-duty').status).toBe('waived');
    const otherYear = await run(xiaxianLike, [{ ...waiver, year: 2023 }]);
    expect(finding(otherYear, 'structure.leadership-duty').status).toBe('fail');
  });

  it('leave passing rules alone', async () => {
    const a = await run(xiaxianLike, [{ ...waiver, rule: 'structure.shortcomings' }]);
    expect(finding(a, 'structure.shortcomings')).toMatchObject({ status: 'pass', points: 7 });
  });
});

describe('assessment', () => {
  it('totals categories and findings consistently', async () => {
    const a = await run(xiaxianLike);
    expect(a.categories.reduce((s, c) => s + c.score, 0)).toBeCloseTo(a.score);
    expect(a.categories.reduce((s, c) => s + c.maxScore, 0)).toBeCloseTo(a.maxScore);
    expect(a.findings.map((f) => f.ruleId)).toEqual(pack.rules.map((r) => r.rule.id));
  });

  it('writes the message with the values and enum labels filled in', async () => {
    const a = await run({ ...xiaxianLike, facts: { ...xiaxianLike.facts, statementOfLaw: 'held' } });
    expect(finding(a, 'consistency.mediation-success-rate').message).toBe('所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点');
    expect(finding(a, 'accountability.statement-of-law').message).toBe('述法情况为“已开展但未载明覆盖情况”，未载明实现述法全覆盖（得3分）');
  });

  it('a veto forces the lowest grade whatever the score', async () => {
    const excellent = loadStructuredReport('samples/synthetic/excellent.yaml', pack);
    expect(await run(excellent)).toMatchObject({ vetoed: false, percent: 100, grade: '优秀' });
    const a = await run({ ...excellent, facts: { ...excellent.facts, majorViolation: true } });
    expect(a).toMatchObject({ vetoed: true, vetoedBy: ['accountability.no-major-violation'], grade: '不合格', percent: 100 });
  });
});
