import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { createAssessor } from '../../src/pipeline/assess-file.js';
import { applyDecisions } from '../../src/score/review.js';
import { SAMPLE_SCORES } from '../samples/expected-scores.js';

/**
 * The review's re-scoring on the national pack, by the same totals the machine's come from: a gate
 * (退回重报) an assessor overrules, and a category's subtotal. 硚口's report is returned as a
 * 工作总结 (structure.document-type, a 0-point gate): 31 / 89 (expected-scores.ts).
 */
describe('applyDecisions', () => {
  const pack = loadPack('national');
  const assessor = createAssessor(pack, { asOf: '2025-06-01', explain: false });
  const qiaokou = SAMPLE_SCORES.find((s) => s.file.endsWith('004-qiaokou.yaml'))!;
  const decision = { reason: '经核实为年度报告', reviewer: '李四', source: '复核表.xlsx:复核!K2' };

  it('改判 of a failed gate to its full points (0 of 0) passes it: the report is no longer returned, its score the same', async () => {
    const machine = await assessor.assessFile(qiaokou.file);
    expect([machine.returned, machine.score, machine.maxScore]).toEqual([true, qiaokou.score, qiaokou.maxScore]);
    const a = applyDecisions(pack, machine, [
      { ruleId: 'structure.document-type', decision: 'change', points: 0, ...decision },
    ]);
    expect([a.returned, a.returnedBy, a.score, a.maxScore]).toEqual([false, undefined, 31, 89]);
    expect(a.machine).toMatchObject({ returned: true, score: 31, maxScore: 89 });
    expect(a.findings.find((f) => f.ruleId === 'structure.document-type')).toMatchObject({
      status: 'pass',
      review: { decision: 'change', machineStatus: 'fail', reviewer: '李四' },
    });
  });

  it('不适用 takes a rule out of its category too: 法律援助 3 / 3 becomes 0 / 0, the total 28 / 86', async () => {
    const machine = await assessor.assessFile(qiaokou.file);
    const legal = machine.findings.filter((f) => f.category === 'legal_services');
    expect(legal.reduce((s, f) => s + f.maxPoints, 0)).toBe(3);
    const a = applyDecisions(
      pack,
      machine,
      legal.map((f) => ({ ruleId: f.ruleId, decision: 'not_applicable' as const, ...decision })),
    );
    expect(a.categories.find((c) => c.id === 'legal_services')).toMatchObject({ score: 0, maxScore: 0 });
    expect([a.score, a.maxScore]).toEqual([28, 86]);
  });
});
