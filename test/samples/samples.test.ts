import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/pack/load-pack.js';
import { createAssessor } from '../../src/pipeline/assess-file.js';

const assessor = createAssessor(loadPack('national'), { asOf: '2026-01-01' });
const status = (a: Awaited<ReturnType<typeof assessor.assessFile>>, id: string) => a.findings.find((f) => f.ruleId === id)?.status;

// Scores of the five real reports (ground truth read by a person) and the synthetic ones under the
// national pack. 夏县, worked by hand: 结构 21 + 述法/学法 5 + 复议 8 + 应诉 8 + 普法 6 + 法律服务 6
// + 一致性 2 + 公开 3 = 59 of 93 available (7 points not scored: figures absent).
describe.each([
  { file: 'samples/real/000-honggutan.yaml', score: 74, maxScore: 88, percent: 84.1, grade: '良好', vetoed: false },
  { file: 'samples/real/001-chongchuan.yaml', score: 54, maxScore: 96, percent: 56.3, grade: '不合格', vetoed: false },
  { file: 'samples/real/002-xingning.yaml', score: 64, maxScore: 89, percent: 71.9, grade: '合格', vetoed: false },
  { file: 'samples/real/003-xiaxian.yaml', score: 59, maxScore: 93, percent: 63.4, grade: '合格', vetoed: false },
  { file: 'samples/real/004-qiaokou.yaml', score: 25, maxScore: 88, percent: 28.4, grade: '不合格', vetoed: false },
  { file: 'samples/synthetic/excellent.yaml', score: 100, maxScore: 100, percent: 100, grade: '优秀', vetoed: false },
  { file: 'samples/synthetic/inconsistent.yaml', score: 80, maxScore: 100, percent: 80, grade: '良好', vetoed: false },
  { file: 'samples/synthetic/veto.yaml', score: 82, maxScore: 97, percent: 84.5, grade: '不合格', vetoed: true },
])('$file', ({ file, ...expected }) => {
  it(`scores ${expected.score}/${expected.maxScore}, ${expected.grade}`, async () => {
    const a = await assessor.assessFile(file);
    expect({ score: a.score, maxScore: a.maxScore, percent: a.percent, grade: a.grade, vetoed: a.vetoed }).toEqual(expected);
    expect(a.counts.error).toBe(0);
  });
});

describe('named findings on the real reports', () => {
  it.each([
    ['001-chongchuan', 'structure.shortcomings', 'fail'],
    ['001-chongchuan', 'structure.leadership-duty', 'fail'],
    ['004-qiaokou', 'structure.shortcomings', 'fail'],
    ['004-qiaokou', 'structure.leadership-duty', 'fail'],
    ['001-chongchuan', 'litigation.head-appearance-rate', 'missing'],
    ['004-qiaokou', 'litigation.head-appearance-rate', 'missing'],
    ['003-xiaxian', 'consistency.mediation-success-rate', 'fail'],
    ['003-xiaxian', 'litigation.head-appearance-rate', 'pass'],
    ['000-honggutan', 'consistency.mediation-success-rate', 'pass'],
    ['000-honggutan', 'accountability.statement-of-law', 'pass'],
    ['004-qiaokou', 'accountability.statement-of-law', 'fail'],
    ['001-chongchuan', 'consistency.reconsideration-correction-rate', 'pass'],
    ['001-chongchuan', 'structure.report-year', 'missing'],
  ])('%s: %s is %s', async (name, ruleId, expected) => {
    expect(status(await assessor.assessFile(`samples/real/${name}.yaml`), ruleId)).toBe(expected);
  });

  it('夏县 fails the mediation consistency check quoting the figures it came from', async () => {
    const f = (await assessor.assessFile('samples/real/003-xiaxian.yaml')).findings.find((x) => x.ruleId === 'consistency.mediation-success-rate')!;
    expect(f.message).toBe('所报调解成功率98%与按件数计算的95.73%（628/656）相差2.27个百分点');
    expect(f.evidence?.map((e) => [e.fact, e.line])).toEqual([
      ['mediationSuccessRate', 22],
      ['mediationSucceeded', 22],
      ['mediationAccepted', 22],
    ]);
  });
});
